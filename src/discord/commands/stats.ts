import {
  currentDailyStreak,
  difficultyTotals,
  dueForecast,
  historyMonths,
  lastDays,
  summarizeDue,
  yearHeatmap,
} from "../../engine/index.js";
import type { StatsCardData } from "../../images/types.js";
import { defineCommand } from "../command.js";
import { assertCooldown } from "../cooldown.js";
import { deferIfSlow } from "../defer-if-slow.js";
import { displayNames, withPicture } from "../render/pictures.js";
import { renderStats } from "../render/stats.js";
import { publicLocale } from "../locale.js";
import { tr } from "../../strings.js";
import { playableIndexOf } from "../review/review-index.js";
import { requireGuild } from "../rounds/start-round.js";

export default defineCommand({
  name: "stats",
  description: "Points, accuracy, streaks and review items due",
  options: [{ type: "user", name: "user", description: "Whose stats (default: yours)" }],
  async execute(ctx, i, args) {
    const guildId = requireGuild(i);
    assertCooldown(ctx, i, "stats");
    const user = args.user ?? i.user;
    const now = ctx.now();
    const settings = await ctx.store.settings.get(guildId);
    // Drawing takes longer than Discord's 3 s window allows on a busy host: answer "thinking" first.
    // Text only: deferred too if the store is slow.
    if (settings.images) await i.deferReply();
    const answer = settings.images ? null : deferIfSlow(i);
    // Due counts come from the player's review index, never from deck bodies.
    const [stats, index, reminder] = await Promise.all([
      ctx.store.stats.get(guildId, user.id),
      playableIndexOf(ctx, guildId, user.id),
      ctx.store.reminders.get(guildId, user.id),
    ]);
    const due = summarizeDue(index, now);
    const dailyNow = currentDailyStreak(stats.dailyStreak, now, settings.timezone);
    const embed = renderStats(
      {
        userId: user.id,
        points: stats.points,
        correct: stats.correct,
        answered: stats.answered,
        overrides: stats.overrides ?? 0,
        answerStreak: stats.answerStreak,
        dailyStreak: { current: dailyNow, best: stats.dailyStreak.best },
        decksPlayed: stats.decks.length,
        due: { total: due.total, nextDue: due.nextDue },
        // Only the player themself hears that their reminder was turned off.
        reminderFailed: user.id === i.user.id && reminder?.disabledReason === "dm-failed",
      },
      tr(publicLocale(settings, i.guildLocale)),
    );
    if (answer) return void (await answer.reply({ embeds: [embed] }));

    const months = await ctx.store.activity.months(guildId, user.id, historyMonths(now, settings.timezone));
    const names = await displayNames(i.guild, [user.id]);
    const data: StatsCardData = {
      locale: publicLocale(settings, i.guildLocale),
      name: names.get(user.id) ?? user.username,
      points: stats.points,
      correct: stats.correct,
      answered: stats.answered,
      answerStreak: stats.answerStreak,
      dailyStreak: { current: dailyNow, best: stats.dailyStreak.best },
      due: due.total,
      days: lastDays(months, now, settings.timezone, 30),
      byDifficulty: difficultyTotals(months),
      forecast: dueForecast(Object.values(index), now, settings.timezone),
      heatmap: yearHeatmap(months, now, settings.timezone),
    };
    await i.editReply(await withPicture(ctx, embed, { kind: "stats", data }));
  },
});
