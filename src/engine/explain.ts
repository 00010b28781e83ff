import type { ExplainPrompt } from "../decks/schema.js";

export interface ConceptCheck {
  got: number;
  total: number;
  covered: string[];
  missed: string[];
}

/** Self-check of an explanation: the player ticks the concepts they covered. Bad or repeated ticks are ignored. */
export function checkConcepts(prompt: ExplainPrompt, ticked: number[]): ConceptCheck {
  const set = new Set(ticked.filter((i) => Number.isInteger(i) && i >= 0 && i < prompt.concepts.length));
  const covered: string[] = [];
  const missed: string[] = [];
  prompt.concepts.forEach((c, i) => (set.has(i) ? covered : missed).push(c));
  return { got: covered.length, total: prompt.concepts.length, covered, missed };
}
