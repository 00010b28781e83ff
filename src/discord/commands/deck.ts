import type { APIEmbed } from "discord.js";
import { DIFFICULTIES, type Deck } from "../../decks/schema.js";
import { t } from "../../strings.js";
import { defineCommandGroup, defineSubcommand } from "../command.js";
import type { BotContext } from "../context.js";
import { clip, COLORS } from "../render/common.js";
import { resolveDeck } from "../rounds/resolve-deck.js";
import { requireGuild } from "../rounds/start-round.js";
import { autocompleteDeck, deckOption } from "./deck-option.js";

function counts(deck: Deck): string {
  const by = DIFFICULTIES.map((d) => `${deck.questions.filter((q) => q.difficulty === d).length} ${d}`).join(", ");
  return `${deck.cards.length} cards · ${deck.questions.length} questions (${by}) · ${deck.prompts.length} prompts`;
}

async function serverDecks(ctx: BotContext, guildId: string) {
  return ctx.store.decks.list(guildId);
}

const list = defineSubcommand({
  name: "list",
  description: "Built-in decks and this server's decks",
  options: [],
  async execute(ctx, i) {
    const guildId = requireGuild(i);
    const builtIn = ctx.decks.list().map((d) => `\`${d.id}\` **${d.title}**: ${counts(d)}`);
    const own = (await serverDecks(ctx, guildId)).map((d) => `\`${d.id}\` **${d.title}** (added by <@${d.addedBy}>)`);
    const embed: APIEmbed = {
      title: t.deckListTitle,
      color: COLORS.info,
      fields: [
        { name: "Built-in", value: clip(builtIn.join("\n") || t.deckListEmpty, 1024) },
        { name: "This server", value: clip(own.join("\n") || t.deckListEmpty, 1024) },
      ],
      footer: { text: "Play one with /practice deck:<id> · details with /deck info" },
    };
    await i.reply({ embeds: [embed] });
  },
});

const info = defineSubcommand({
  name: "info",
  description: "What a deck holds",
  options: [deckOption],
  async execute(ctx, i, args) {
    const guildId = requireGuild(i);
    const deck = await resolveDeck(ctx, guildId, args.deck);
    const own = ctx.decks.get(deck.id) ? undefined : await ctx.store.decks.get(guildId, deck.id);
    const embed: APIEmbed = {
      title: clip(deck.title, 256),
      description: clip([deck.description ?? "", "", counts(deck)].join("\n").trim(), 4096),
      color: COLORS.info,
      fields: [
        { name: "Id", value: `\`${deck.id}\``, inline: true },
        { name: "Tags", value: clip(deck.tags.join(", ") || "none", 1024), inline: true },
        {
          name: "Source",
          value: own ? `Added by <@${own.addedBy}> <t:${Math.floor(own.addedAt / 1000)}:R>` : "Built-in",
          inline: true,
        },
      ],
    };
    await i.reply({ embeds: [embed] });
  },
  autocomplete: autocompleteDeck,
});

export default defineCommandGroup({ name: "deck", description: "Browse the decks you can play", subcommands: [list, info] });
