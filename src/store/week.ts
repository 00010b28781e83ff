import { weekKey } from "../engine/streaks.js";

// weekKey formats a date with Intl (a few µs) and every award needs it. Local midnights fall on
// whole UTC minutes in every current timezone, so the week can't change within a minute.
const memo = new Map<string, { minute: number; week: string }>();

export function cachedWeekKey(now: number, timeZone: string): string {
  const minute = Math.floor(now / 60_000);
  const hit = memo.get(timeZone);
  if (hit && hit.minute === minute) return hit.week;
  const week = weekKey(now, timeZone);
  if (memo.size > 1000) memo.clear();
  memo.set(timeZone, { minute, week });
  return week;
}
