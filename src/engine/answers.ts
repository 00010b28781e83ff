import type { AnswerRecord } from "./round-types.js";

/**
 * A question's answers are a list in arrival order, grown by copying the list (a pointer per
 * answer, cheap even for 1,000 players; copying a record keyed by player on every answer was
 * quadratic and cost a noticeable share of CPU under crowds). Lookups by player go through an
 * index that the versions of one list share as it grows; an entry is always checked against the
 * list it is asked of, so a stale one (another version placed that player elsewhere) only sends
 * the lookup to a scan, never to a wrong answer.
 */
const indexes = new WeakMap<readonly AnswerRecord[], Map<string, number>>();

function indexOf(answers: readonly AnswerRecord[]): Map<string, number> {
  let index = indexes.get(answers);
  if (!index) {
    index = new Map(answers.map((a, i) => [a.userId, i]));
    indexes.set(answers, index);
  }
  return index;
}

export function findAnswer(answers: readonly AnswerRecord[], userId: string): AnswerRecord | undefined {
  // Every player in a list has an entry in its index (entries are only ever added), so no entry means no answer.
  const at = indexOf(answers).get(userId);
  if (at === undefined) return undefined;
  const a = answers[at];
  return a?.userId === userId ? a : answers.find((x) => x.userId === userId);
}

/** A new list with `answer` last; `answers` is left as it was. */
export function appendAnswer(answers: readonly AnswerRecord[], answer: AnswerRecord): AnswerRecord[] {
  const index = indexOf(answers);
  const next = [...answers, answer];
  index.set(answer.userId, answers.length);
  indexes.set(next, index);
  return next;
}

/** A new list without `userId`'s answer. */
export function removeAnswer(answers: readonly AnswerRecord[], userId: string): AnswerRecord[] {
  return answers.filter((a) => a.userId !== userId);
}
