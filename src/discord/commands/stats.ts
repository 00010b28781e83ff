import { currentDailyStreak, isDue } from "../../engine/index.js";
import { defineCommand } from "../command.js";
import type { BotContext } from "../context.js";
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
    const [stats, settings] = await Promise.all([ctx.store.stats.get(guildId, user.id), ctx.store.settings.get(guildId)]);
    const due = await cardsDue(ctx, guildId, user.id, now);
    const embed = renderStats({
      userId: user.id,
      points: stats.points,
      correct: stats.correct,
      answered: stats.answered,
      answerStreak: stats.answerStreak,
      dailyStreak: { current: currentDailyStreak(stats.dailyStreak, now, settings.timezone), best: stats.dailyStreak.best },
      decksPlayed: stats.decks.length,
      cardsDue: due,
    });
    await i.reply({ embeds: [embed] });
  },
});

/** Due cards across the decks this server can play (built-in and its own). */
async function cardsDue(ctx: BotContext, guildId: string, userId: string, now: number) {
  const own = await ctx.store.decks.list(guildId);
  const ownDecks = await Promise.all(own.map(async (d) => (await ctx.store.decks.get(guildId, d.id))?.deck));
  let due = 0;
  for (const deck of [...ctx.decks.list(), ...ownDecks]) {
    if (!deck) continue;
    const keys = deck.cards.map((c) => `${deck.id}:${c.id}`);
    const schedules = await ctx.store.schedules.getMany(guildId, userId, keys);
    due += keys.filter((k) => schedules[k] && isDue(schedules[k], now)).length;
  }
  return due;
}
