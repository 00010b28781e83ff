import type { Deck, Question } from "../decks/schema.js";
import { canPlayCardsAsChoices, cardChoicePool, cardQuestion } from "./card-choices.js";
import { answerSlot } from "./round.js";
import { seededRng, shuffle, type Rng } from "./random.js";
import { localDay } from "./streaks.js";

/**
 * Scheduling rules of the daily quiz: pure, the clock is always passed in. Instants are UTC ms;
 * days are YYYY-MM-DD in the server's time zone; times are "HH:MM" on the local wall clock.
 */
export interface LocalTime {
  hour: number;
  minute: number;
}

const MINUTE = 60_000;
const DAY_MS = 86_400_000;
/** A daily question closes at the next day's post, but never later than this after it opened. */
export const MAX_OPEN_MS = DAY_MS;

/** "HH:MM" (24-hour; a one-digit hour is accepted) or null. */
export function parseTime(text: string): LocalTime | null {
  const m = /^\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

export const formatTime = (t: LocalTime) => `${String(t.hour).padStart(2, "0")}:${String(t.minute).padStart(2, "0")}`;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall clock at `instant` in `tz`, written as if it were UTC (so offsets are differences). */
function wallClock(instant: number, tz: string): number {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(instant)) if (part.type !== "literal") p[part.type] = Number(part.value);
  return Date.UTC(p.year ?? 1970, (p.month ?? 1) - 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0);
}

const offsetAt = (instant: number, tz: string) => wallClock(instant, tz) - Math.floor(instant / 1000) * 1000;

export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n)).toISOString().slice(0, 10);
}

/**
 * The instant the wall clock in `tz` shows `time` on `day`. On a DST change: a time that occurs
 * twice (fall back) is its first occurrence; a time that does not exist (spring forward) becomes
 * the first minute after the gap, so the post is late by the gap at most and never skipped.
 */
export function zonedInstant(day: string, time: LocalTime, tz: string): number {
  const [y, m, d] = day.split("-").map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, time.hour, time.minute);
  // At most one offset change lies within a day of any date, so these are the only candidates.
  const offsets = [...new Set([offsetAt(wall - DAY_MS, tz), offsetAt(wall + DAY_MS, tz)])];
  const valid = offsets.map((o) => wall - o).filter((t) => wallClock(t, tz) === wall);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: the change happened between these instants; find its minute.
  let lo = Math.min(...offsets.map((o) => wall - o));
  let hi = Math.max(...offsets.map((o) => wall - o));
  const before = offsetAt(lo, tz);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The first run strictly after `after`: today's if still ahead, else tomorrow's. */
export function nextRunAt(time: LocalTime, tz: string, after: number): number {
  const today = localDay(after, tz);
  const run = zonedInstant(today, time, tz);
  return run > after ? run : zonedInstant(addDays(today, 1), time, tz);
}

/** When a daily posted for `day` closes: at the next day's post, at most MAX_OPEN_MS after `now`. */
export function closesAt(time: LocalTime, tz: string, day: string, now: number, openMs = MAX_OPEN_MS): number {
  return Math.max(now, Math.min(zonedInstant(addDays(day, 1), time, tz), now + openMs));
}

export type DueDecision =
  | { action: "wait"; nextRunAt: number }
  /** The missed run's day is over: nothing is posted for it (a late "daily" for yesterday helps nobody). */
  | { action: "skip"; day: string; nextRunAt: number }
  | { action: "post"; day: string; nextRunAt: number };

/**
 * What to do at `now` (a tick, or start-up after downtime) for a daily due at `nextRun`: post if
 * today's run time has come (the day is not over), else skip to today's run. Posting at most once
 * per day is the caller's part, through the store's claim on the day.
 */
export function decideDue(time: LocalTime, tz: string, nextRun: number, now: number): DueDecision {
  if (now < nextRun) return { action: "wait", nextRunAt: nextRun };
  const today = localDay(now, tz);
  const todayRun = zonedInstant(today, time, tz);
  if (todayRun <= now) return { action: "post", day: today, nextRunAt: nextRunAt(time, tz, now) };
  return { action: "skip", day: localDay(nextRun, tz), nextRunAt: todayRun };
}

/** A number from a string, so a guild's picks for a day are reproducible. */
export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The next `n` question ids of a deck's rotation: none repeats until every question was asked,
 * then a new cycle starts (without repeating within one day's picks). `used` may hold ids the deck
 * no longer has; they are dropped.
 */
export function pickRotation(
  ids: readonly string[],
  used: readonly string[],
  n: number,
  seed: number,
): { picked: string[]; used: string[] } {
  const all = [...new Set(ids)];
  const want = Math.min(n, all.length);
  const rng = seededRng(seed);
  const usedSet = new Set(used.filter((id) => all.includes(id)));
  const fresh = shuffle(
    all.filter((id) => !usedSet.has(id)),
    rng,
  );
  const picked = fresh.slice(0, want);
  if (picked.length === want) return { picked, used: [...usedSet, ...picked] };
  // Exhausted: the rest of today's picks start the next cycle.
  const refill = shuffle(
    all.filter((id) => !picked.includes(id)),
    rng,
  ).slice(0, want - picked.length);
  return { picked: [...picked, ...refill], used: refill };
}

/**
 * What the rotation draws from: the questions a round can score (the answer is among the choices;
 * the others never rotate in), and the deck's cards as choices when those can't fill a day's post.
 */
export function dailyQuestionIds(deck: Deck, perDay = 1): string[] {
  const ids = deck.questions.filter((q) => answerSlot(q) >= 0).map((q) => q.id);
  if (ids.length >= perDay || !canPlayCardsAsChoices(deck.cards, "front-back")) return ids;
  const taken = new Set(ids);
  return [...ids, ...deck.cards.map((c) => c.id).filter((id) => !taken.has(id))];
}

/** The question a rotation id stands for: one of the deck's questions, or a card played as choices. */
export function dailyQuestion(deck: Deck, id: string, rng: Rng): Question | undefined {
  const question = deck.questions.find((q) => q.id === id);
  if (question) return question;
  const card = deck.cards.find((c) => c.id === id);
  return card && cardQuestion(card, cardChoicePool(deck.cards, "front-back"), rng);
}

export interface DailyPlanInput {
  time: LocalTime;
  tz: string;
  nextRunAt: number;
  questions: number;
  used: readonly string[];
  guildId: string;
  /** undefined when the deck was removed. */
  deck: Deck | undefined;
  now: number;
}

export type DailyPlan =
  | DueDecision
  | { action: "disable"; reason: "deck-removed" | "deck-empty" }
  | { action: "post"; day: string; nextRunAt: number; questionIds: string[]; used: string[] };

/** The whole decision for one server at `now`: wait, skip, disable (deck gone), or what to post. */
export function planDaily(p: DailyPlanInput): DailyPlan {
  const due = decideDue(p.time, p.tz, p.nextRunAt, p.now);
  if (due.action !== "post") return due;
  if (!p.deck) return { action: "disable", reason: "deck-removed" };
  return planPost(p.deck, p.questions, p.used, `${p.guildId}:${due.day}`, due);
}

/** The questions for a post (scheduled or /daily now); disables when the deck has none left. */
export function planPost<D extends { day: string; nextRunAt: number }>(
  deck: Deck,
  questions: number,
  used: readonly string[],
  seedText: string,
  due: D,
): (D & { action: "post"; questionIds: string[]; used: string[] }) | { action: "disable"; reason: "deck-empty" } {
  const ids = dailyQuestionIds(deck, questions);
  if (ids.length === 0) return { action: "disable", reason: "deck-empty" };
  const { picked, used: nextUsed } = pickRotation(ids, used, questions, seedOf(seedText));
  return { ...due, action: "post", questionIds: picked, used: nextUsed };
}
