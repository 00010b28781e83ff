/**
 * Anki cloze text: `{{c1::hidden}}` or `{{c1::hidden::hint}}`. Each cloze number becomes one card whose
 * front shows that number's deletions as `[...]` (or `[hint]`) and the others as plain text.
 */

const CLOZE = /\{\{c(\d+)::([\s\S]*?)(?:::([\s\S]*?))?\}\}/g;

export interface ClozeCard {
  n: number;
  front: string;
  back: string;
}

export function clozeNumbers(text: string): number[] {
  return [...new Set([...text.matchAll(CLOZE)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

export function clozeCards(text: string): ClozeCard[] {
  return clozeNumbers(text).map((n) => {
    const hidden: string[] = [];
    const front = text.replace(CLOZE, (_all, num: string, answer: string, hint: string | undefined) => {
      if (Number(num) !== n) return answer;
      hidden.push(answer.trim());
      return hint?.trim() ? `[${hint.trim()}]` : "[...]";
    });
    return { n, front, back: hidden.join(", ") };
  });
}
