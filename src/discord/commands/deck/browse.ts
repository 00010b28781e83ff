import { ButtonStyle, type APIEmbed, type ButtonInteraction } from "discord.js";
import { DIFFICULTIES, type Deck } from "../../../decks/schema.js";
import { isolate, t as english, type Strings } from "../../../strings.js";
import { defineSubcommand } from "../../command.js";
import { assertCooldown } from "../../cooldown.js";
import type { BotContext } from "../../context.js";
import type { CustomId } from "../../custom-id.js";
import { fitEmbed } from "../../render/budget.js";
import { button, clip, COLORS, row } from "../../render/common.js";
import { plain } from "../../render/plain.js";
import { findDeck } from "../../rounds/resolve-deck.js";
import { requireGuild } from "../../rounds/start-round.js";
import { autocompleteDeck, deckOption } from "../deck-option.js";
import { serverStrings } from "../../locale.js";

export const DECKS_PER_PAGE = 10;
const LIST_REF = "decklist";

export function deckCounts(deck: Deck, t: Strings = english): string {
  const by = Object.fromEntries(
    DIFFICULTIES.map((d) => [d, deck.questions.filter((q) => q.difficulty === d).length]),
  ) as Record<(typeof DIFFICULTIES)[number], number>;
  return t.deckCounts(deck.cards.length, deck.questions.length, deck.prompts.length, by);
}

/** A deck's declared language (its content is never translated), e.g. ` · 🗣️ fr`. */
const languageTag = (language: string | undefined) => (language ? ` · 🗣️ ${language}` : "");

async function listLines(ctx: BotContext, guildId: string, t: Strings): Promise<string[]> {
  const builtIn = ctx.decks
    .list()
    .map(
      (d) =>
        `📘 \`${d.id}\` **${isolate(clip(plain(d.title), 100))}**: ${deckCounts(d, t)}${languageTag(d.language)}`,
    );
  const own = (await ctx.store.decks.list(guildId)).map(
    (d) =>
      `📗 \`${d.id}\` **${isolate(clip(plain(d.title), 100))}** · ${t.deckList.addedBy(`<@${d.addedBy}>`, `<t:${Math.floor(d.addedAt / 1000)}:R>`)}${languageTag(d.language)}`,
  );
  return [...builtIn, ...own];
}

function renderList(lines: string[], page: number, t: Strings) {
  const pages = Math.max(1, Math.ceil(lines.length / DECKS_PER_PAGE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const shown = lines.slice(p * DECKS_PER_PAGE, (p + 1) * DECKS_PER_PAGE);
  const embed: APIEmbed = {
    title: t.deckListTitle,
    description: clip(shown.join("\n") || t.deckListEmpty, 4096),
    color: COLORS.info,
    footer: { text: t.deckList.footer(p + 1, pages) },
  };
  if (pages === 1) return { embeds: [fitEmbed(embed)], components: [] };
  const nav = row(
    {
      ...button(
        { kind: "page", roundId: LIST_REF, item: Math.max(0, p - 1), arg: 0 },
        t.deckList.previous,
        ButtonStyle.Secondary,
      ),
      disabled: p === 0,
    },
    {
      ...button(
        { kind: "page", roundId: LIST_REF, item: Math.min(pages - 1, p + 1), arg: 1 },
        t.deckList.next,
        ButtonStyle.Secondary,
      ),
      disabled: p === pages - 1,
    },
  );
  return { embeds: [fitEmbed(embed)], components: [nav] };
}

export const list = defineSubcommand({
  name: "list",
  description: "Built-in decks and this server's decks",
  options: [],
  async execute(ctx, i) {
    const t = await serverStrings(ctx, i);
    const guildId = requireGuild(i);
    assertCooldown(ctx, i, "deck list");
    await i.reply(renderList(await listLines(ctx, guildId, t), 0, t));
  },
});

/** Previous/Next on a deck list: the same message shows the other page, read fresh from the store. */
export async function turnDeckListPage(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = await serverStrings(ctx, i);
  const guildId = requireGuild(i);
  await i.update(renderList(await listLines(ctx, guildId, t), cid.item, t));
}

export const info = defineSubcommand({
  name: "info",
  description: "What a deck holds, who added it and when",
  options: [{ ...deckOption, description: "Deck to show (start typing to search)" }],
  async execute(ctx, i, args) {
    const t = await serverStrings(ctx, i);
    const guildId = requireGuild(i);
    // One lookup gives the deck and, for a server deck, who added it and when.
    const { deck, own } = await findDeck(ctx, guildId, args.deck);
    const embed: APIEmbed = {
      title: clip(plain(deck.title), 256),
      description: clip(
        [plain(deck.description ?? ""), "", deckCounts(deck, t) + languageTag(deck.language)]
          .join("\n")
          .trim(),
        4096,
      ),
      color: COLORS.info,
      fields: [
        { name: t.deckInfo.id, value: `\`${deck.id}\``, inline: true },
        {
          name: t.deckInfo.tags,
          value: clip(plain(deck.tags.join(", ")) || t.deckInfo.noTags, 1024),
          inline: true,
        },
        {
          name: t.deckInfo.source,
          value: own
            ? t.deckInfo.addedBy(`<@${own.addedBy}>`, `<t:${Math.floor(own.addedAt / 1000)}:R>`)
            : t.deckInfo.builtIn,
          inline: true,
        },
      ],
    };
    await i.reply({ embeds: [fitEmbed(embed)] });
  },
  autocomplete: autocompleteDeck,
});
