import type { APIEmbed } from "discord.js";
import { currentDailyStreak, summarizeDue } from "../../engine/index.js";
import { t } from "../../strings.js";
import { defineCommand } from "../command.js";
import { COLORS, relativeTime, userRef } from "../render/common.js";
import { reviewIndexOf } from "../review/review-index.js";
import { requireGuild } from "../rounds/start-round.js";

export default defineCommand({
  name: "stats",
  description: "Points, accuracy, streaks and review items due",
  options: [{ type: "user", name: "user", description: "Whose stats (default: yours)" }],
  async execute(ctx, i, args) {
    const guildId = requireGuild(i);
    const user = args.user ?? i.user;
    const now = ctx.now();
    const [stats, settings] = await Promise.all([ctx.store.stats.get(guildId, user.id), ctx.store.settings.get(guildId)]);
    const [index, reminder] = await Promise.all([reviewIndexOf(ctx, guildId, user.id), ctx.store.reminders.get(guildId, user.id)]);
    const due = summarizeDue(index, now);
    const accuracy = stats.answered ? Math.round((100 * stats.correct) / stats.answered) : 0;
    const embed: APIEmbed = {
      title: t.statsTitle,
      description: userRef(user.id),
      color: COLORS.info,
      fields: [
        { name: "Points", value: String(stats.points), inline: true },
        { name: "Accuracy", value: `${accuracy}% (${stats.correct}/${stats.answered})`, inline: true },
        { name: "Answer streak", value: `${stats.answerStreak.current} (best ${stats.answerStreak.best})`, inline: true },
        {
          name: "Daily streak",
          value: `${currentDailyStreak(stats.dailyStreak, now, settings.timezone)} days (best ${stats.dailyStreak.best})`,
          inline: true,
        },
        { name: "Decks played", value: String(stats.decks.length), inline: true },
        { name: t.statsItemsDue, value: String(due.total), inline: true },
        { name: t.statsNextReview, value: due.nextDue === null ? t.statsNothingScheduled : relativeTime(due.nextDue), inline: true },
      ],
    };
    // Only the player themself hears that their reminder was turned off.
    if (user.id === i.user.id && reminder?.disabledReason === "dm-failed") embed.fields?.push({ name: "Review reminder", value: t.statsReminderFailed });
    await i.reply({ embeds: [embed] });
  },
});
