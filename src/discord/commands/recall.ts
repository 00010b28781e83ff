import { defineCommand } from "../command.js";
import { startRound } from "../rounds/start-round.js";
import { autocompleteDeck, deckOption, soloOption } from "./deck-option.js";

/** Recall cards need reading time and a self-grade, so a public card stays open longer than a question. */
export const RECALL_CARD_MS = 30_000;

export default defineCommand({
  name: "recall",
  description: "Review recall cards (your due cards first)",
  options: [
    deckOption,
    { type: "integer", name: "cards", description: "How many cards (1-20)", min: 1, max: 20 },
    soloOption,
    {
      type: "string",
      name: "mode",
      description: "Reveal and grade yourself (default) or type the answer",
      choices: ["reveal", "typed"],
    },
  ],
  async execute(ctx, i, args) {
    const solo = args.solo ?? false;
    await startRound(ctx, i, {
      mode: "recall",
      deckId: args.deck,
      count: args.cards ?? 5,
      difficulty: "mixed",
      timerMs: solo ? 0 : RECALL_CARD_MS,
      solo,
      typed: args.mode === "typed",
    });
  },
  autocomplete: autocompleteDeck,
});
