import type { APIEmbed } from "discord.js";
import { currentDailyStreak } from "../../engine/index.js";
import { t } from "../../strings.js";
import { defineCommand } from "../command.js";
import { assertCooldown } from "../cooldown.js";
import { deferIfSlow } from "../defer-if-slow.js";
import type { BotContext } from "../context.js";
import { COLORS, userRef } from "../render/common.js";
import { requireGuild } from "../rounds/start-round.js";

export default defineCommand({
  name: "stats",
  description: "Points, accuracy, streaks and recall cards due",
  options: [{ type: "user", name: "user", description: "Whose stats (default: yours)" }],
  async execute(ctx, i, args) {
    const guildId = requireGuild(i);
    assertCooldown(ctx, i, "stats");
    const answer = deferIfSlow(i);
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
        { name: "Accuracy", value: `${accuracy}% (${stats.correct}/${stats.answered})`, inline: true },
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
    await answer.reply({ embeds: [embed] });
  },
});

/**
 * Due cards across the decks this server can play (built-in and its own), from the player's due
 * index: never the decks' bodies nor one schedule per card (100 large decks made that seconds long).
 */
async function cardsDue(ctx: BotContext, guildId: string, userId: string, now: number) {
  const playable = new Set([...ctx.decks.list().map((d) => d.id), ...(await ctx.store.decks.list(guildId)).map((d) => d.id)]);
  const due = await ctx.store.schedules.dueCount(guildId, userId, now, (deckId) => playable.has(deckId));
  if (due !== undefined) return due;
  // A player from before the index: built once from their schedules (the only time decks are read).
  await ctx.store.schedules.rebuildDueIndex(guildId, userId, await playableCardKeys(ctx, guildId));
  return (await ctx.store.schedules.dueCount(guildId, userId, now, (deckId) => playable.has(deckId))) ?? 0;
}

async function playableCardKeys(ctx: BotContext, guildId: string): Promise<string[]> {
  const own = await ctx.store.decks.list(guildId);
  const ownDecks = await Promise.all(own.map(async (d) => (await ctx.store.decks.get(guildId, d.id))?.deck));
  return [...ctx.decks.list(), ...ownDecks].flatMap((deck) => (deck ? deck.cards.map((c) => `${deck.id}:${c.id}`) : []));
}
