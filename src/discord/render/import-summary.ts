/** What the uploader of an imported file sees: the format, what was skipped and why, and one item as a round shows it. */
import type { APIEmbed, APIEmbedField } from "discord.js";
import type { ImportReport } from "../../decks/import/index.js";
import type { Deck } from "../../decks/schema.js";
import { LETTERS } from "../../engine/index.js";
import { isolate, t as english, type Strings } from "../../strings.js";
import { clip, codeBlock, COLORS } from "./common.js";

/** Like the linter's list: the first ten, then a count. */
export const SHOWN_SKIPPED = 10;

export function importFields(report: ImportReport, t: Strings = english): APIEmbedField[] {
  const n = report.skipped.length;
  const shown = report.skipped
    .slice(0, SHOWN_SKIPPED)
    .map((s) => clip(`${t.deckFile(s.from)}: ${t.deckFile(s.reason)}`, 200));
  if (n > SHOWN_SKIPPED) shown.push(t.andMore(n - SHOWN_SKIPPED));
  return [
    {
      name: t.importSkippedTitle(n),
      value: n === 0 ? t.importSkippedNone : clip(codeBlock(shown.join("\n")), 1024),
    },
  ];
}

/** The deck's first question (or card), laid out as the round's message lays it out. */
export function renderPreview(deck: Deck, t: Strings = english): APIEmbed | null {
  const q = deck.questions[0];
  if (q) {
    const lines = [q.prompt];
    if (q.code) lines.push(codeBlock(q.code, q.language));
    lines.push("", ...q.choices.map((c, i) => `**${LETTERS[i]}.** ${c}`), "", `||${q.answer}||`);
    return {
      title: clip(`${t.importPreviewTitle}: ${isolate(deck.title)}`, 256),
      description: clip(lines.join("\n"), 4096),
      color: COLORS[q.difficulty],
    };
  }
  const c = deck.cards[0];
  if (!c) return null;
  return {
    title: clip(`${t.importPreviewTitle}: ${isolate(deck.title)}`, 256),
    description: clip(`*${t.level(c.level)}*\n\n**${c.front}**`, 4096),
    fields: [{ name: t.question.answer, value: clip(`||${c.back}||`, 1024) }],
    color: COLORS.info,
  };
}
