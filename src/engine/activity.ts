import type { Difficulty } from "../decks/schema.js";
import { dayNumber, localDay } from "./streaks.js";

/**
 * A player's answers in one server, by local day and difficulty, kept a month per record so that
 * an answer rewrites a small value and a year of history is 13 reads.
 */
export interface ActivityMonth {
  version: 1;
  /** YYYY-MM-DD (server time zone) → [correct, wrong]. */
  days: Record<string, [number, number]>;
  /** Difficulty → [correct, answered]. */
  difficulty: Partial<Record<Difficulty, [number, number]>>;
}

const DAY_MS = 86_400_000;
const HISTORY_MONTHS = 13;

export const monthOf = (day: string) => day.slice(0, 7);

export function recordActivity(
  month: ActivityMonth | undefined,
  day: string,
  correct: boolean,
  difficulty: Difficulty | undefined,
): ActivityMonth {
  const days = { ...month?.days };
  const [c, w] = days[day] ?? [0, 0];
  days[day] = correct ? [c + 1, w] : [c, w + 1];
  const diff = { ...month?.difficulty };
  if (difficulty) {
    const [dc, dn] = diff[difficulty] ?? [0, 0];
    diff[difficulty] = [dc + (correct ? 1 : 0), dn + 1];
  }
  return { version: 1, days, difficulty: diff };
}

const dayString = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** The months (YYYY-MM) whose records cover the last year and a bit, newest last. */
export function historyMonths(now: number, timeZone: string): string[] {
  const today = dayNumber(localDay(now, timeZone));
  const months = new Set<string>();
  for (let d = today - 7 * 53; d <= today; d++) months.add(monthOf(dayString(d)));
  return [...months].slice(-HISTORY_MONTHS);
}

export interface DayCount {
  day: string;
  correct: number;
  wrong: number;
}

/** `count` days ending today (oldest first), zeros where nothing was answered. */
export function lastDays(
  months: readonly (ActivityMonth | undefined)[],
  now: number,
  timeZone: string,
  count: number,
): DayCount[] {
  const merged = mergeDays(months);
  const today = dayNumber(localDay(now, timeZone));
  const out: DayCount[] = [];
  for (let d = today - count + 1; d <= today; d++) {
    const day = dayString(d);
    const [correct, wrong] = merged.get(day) ?? [0, 0];
    out.push({ day, correct, wrong });
  }
  return out;
}

/**
 * 52 full weeks plus the current one, Monday first, as answers a day; null when the player's
 * history is 30 days or shorter (a heat map of one month says nothing).
 */
export function yearHeatmap(
  months: readonly (ActivityMonth | undefined)[],
  now: number,
  timeZone: string,
): number[] | null {
  const merged = mergeDays(months);
  const active = [...merged.keys()].sort();
  const today = dayNumber(localDay(now, timeZone));
  if (active.length === 0 || today - dayNumber(active[0]!) <= 30) return null;
  const weekday = (today + 3) % 7; // day 0 (1970-01-01) was a Thursday; Monday = 0
  const start = today - weekday - 52 * 7;
  const out: number[] = [];
  for (let d = start; d <= today; d++) {
    const [c, w] = merged.get(dayString(d)) ?? [0, 0];
    out.push(c + w);
  }
  return out;
}

export function difficultyTotals(
  months: readonly (ActivityMonth | undefined)[],
): Record<Difficulty, { correct: number; total: number }> {
  const out = {
    easy: { correct: 0, total: 0 },
    medium: { correct: 0, total: 0 },
    hard: { correct: 0, total: 0 },
  };
  for (const m of months) {
    for (const [d, v] of Object.entries(m?.difficulty ?? {}) as [Difficulty, [number, number]][]) {
      out[d].correct += v[0];
      out[d].total += v[1];
    }
  }
  return out;
}

/** Items coming due on each of the next `days` local days; what is already overdue counts today. */
export function dueForecast(dueTimes: readonly number[], now: number, timeZone: string, days = 14): number[] {
  const today = dayNumber(localDay(now, timeZone));
  const out = new Array<number>(days).fill(0);
  for (const due of dueTimes) {
    const offset = Math.max(0, dayNumber(localDay(due, timeZone)) - today);
    if (offset < days) out[offset]!++;
  }
  return out;
}

function mergeDays(months: readonly (ActivityMonth | undefined)[]): Map<string, [number, number]> {
  const merged = new Map<string, [number, number]>();
  for (const m of months) for (const [day, v] of Object.entries(m?.days ?? {})) merged.set(day, v);
  return merged;
}
