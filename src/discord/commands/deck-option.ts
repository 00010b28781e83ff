import type { AutocompleteInteraction } from "discord.js";
import type { BotContext } from "../context.js";
import { deckChoices } from "../rounds/resolve-deck.js";

/** The `deck` option every round command shares, with autocomplete of ids and titles. */
export const deckOption = {
  type: "string",
  name: "deck",
  description: "Deck to play (start typing to search)",
  required: true,
  autocomplete: true,
  maxLength: 32,
} as const;

export async function autocompleteDeck(ctx: BotContext, i: AutocompleteInteraction): Promise<void> {
  await i.respond(await deckChoices(ctx, i.guildId, String(i.options.getFocused())));
}

export const soloOption = {
  type: "boolean",
  name: "solo",
  description: "Play privately: only you see the round",
} as const;
