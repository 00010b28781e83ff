import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { MessageFlags, type APIEmbed } from "discord.js";
import { DECK_EXTENSIONS } from "../../../decks/load.js";
import { memberStrings } from "../../locale.js";
import { defineSubcommand } from "../../command.js";
import type { BotContext } from "../../context.js";
import { publishDeck, SHOWN_ISSUES } from "../../decks/publish-deck.js";
import { UserError } from "../../errors.js";
import { assertModerator } from "../../permissions.js";
import { fitEmbed } from "../../render/budget.js";
import { clip, codeBlock, COLORS, NO_PINGS } from "../../render/common.js";
import { importFields, renderPreview } from "../../render/import-summary.js";
import { plain } from "../../render/plain.js";
import { requireGuild } from "../../rounds/start-round.js";
import { autocompleteDeck, deckOption } from "../deck-option.js";
import { deckCounts } from "./browse.js";

export const add = defineSubcommand({
  name: "add",
  description:
    "Upload a deck (.yaml, .json, .csv, .tsv, Quizlet/Anki .txt, Anki .apkg) for this server (moderators)",
  options: [
    {
      type: "attachment",
      name: "file",
      description: "The deck file; its name becomes the deck id",
      required: true,
    },
    { type: "boolean", name: "replace", description: "Overwrite this server's deck with the same id" },
  ],
  async execute(ctx, i, args) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    await assertModerator(ctx, i, guildId);
    // Downloading and checking may take a moment: acknowledge first, privately.
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const f = args.file;
    const result = await publishDeck(ctx, {
      guildId,
      userId: i.user.id,
      attachment: { url: f.url, name: f.name, size: f.size, contentType: f.contentType },
      replace: args.replace ?? false,
    });
    if (!result.ok) {
      const lines = [
        ...result.issues.map((issue) => clip(t.deckIssue(issue), 350)),
        ...(result.hidden ? [t.andMoreLine(result.hidden)] : []),
      ];
      const embed: APIEmbed = {
        title: t.deckNotSaved,
        description: clip(codeBlock(lines.join("\n")), 4096),
        color: COLORS.hard,
      };
      await i.editReply({
        content: t.deckRejected(plain(result.fileName), result.issues.length + result.hidden),
        embeds: [fitEmbed(embed)],
      });
      return;
    }
    const warnings = result.warnings.slice(0, SHOWN_ISSUES).map((w) => clip(t.deckIssue(w), 350));
    const imported = result.imported;
    const fields = [
      ...(imported ? importFields(imported, t) : []),
      ...(warnings.length
        ? [
            {
              name: t.importWarningsTitle(result.warnings.length),
              value: clip(codeBlock(warnings.join("\n")), 1024),
            },
          ]
        : []),
    ];
    const embed: APIEmbed = {
      title: clip(plain(result.deck.title), 256),
      description: imported
        ? `${t.importFormat(t.deckFile(imported.detail))}\n${deckCounts(result.deck, t)}`
        : deckCounts(result.deck, t),
      color: COLORS.easy,
      ...(fields.length ? { fields } : {}),
    };
    const preview = imported ? renderPreview(result.deck, t) : null;
    await i.editReply({
      content: t.deckAdded(result.deck.id, clip(plain(result.deck.title), 100), result.replaced),
      embeds: preview ? [fitEmbed(embed), fitEmbed(preview)] : [fitEmbed(embed)],
      ...NO_PINGS,
    });
  },
});

export const remove = defineSubcommand({
  name: "remove",
  description: "Remove one of this server's decks (moderators); players keep their points",
  options: [{ ...deckOption, description: "Deck to remove (start typing to search)" }],
  async execute(ctx, i, args) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    await assertModerator(ctx, i, guildId);
    if (!(await ctx.store.decks.remove(guildId, args.deck)))
      throw new UserError((t) => t.deckNotServers(plain(args.deck)));
    ctx.log.info({ guild: guildId, deck: args.deck, by: i.user.id }, "deck removed");
    await i.reply({ content: t.deckRemoved(args.deck), flags: MessageFlags.Ephemeral });
  },
  autocomplete: autocompleteDeck,
});

async function builtInSource(ctx: BotContext, id: string) {
  for (const ext of DECK_EXTENSIONS) {
    const name = `${id}${ext}`;
    const text = await readFile(join(ctx.config.decksDir, name), "utf8").catch(() => null);
    if (text !== null) return { source: text, fileName: name };
  }
  return undefined;
}

export const exportDeck = defineSubcommand({
  name: "export",
  description: "Get a deck's file back, ready to edit and upload again",
  options: [{ ...deckOption, description: "Deck to download (start typing to search)" }],
  async execute(ctx, i, args) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    const file = ctx.decks.get(args.deck)
      ? await builtInSource(ctx, args.deck)
      : await ctx.store.decks.get(guildId, args.deck);
    if (!file) throw new UserError((t) => t.unknownDeck(plain(args.deck)));
    await i.reply({
      content: t.deckExported(args.deck),
      files: [{ attachment: Buffer.from(file.source, "utf8"), name: file.fileName }],
      flags: MessageFlags.Ephemeral,
    });
  },
  autocomplete: autocompleteDeck,
});
