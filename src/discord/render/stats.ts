import type { APIEmbed } from "discord.js";
import { t as english, type Strings } from "../../strings.js";
import { fitEmbed } from "./budget.js";
import { COLORS, relativeTime, userRef } from "./common.js";

export interface StatsView {
  userId: string;
  points: number;
  correct: number;
  answered: number;
  /** "I was right" calls among the correct answers. */
  overrides?: number;
  answerStreak: { current: number; best: number };
  dailyStreak: { current: number; best: number };
  decksPlayed: number;
  /** Review items (missed questions and recall cards) due now, and when the next one comes due. */
  due: { total: number; nextDue: number | null };
  /** The player's own reminder was turned off after failed DMs (shown only to them). */
  reminderFailed: boolean;
}

/** A player's /stats card. */
export function renderStats(s: StatsView, t: Strings = english): APIEmbed {
  const accuracy = s.answered ? Math.round((100 * s.correct) / s.answered) : 0;
  return fitEmbed({
    title: t.statsTitle,
    description: userRef(s.userId),
    color: COLORS.info,
    fields: [
      { name: t.stats.points, value: t.number(s.points), inline: true },
      {
        name: t.stats.accuracy,
        // "I was right" counts are shown apart: the player's own call, not the bot's.
        value: t.stats.accuracyValue(accuracy, s.correct, s.answered, s.overrides ?? 0),
        inline: true,
      },
      {
        name: t.stats.answerStreak,
        value: t.stats.streakValue(t.number(s.answerStreak.current), t.number(s.answerStreak.best)),
        inline: true,
      },
      {
        name: t.stats.dailyStreak,
        value: t.stats.streakValue(t.streakDays(s.dailyStreak.current), t.streakDays(s.dailyStreak.best)),
        inline: true,
      },
      { name: t.stats.decksPlayed, value: t.number(s.decksPlayed), inline: true },
      { name: t.statsItemsDue, value: t.number(s.due.total), inline: true },
      {
        name: t.statsNextReview,
        value: s.due.nextDue === null ? t.statsNothingScheduled : relativeTime(s.due.nextDue),
        inline: true,
      },
      ...(s.reminderFailed ? [{ name: t.stats.reminder, value: t.statsReminderFailed }] : []),
    ],
  });
}
