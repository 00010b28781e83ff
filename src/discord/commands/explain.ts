import { defineCommand } from "../command.js";
import { startRound } from "../rounds/start-round.js";
import { autocompleteDeck, deckOption, soloOption } from "./deck-option.js";

/** Explaining takes minutes; the model answer is shown to the channel after this. */
export const EXPLAIN_MS = 180_000;

export default defineCommand({
  name: "explain",
  description: "An open-ended prompt: explain it, then check yourself against its key concepts",
  options: [deckOption, soloOption],
  async execute(ctx, i, args) {
    const solo = args.solo ?? false;
    await startRound(ctx, i, {
      mode: "explain",
      deckId: args.deck,
      count: 1,
      difficulty: "mixed",
      timerMs: solo ? 0 : EXPLAIN_MS,
      solo,
    });
  },
  autocomplete: autocompleteDeck,
});
