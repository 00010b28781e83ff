import type { ReviewIndex } from "../../engine/index.js";
import type { BotContext } from "../context.js";

/**
 * A player's review index. Card schedules graded before the index existed may be missing from it:
 * the first time it is read here, the player's card schedules are looked up once across this
 * server's decks and added (the only deck read; every schedule write keeps the index current).
 */
export async function reviewIndexOf(ctx: BotContext, guildId: string, userId: string): Promise<ReviewIndex> {
  const index = await ctx.store.schedules.index(guildId, userId);
  if (index?.cardsIndexed) return index.items;
  const own = await ctx.store.decks.list(guildId);
  const ownDecks = await Promise.all(own.map(async (d) => (await ctx.store.decks.get(guildId, d.id))?.deck));
  const keys = [...ctx.decks.list(), ...ownDecks].flatMap((deck) =>
    deck ? deck.cards.map((c) => `${deck.id}:${c.id}`) : [],
  );
  const found = await ctx.store.schedules.getMany(guildId, userId, keys);
  return ctx.store.schedules.addToIndex(
    guildId,
    userId,
    Object.fromEntries(Object.entries(found).map(([k, s]) => [k, s.due])),
  );
}

/** Deck titles by id, built-in and this server's own, from the listings (no deck bodies). */
export async function deckTitles(ctx: BotContext, guildId: string): Promise<Map<string, string>> {
  const titles = new Map(ctx.decks.list().map((d) => [d.id, d.title]));
  for (const d of await ctx.store.decks.list(guildId)) if (!titles.has(d.id)) titles.set(d.id, d.title);
  return titles;
}

/** The index without items of decks this server can no longer play (a removed deck's items can't be reviewed). */
export async function playableIndexOf(
  ctx: BotContext,
  guildId: string,
  userId: string,
): Promise<ReviewIndex> {
  const [index, titles] = await Promise.all([reviewIndexOf(ctx, guildId, userId), deckTitles(ctx, guildId)]);
  return Object.fromEntries(
    Object.entries(index).filter(([key]) => titles.has(key.slice(0, key.indexOf(":")))),
  );
}
