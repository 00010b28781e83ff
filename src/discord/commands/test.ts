import { defineCommand } from "../command.js";
import { startRound } from "../rounds/start-round.js";
import { autocompleteDeck, deckOption } from "./deck-option.js";

export default defineCommand({
  name: "test",
  description: "A private 10-question test (easy, medium and hard) with a verdict",
  options: [deckOption],
  async execute(ctx, i, args) {
    await startRound(ctx, i, {
      mode: "test",
      deckId: args.deck,
      count: 10,
      difficulty: "mixed",
      timerMs: 0,
      solo: true,
    });
  },
  autocomplete: autocompleteDeck,
});
