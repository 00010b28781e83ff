import type { APIEmbed } from "discord.js";
import { t } from "../../strings.js";
import { fitEmbed } from "./budget.js";
import { COLORS, userRef } from "./common.js";

export interface StatsView {
  userId: string;
  points: number;
  correct: number;
  answered: number;
  answerStreak: { current: number; best: number };
  dailyStreak: { current: number; best: number };
  decksPlayed: number;
  cardsDue: number;
}

/** A player's /stats card. */
export function renderStats(s: StatsView): APIEmbed {
  const accuracy = s.answered ? Math.round((100 * s.correct) / s.answered) : 0;
  return fitEmbed({
    title: t.statsTitle,
    description: userRef(s.userId),
    color: COLORS.info,
    fields: [
      { name: "Points", value: String(s.points), inline: true },
      { name: "Accuracy", value: `${accuracy}% (${s.correct}/${s.answered})`, inline: true },
      {
        name: "Answer streak",
        value: `${s.answerStreak.current} (best ${s.answerStreak.best})`,
        inline: true,
      },
      {
        name: "Daily streak",
        value: `${t.streakDays(s.dailyStreak.current)} (best ${t.streakDays(s.dailyStreak.best)})`,
        inline: true,
      },
      { name: "Decks played", value: String(s.decksPlayed), inline: true },
      { name: "Recall cards due", value: String(s.cardsDue), inline: true },
    ],
  });
}
