import type { Deck } from "../../decks/schema.js";
import type { DueItem, ReviewPick } from "../../engine/index.js";
import type { BotContext } from "../context.js";

/**
 * The decks' current items for the due ones, in the same order, up to `count`. Items whose deck or
 * item is gone (a deck removed or edited) are left out: their schedules simply stay unplayed.
 */
export async function resolveReviewItems(
  ctx: BotContext,
  guildId: string,
  due: DueItem[],
  count: number,
): Promise<{ picks: ReviewPick[]; decks: Deck[] }> {
  const decks = new Map<string, Deck | undefined>();
  const picks: ReviewPick[] = [];
  for (const d of due) {
    if (picks.length >= count) break;
    if (!decks.has(d.deckId))
      decks.set(d.deckId, ctx.decks.get(d.deckId) ?? (await ctx.store.decks.get(guildId, d.deckId))?.deck);
    const deck = decks.get(d.deckId);
    if (!deck) continue;
    if (d.kind === "card") {
      const card = deck.cards.find((c) => c.id === d.itemId);
      if (card) picks.push({ deckId: deck.id, kind: "card", card });
    } else {
      const question = deck.questions.find((q) => q.id === d.itemId);
      if (question) picks.push({ deckId: deck.id, kind: "question", question });
    }
  }
  const used = new Set(picks.map((p) => p.deckId));
  return { picks, decks: [...decks.values()].filter((x): x is Deck => !!x && used.has(x.id)) };
}
