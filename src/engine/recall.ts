import { createEmptyCard, fsrs, Rating, type Card as FsrsCard, type Grade, type State } from "ts-fsrs";
import type { Card } from "../decks/schema.js";
import { shuffle, type Rng } from "./random.js";

export type RecallGrade = "again" | "hard" | "good" | "easy";
export const RECALL_GRADES: readonly RecallGrade[] = ["again", "hard", "good", "easy"];

/** ts-fsrs card state as plain JSON (dates as ms) so it survives the key-value store. */
export interface CardSchedule {
  version: 1;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: number | null;
  learningSteps?: number;
}

export const RATINGS: Record<RecallGrade, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

// Fuzz off: the engine must be deterministic (fuzz would draw on ts-fsrs's own randomness).
const scheduler = fsrs({ enable_fuzz: false });

export function toFsrs(s: CardSchedule): FsrsCard {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps ?? 0,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state as State,
    ...(s.lastReview === null ? {} : { last_review: new Date(s.lastReview) }),
  };
}

export function fromFsrs(c: FsrsCard): CardSchedule {
  return {
    version: 1,
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? c.last_review.getTime() : null,
    learningSteps: c.learning_steps,
  };
}

/** Next schedule after a self-grade. `undefined` is a card the player has never reviewed. */
export function gradeCard(schedule: CardSchedule | undefined, grade: RecallGrade, now: number): CardSchedule {
  const card = schedule ? toFsrs(schedule) : createEmptyCard(new Date(now));
  return fromFsrs(scheduler.next(card, new Date(now), RATINGS[grade]).card);
}

export function isDue(schedule: CardSchedule | undefined, now: number): boolean {
  return schedule === undefined || schedule.due <= now;
}

/** Due reviewed cards (most overdue first), then new cards (shuffled), then the rest (soonest due first). */
export function pickRecallCards(
  cards: Card[],
  schedules: Record<string, CardSchedule>,
  now: number,
  count: number,
  rng: Rng,
): Card[] {
  const due: [Card, number][] = [];
  const later: [Card, number][] = [];
  const fresh: Card[] = [];
  for (const card of cards) {
    const s = Object.hasOwn(schedules, card.id) ? schedules[card.id] : undefined;
    if (!s) fresh.push(card);
    else (s.due <= now ? due : later).push([card, s.due]);
  }
  const byDue = (a: [Card, number], b: [Card, number]) => a[1] - b[1];
  return [
    ...due.sort(byDue).map(([c]) => c),
    ...shuffle(fresh, rng),
    ...later.sort(byDue).map(([c]) => c),
  ].slice(0, Math.max(0, Math.floor(count)));
}
