import { createEmptyCard, fsrs } from "ts-fsrs";
import { fromFsrs, RATINGS, toFsrs, type CardSchedule } from "./recall.js";

/**
 * "Review what you missed": every question a player answers and every card they grade gets an
 * FSRS schedule of their own. This module is the rule; the store keeps the schedules and, per
 * player, an index of item key → due time so due counts never read a deck.
 *
 * Item keys: `deckId:cardId` for cards (the key recall cards always had) and `deckId:q:questionId`
 * for questions. Deck and item ids never contain ':', so the two cannot collide.
 */
export type ReviewKind = "card" | "question";

export interface ReviewRef {
  deckId: string;
  kind: ReviewKind;
  itemId: string;
}

export function reviewKey(r: ReviewRef): string {
  return r.kind === "card" ? `${r.deckId}:${r.itemId}` : `${r.deckId}:q:${r.itemId}`;
}

/** The parts of a key made by reviewKey, or null for anything else. */
export function parseReviewKey(key: string): ReviewRef | null {
  const parts = key.split(":");
  if (parts.length === 2 && parts[0] && parts[1]) return { deckId: parts[0], kind: "card", itemId: parts[1] };
  if (parts.length === 3 && parts[0] && parts[1] === "q" && parts[2])
    return { deckId: parts[0], kind: "question", itemId: parts[2] };
  return null;
}

/**
 * Questions learn in one short step: a recall card's default steps (1 and 10 minutes) would bring
 * back a question answered right in 10 minutes, when picking the right choice already showed it
 * known. Fuzz off, as for cards: the engine stays deterministic.
 */
const questionScheduler = fsrs({ enable_fuzz: false, learning_steps: ["1m"] });

/**
 * The next schedule of a question after an answer: a miss is FSRS "again" (back within a minute or
 * so), a correct answer "good" (days later, further out each time it is right again).
 */
export function scheduleAnswer(
  schedule: CardSchedule | undefined,
  correct: boolean,
  now: number,
): CardSchedule {
  const card = schedule ? toFsrs(schedule) : createEmptyCard(new Date(now));
  return fromFsrs(questionScheduler.next(card, new Date(now), RATINGS[correct ? "good" : "again"]).card);
}

/** What an answer changes: the store reads the old schedule, applies `next` and indexes the result. */
export interface ReviewUpdate {
  key: string;
  next(previous: CardSchedule | undefined): CardSchedule;
}

export function answerReview(ref: Omit<ReviewRef, "kind">, correct: boolean, now: number): ReviewUpdate {
  return {
    key: reviewKey({ ...ref, kind: "question" }),
    next: (previous) => scheduleAnswer(previous, correct, now),
  };
}

/** Item key → due time (ms), one per scheduled item of a player in a server. */
export type ReviewIndex = Record<string, number>;

export interface DueItem extends ReviewRef {
  key: string;
  due: number;
}

/**
 * Due items, most overdue first (ties by key, so the order is stable), optionally of one deck only.
 * Keys that are not review keys (a corrupt entry) are left out.
 */
export function dueItems(
  index: ReviewIndex,
  now: number,
  opts: { deckId?: string | undefined } = {},
): DueItem[] {
  const out: DueItem[] = [];
  for (const [key, due] of Object.entries(index)) {
    if (due > now) continue;
    const ref = parseReviewKey(key);
    if (!ref || (opts.deckId !== undefined && ref.deckId !== opts.deckId)) continue;
    out.push({ ...ref, key, due });
  }
  return out.sort((a, b) => a.due - b.due || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The first due time after `now`, or null when nothing is scheduled later. */
export function nextDue(
  index: ReviewIndex,
  now: number,
  opts: { deckId?: string | undefined } = {},
): number | null {
  let next: number | null = null;
  for (const [key, due] of Object.entries(index)) {
    if (due <= now || (next !== null && due >= next)) continue;
    if (opts.deckId !== undefined && parseReviewKey(key)?.deckId !== opts.deckId) continue;
    next = due;
  }
  return next;
}

export interface DueSummary {
  total: number;
  /** Due items per deck, most first (ties by deck id). */
  byDeck: { deckId: string; count: number }[];
  nextDue: number | null;
}

/** How many items are due (and where), and when the next one comes due: for /stats and reminders. */
export function summarizeDue(index: ReviewIndex, now: number): DueSummary {
  const counts = new Map<string, number>();
  for (const item of dueItems(index, now)) counts.set(item.deckId, (counts.get(item.deckId) ?? 0) + 1);
  const byDeck = [...counts]
    .map(([deckId, count]) => ({ deckId, count }))
    .sort((a, b) => b.count - a.count || (a.deckId < b.deckId ? -1 : 1));
  return { total: byDeck.reduce((n, d) => n + d.count, 0), byDeck, nextDue: nextDue(index, now) };
}
