import type { Card } from "../decks/schema.js";
import { RECALL_GRADES, type RecallGrade } from "./recall.js";
import { closeItem, letterOf, withItem } from "./round-close.js";
import type { QuestionResult, RoundItem, RoundState } from "./round-types.js";
import { scoreAnswer } from "./scoring.js";
import { appendAnswer, findAnswer } from "./answers.js";

export type AnswerOutcome =
  | {
      type: "accepted";
      correct: boolean;
      points: number;
      choiceLetter: string;
      correctLetter: string;
      /** Set when the answer closed the question (solo). */
      result?: QuestionResult;
    }
  | { type: "duplicate"; choiceLetter: string }
  | { type: "closed" }
  | { type: "ended" }
  | { type: "invalid" };

export type Gate = { type: "ended" } | { type: "invalid" } | { type: "closed" };

/**
 * Shared checks for anything a player does to the current item. An item whose closesAt has passed
 * counts as closed even before closeItem runs: the timer callback may be late or lost in a restart.
 */
export function gate(state: RoundState, userId: string, itemIndex: number, now: number): RoundItem | Gate {
  if (state.status === "ended") return { type: "ended" };
  const item = state.items[itemIndex];
  if (itemIndex !== state.index || !item || item.openedAt === null) return { type: "invalid" };
  if (state.solo && userId !== state.hostId) return { type: "invalid" };
  if (item.closed || (item.closesAt !== null && now >= item.closesAt)) return { type: "closed" };
  return item;
}

export function isGate(x: RoundItem | Gate): x is Gate {
  return "type" in x;
}

export function submitAnswer(
  state: RoundState,
  a: { userId: string; itemIndex: number; choice: number; now: number },
): { state: RoundState; outcome: AnswerOutcome } {
  const item = gate(state, a.userId, a.itemIndex, a.now);
  if (isGate(item)) return { state, outcome: item };
  // A typed round's questions are answered by typing (typed.ts); a forged click must not score.
  if (item.kind !== "question" || state.typed) return { state, outcome: { type: "invalid" } };
  const q = item.question;
  if (!Number.isInteger(a.choice) || a.choice < 0 || a.choice >= q.choices.length) {
    return { state, outcome: { type: "invalid" } };
  }
  const first = findAnswer(item.answers, a.userId);
  if (first) return { state, outcome: { type: "duplicate", choiceLetter: letterOf(first.choice) } };

  const correct = a.choice === q.correctIndex;
  const elapsedMs = Math.max(0, a.now - (item.openedAt ?? a.now));
  const hintUsed = item.hintsUsed.includes(a.userId);
  const points = scoreAnswer({
    difficulty: q.difficulty,
    correct,
    elapsedMs,
    timerMs: state.timerMs,
    hintUsed,
  });
  const answers = appendAnswer(item.answers, {
    userId: a.userId,
    choice: a.choice,
    correct,
    points,
    elapsedMs,
    hintUsed,
    at: a.now,
  });
  let next = withItem(state, state.index, { ...item, answers });
  const outcome: AnswerOutcome = {
    type: "accepted",
    correct,
    points,
    choiceLetter: letterOf(a.choice),
    correctLetter: letterOf(q.correctIndex),
  };
  if (state.solo) {
    const closed = closeItem(next, { now: a.now, reason: "solo" });
    next = closed.state;
    if (closed.result) outcome.result = closed.result;
  }
  return { state: next, outcome };
}

/**
 * Gives the hint and marks it used for that player, which halves their points on this item. Once
 * they have answered, or the item is closed, the hint is still shown but costs nothing.
 */
export function takeHint(
  state: RoundState,
  a: { userId: string; itemIndex: number; now: number },
): { state: RoundState; hint: string | null } {
  if (state.status === "ended" || a.itemIndex !== state.index) return { state, hint: null };
  if (state.solo && a.userId !== state.hostId) return { state, hint: null };
  const item = state.items[a.itemIndex];
  if (!item || item.openedAt === null || item.kind === "card") return { state, hint: null };
  const hint = (item.kind === "question" ? item.question.hint : item.prompt.hint) ?? null;
  if (hint === null) return { state, hint };
  const inert =
    item.closed ||
    (item.closesAt !== null && a.now >= item.closesAt) ||
    findAnswer(item.answers, a.userId) !== undefined ||
    item.hintsUsed.includes(a.userId);
  if (inert) return { state, hint };
  return { state: withItem(state, state.index, { ...item, hintsUsed: [...item.hintsUsed, a.userId] }), hint };
}

export type RevealOutcome =
  { type: "revealed"; card: Card } | { type: "closed" } | { type: "ended" } | { type: "invalid" };

/** recall: shows the back to a player and records that they looked. */
export function revealCard(
  state: RoundState,
  a: { userId: string; itemIndex: number; now: number },
): { state: RoundState; outcome: RevealOutcome } {
  const item = gate(state, a.userId, a.itemIndex, a.now);
  if (isGate(item)) return { state, outcome: item };
  if (item.kind !== "card") return { state, outcome: { type: "invalid" } };
  const outcome: RevealOutcome = { type: "revealed", card: item.card };
  const seen = item.revealedBy ?? [];
  if (seen.includes(a.userId)) return { state, outcome };
  return { state: withItem(state, state.index, { ...item, revealedBy: [...seen, a.userId] }), outcome };
}

export type GradeOutcome = { type: "graded"; grade: RecallGrade } | Gate;

/**
 * recall: records a player's self-grade on the current card (last grade wins, so a misclick can be
 * fixed). Feed the same grade to gradeCard() for their schedule; this copy is for the summary.
 */
export function gradeRecall(
  state: RoundState,
  a: { userId: string; itemIndex: number; grade: RecallGrade; now: number },
): { state: RoundState; outcome: GradeOutcome } {
  const item = gate(state, a.userId, a.itemIndex, a.now);
  if (isGate(item)) return { state, outcome: item };
  if (item.kind !== "card" || !RECALL_GRADES.includes(a.grade))
    return { state, outcome: { type: "invalid" } };
  const grades = { ...item.grades, [a.userId]: a.grade };
  return {
    state: withItem(state, state.index, { ...item, grades }),
    outcome: { type: "graded", grade: a.grade },
  };
}
