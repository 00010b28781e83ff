import type { Deck } from "../../decks/schema.js";
import type { GuildDeckRecord } from "../../store/index.js";
import type { BotContext } from "../context.js";
import { UserError } from "../errors.js";
import { plain } from "../render/plain.js";

/** A deck by id with where it came from: built-in first, then this server's own (with its record). */
export async function findDeck(
  ctx: BotContext,
  guildId: string,
  deckId: string,
): Promise<{ deck: Deck; own?: GuildDeckRecord }> {
  const builtIn = ctx.decks.get(deckId);
  if (builtIn) return { deck: builtIn };
  const own = await ctx.store.decks.get(guildId, deckId);
  if (own) return { deck: own.deck, own };
  throw new UserError((t) => t.unknownDeck(plain(deckId)));
}

/** A deck by id: built-in first, then this server's own decks. */
export async function resolveDeck(ctx: BotContext, guildId: string, deckId: string): Promise<Deck> {
  return (await findDeck(ctx, guildId, deckId)).deck;
}

/** Autocomplete choices for a `deck` option: ids and titles of built-in and server decks. */
export async function deckChoices(ctx: BotContext, guildId: string | null, query: string) {
  const q = query.trim().toLowerCase();
  const own = guildId ? await ctx.store.decks.list(guildId) : [];
  const all = [
    ...ctx.decks.list().map((d) => ({ id: d.id, title: d.title })),
    ...own.map((d) => ({ id: d.id, title: d.title })),
  ];
  return all
    .filter((d) => d.id.includes(q) || d.title.toLowerCase().includes(q))
    .slice(0, 25)
    .map((d) => ({ name: `${d.title} (${d.id})`.slice(0, 100), value: d.id }));
}
