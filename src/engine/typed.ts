import { LIMITS, type Question } from "../decks/schema.js";
import { appendAnswer, findAnswer } from "./answers.js";
import { answerParts, matchAnswer, type MatchResult, type MatchTarget } from "./match.js";
import { gate, isGate, type Gate } from "./round-actions.js";
import { closeItem, withItem } from "./round-close.js";
import type { QuestionResult, RoundItem, RoundState } from "./round-types.js";
import { scoreAnswer } from "./scoring.js";

/** Questions with long answers are for clicking, unless their author says they can be typed. */
export function isTypeable(q: Question): boolean {
  return q.typed === true || q.answer.trim().length <= LIMITS.typedAnswer;
}

/** What a typed answer to this item is checked against; null for items that are not typed. */
export function typedTarget(item: RoundItem): MatchTarget | null {
  switch (item.kind) {
    case "question": {
      const q = item.question;
      // The choice's text: `answer` may differ from it in case and spacing (see answerSlot).
      return {
        answer: q.choices[q.correctIndex] ?? q.answer,
        accept: q.accept ?? [],
        reject: q.reject ?? [],
      };
    }
    case "card":
      return { answer: item.card.back, accept: item.card.accept ?? [], reject: item.card.reject ?? [] };
    case "prompt":
      return null;
  }
}

/** The text input's max length: room for the longest accepted answer typed sloppily, within Discord's 4000. */
export function typedMaxLength(target: MatchTarget): number {
  const longest = Math.max(
    ...[target.answer, ...(target.accept ?? [])].flatMap(answerParts).map((s) => s.length),
  );
  return Math.min(4000, Math.max(20, longest * 2));
}

export type TypedOutcome =
  | {
      type: "accepted";
      correct: boolean;
      points: number;
      match: MatchResult;
      /** Set when the answer closed the item (solo). */
      result?: QuestionResult;
    }
  | { type: "duplicate"; typed: string }
  | Gate;

/**
 * A typed answer to the current item: matched, scored like a click (the speed bonus counts from
 * the item's opening to the submit), recorded once per player. Cards score no points: recall
 * counts for the player's schedule, not the leaderboard.
 */
export function submitTyped(
  state: RoundState,
  a: { userId: string; itemIndex: number; text: string; now: number },
): { state: RoundState; outcome: TypedOutcome } {
  const item = gate(state, a.userId, a.itemIndex, a.now);
  if (isGate(item)) return { state, outcome: item };
  const target = typedTarget(item);
  if (!state.typed || !target) return { state, outcome: { type: "invalid" } };
  const first = findAnswer(item.answers, a.userId);
  if (first) return { state, outcome: { type: "duplicate", typed: first.typed?.text ?? "" } };

  const match = matchAnswer(a.text, target, state.typed);
  const elapsedMs = Math.max(0, a.now - (item.openedAt ?? a.now));
  const hintUsed = item.hintsUsed.includes(a.userId);
  const points =
    item.kind === "question"
      ? scoreAnswer({
          difficulty: item.question.difficulty,
          correct: match.correct,
          elapsedMs,
          timerMs: state.timerMs,
          hintUsed,
        })
      : 0;
  const answers = appendAnswer(item.answers, {
    userId: a.userId,
    choice: -1,
    correct: match.correct,
    points,
    elapsedMs,
    hintUsed,
    at: a.now,
    typed: { text: match.typed, match: match.kind, ...(match.kind === "typo" ? { typos: match.typos } : {}) },
  });
  let next = withItem(state, state.index, { ...item, answers });
  const outcome: TypedOutcome = { type: "accepted", correct: match.correct, points, match };
  if (state.solo) {
    const closed = closeItem(next, { now: a.now, reason: "solo" });
    next = closed.state;
    if (closed.result) outcome.result = closed.result;
  }
  return { state: next, outcome };
}

export type OverrideOutcome =
  | { type: "overridden"; kind: RoundItem["kind"] }
  | { type: "already" }
  /** Nothing to override: no typed miss and no "Again" self-grade of this player on this item. */
  | { type: "invalid" };

/**
 * "I was right": once per item, after a typed miss or an "Again" self-grade. The round keeps the
 * answer as it was (its points and reveal stand, so a race can't be won afterwards); the caller
 * counts it as correct for the player's stats and schedule. Works after the item has closed: the
 * player may only see why they were right at the reveal.
 */
export function overrideAnswer(
  state: RoundState,
  a: { userId: string; itemIndex: number },
): { state: RoundState; outcome: OverrideOutcome } {
  const item = state.items[a.itemIndex];
  if (!item || (state.solo && a.userId !== state.hostId)) return { state, outcome: { type: "invalid" } };
  if (item.overrides?.includes(a.userId)) return { state, outcome: { type: "already" } };
  const answer = findAnswer(item.answers, a.userId);
  const missed = answer ? answer.typed !== undefined && !answer.correct : item.grades?.[a.userId] === "again";
  if (!missed) return { state, outcome: { type: "invalid" } };
  const overrides = [...(item.overrides ?? []), a.userId];
  return {
    state: withItem(state, a.itemIndex, { ...item, overrides }),
    outcome: { type: "overridden", kind: item.kind },
  };
}

/** For the reveal: how many typed it right (overrides not included) and the fastest of them. */
export function typedTally(item: RoundItem): {
  right: number;
  answered: number;
  fastest: { userId: string; elapsedMs: number } | null;
} {
  let right = 0;
  let fastest: { userId: string; elapsedMs: number } | null = null;
  for (const a of item.answers) {
    if (!a.correct) continue;
    right++;
    if (!fastest || a.elapsedMs < fastest.elapsedMs) fastest = { userId: a.userId, elapsedMs: a.elapsedMs };
  }
  return { right, answered: item.answers.length, fastest };
}
