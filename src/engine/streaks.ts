export interface AnswerStreak {
  current: number;
  best: number;
}

export function applyAnswerStreak(s: AnswerStreak, correct: boolean): AnswerStreak {
  if (!correct) return { current: 0, best: s.best };
  const current = s.current + 1;
  return { current, best: Math.max(s.best, current) };
}

export interface DailyStreak {
  current: number;
  best: number;
  /** YYYY-MM-DD in the server's timezone. */
  lastDay: string | null;
}

// Building a DateTimeFormat is costly and the set of server timezones is small.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * `fn` remembered per timezone for the current UTC minute. Formatting a date with Intl costs
 * microseconds and every answer needs the local day and week; local midnights fall on whole UTC
 * minutes in every current timezone, so neither can change within a minute.
 */
function perMinute(fn: (now: number, timeZone: string) => string): (now: number, timeZone: string) => string {
  const memo = new Map<string, { minute: number; value: string }>();
  return (now, timeZone) => {
    const minute = Math.floor(now / 60_000);
    const hit = memo.get(timeZone);
    if (hit && hit.minute === minute) return hit.value;
    const value = fn(now, timeZone);
    if (memo.size > 1000) memo.clear();
    memo.set(timeZone, { minute, value });
    return value;
  };
}

/** The calendar day (YYYY-MM-DD) at `now` in `timeZone`. An unknown timezone throws RangeError. */
export const localDay = perMinute((now, timeZone) => {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, f);
  }
  const parts = f.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${get("year")}-${get("month")}-${get("day")}`;
});

const DAY_MS = 86_400_000;

/** Days since the epoch for a YYYY-MM-DD string; calendar arithmetic, so DST-length days don't matter. */
export function dayNumber(day: string): number {
  const [y, m, d] = day.split("-").map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

export function applyDailyStreak(s: DailyStreak, now: number, timeZone: string): DailyStreak {
  const today = localDay(now, timeZone);
  if (s.lastDay === null) return { current: 1, best: Math.max(s.best, 1), lastDay: today };
  if (s.lastDay === today) return s; // every answer after a player's first of the day
  const gap = dayNumber(today) - dayNumber(s.lastDay);
  // gap < 0 happens when a server changes timezone westward; not the player's fault, so keep the streak.
  if (gap <= 0) return s;
  const current = gap === 1 ? s.current + 1 : 1;
  return { current, best: Math.max(s.best, current), lastDay: today };
}

/** The streak as it stands today: still alive if the player played today or yesterday. */
export function currentDailyStreak(s: DailyStreak, now: number, timeZone: string): number {
  return dailyStreakOn(s, localDay(now, timeZone));
}

/** The local day before `day` (YYYY-MM-DD), by calendar arithmetic. */
export function previousDay(day: string): string {
  return new Date((dayNumber(day) - 1) * DAY_MS).toISOString().slice(0, 10);
}

/** currentDailyStreak for a known local `today`: lets a caller rank many players with one clock read. */
export function dailyStreakOn(s: DailyStreak, today: string): number {
  if (s.lastDay === null) return 0;
  return dayNumber(today) - dayNumber(s.lastDay) <= 1 ? s.current : 0;
}

/** ISO-8601 week (e.g. 2026-W48) of the local day in `timeZone`; weeks start Monday. */
export const weekKey = perMinute((now, timeZone) => {
  const date = new Date(dayNumber(localDay(now, timeZone)) * DAY_MS);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  // The ISO year and week are those of the Thursday in the same week.
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const year = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY_MS));
  return `${year}-W${String(week).padStart(2, "0")}`;
});
