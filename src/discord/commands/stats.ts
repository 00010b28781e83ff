import type { APIEmbed } from "discord.js";
import { currentDailyStreak, isDue } from "../../engine/index.js";
import { t } from "../../strings.js";
import { defineCommand } from "../command.js";
import type { BotContext } from "../context.js";
import { COLORS, userRef } from "../render/common.js";
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
    const accuracy = stats.answered ? Math.round((100 * stats.correct) / stats.answered) : 0;
    const embed: APIEmbed = {
      title: t.statsTitle,
      description: userRef(user.id),
      color: COLORS.info,
      fields: [
        { name: "Points", value: String(stats.points), inline: true },
        {
          name: "Accuracy",
          // "I was right" counts are shown apart: the player's own call, not the bot's.
          value: `${accuracy}% (${stats.correct}/${stats.answered})${stats.overrides ? `, ${stats.overrides} by your call` : ""}`,
          inline: true,
        },
        { name: "Answer streak", value: `${stats.answerStreak.current} (best ${stats.answerStreak.best})`, inline: true },
        {
          name: "Daily streak",
          value: `${currentDailyStreak(stats.dailyStreak, now, settings.timezone)} days (best ${stats.dailyStreak.best})`,
          inline: true,
        },
        { name: "Decks played", value: String(stats.decks.length), inline: true },
        { name: "Recall cards due", value: String(due), inline: true },
      ],
    };
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
