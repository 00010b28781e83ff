import { defineCommand } from "../command.js";
import { startRound } from "../rounds/start-round.js";
import { autocompleteDeck, deckOption, soloOption } from "./deck-option.js";

export default defineCommand({
  name: "practice",
  description: "Start a practice round in this channel: click a choice or type the answer",
  options: [
    deckOption,
    { type: "integer", name: "questions", description: "How many questions (1-20)", min: 1, max: 20 },
    {
      type: "string",
      name: "difficulty",
      description: "Only this difficulty (default: mixed)",
      choices: ["easy", "medium", "hard", "mixed"],
    },
    { type: "integer", name: "timer", description: "Seconds per question (5-120)", min: 5, max: 120 },
    soloOption,
    {
      type: "string",
      name: "direction",
      description: "Ask only the deck's cards as choices, this way round (default: the deck's questions)",
      choices: [
        { name: "front→back", value: "front-back" },
        { name: "back→front", value: "back-front" },
      ],
    },
    {
      type: "string",
      name: "mode",
      description: "Click a choice (default) or type the answer",
      choices: ["choices", "typed"],
    },
  ],
  async execute(ctx, i, args) {
    const settings = i.guildId ? await ctx.store.settings.get(i.guildId) : undefined;
    const solo = args.solo ?? false;
    await startRound(ctx, i, {
      mode: "practice",
      deckId: args.deck,
      count: args.questions ?? settings?.questions ?? 5,
      difficulty: args.difficulty ?? "mixed",
      // Private rounds are self-paced: the question waits for its player.
      timerMs: solo ? 0 : (args.timer ?? settings?.timerSeconds ?? 20) * 1000,
      solo,
      ...(args.direction ? { direction: args.direction } : {}),
      typed: args.mode === "typed",
    });
  },
  autocomplete: autocompleteDeck,
});
