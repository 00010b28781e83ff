import {
  currentDailyStreak,
  difficultyTotals,
  dueForecast,
  historyMonths,
  lastDays,
  yearHeatmap,
} from "../../engine/index.js";
import type { StatsCardData } from "../../images/index.js";
import { defineCommand } from "../command.js";
import type { BotContext } from "../context.js";
import { displayNames, withPicture } from "../render/pictures.js";
import { renderStats } from "../render/stats.js";
import { requireGuild } from "../rounds/start-round.js";

export default defineCommand({
  name: "stats",
  description: "Points, accuracy, streaks and recall cards due",
  options: [{ type: "user", name: "user", description: "Whose stats (default: yours)" }],
  async execute(ctx, i, args) {
    const guildId = requireGuild(i);
    const user = args.user ?? i.user;
    const now = ctx.now();
    const settings = await ctx.store.settings.get(guildId);
    // Drawing takes longer than Discord's 3 s window allows on a busy host: answer "thinking" first.
    if (settings.images) await i.deferReply();
    const [stats, dueTimes] = await Promise.all([
      ctx.store.stats.get(guildId, user.id),
      scheduledDueTimes(ctx, guildId, user.id),
    ]);
    const due = dueTimes.filter((d) => d <= now).length;
    const dailyNow = currentDailyStreak(stats.dailyStreak, now, settings.timezone);
    const embed = renderStats({
      userId: user.id,
      points: stats.points,
      correct: stats.correct,
      answered: stats.answered,
      answerStreak: stats.answerStreak,
      dailyStreak: { current: dailyNow, best: stats.dailyStreak.best },
      decksPlayed: stats.decks.length,
      cardsDue: due,
    });
    if (!settings.images) return void (await i.reply({ embeds: [embed] }));

    const months = await ctx.store.activity.months(guildId, user.id, historyMonths(now, settings.timezone));
    const names = await displayNames(i.guild, [user.id]);
    const data: StatsCardData = {
      name: names.get(user.id) ?? user.username,
      points: stats.points,
      correct: stats.correct,
      answered: stats.answered,
      answerStreak: stats.answerStreak,
      dailyStreak: { current: dailyNow, best: stats.dailyStreak.best },
      due,
      days: lastDays(months, now, settings.timezone, 30),
      byDifficulty: difficultyTotals(months),
      forecast: dueForecast(dueTimes, now, settings.timezone),
      heatmap: yearHeatmap(months, now, settings.timezone),
    };
    await i.editReply(await withPicture(ctx, embed, { kind: "stats", data }));
  },
});

/** Due times of the player's scheduled recall cards across the decks this server can play. */
async function scheduledDueTimes(ctx: BotContext, guildId: string, userId: string): Promise<number[]> {
  const own = await ctx.store.decks.list(guildId);
  const ownDecks = await Promise.all(own.map(async (d) => (await ctx.store.decks.get(guildId, d.id))?.deck));
  const times: number[] = [];
  for (const deck of [...ctx.decks.list(), ...ownDecks]) {
    if (!deck) continue;
    const keys = deck.cards.map((c) => `${deck.id}:${c.id}`);
    const schedules = await ctx.store.schedules.getMany(guildId, userId, keys);
    for (const k of keys) {
      const s = schedules[k];
      if (s) times.push(s.due);
    }
  }
  return times;
}
