import { decideDue, type LocalTime } from "./daily.js";

/**
 * Review reminders: one direct message a day at a player's chosen local time (the server's time
 * zone), when something is due. The timing rules are the daily quiz's (decideDue): a run missed
 * while the bot was down is made late the same day, or skipped once the day is over. Never twice a
 * day is the caller's part, through the store's claim on the player and day.
 */
export const REMINDER_MAX_FAILURES = 3;

export type ReminderDecision =
  | { action: "wait"; nextRunAt: number }
  | { action: "skip"; nextRunAt: number }
  | { action: "send"; day: string; nextRunAt: number };

export function decideReminder(time: LocalTime, tz: string, nextRun: number, now: number): ReminderDecision {
  const due = decideDue(time, tz, nextRun, now);
  if (due.action === "post") return { action: "send", day: due.day, nextRunAt: due.nextRunAt };
  return { action: due.action, nextRunAt: due.nextRunAt };
}

/**
 * After a DM attempt: a success clears the count of failures; a failure adds one, and the third in a
 * row turns the reminder off. Days with nothing due send nothing, so they neither count nor clear.
 */
export function afterAttempt(failures: number, ok: boolean): { failures: number; turnOff: boolean } {
  if (ok) return { failures: 0, turnOff: false };
  const next = failures + 1;
  return { failures: next, turnOff: next >= REMINDER_MAX_FAILURES };
}
