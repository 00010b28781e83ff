import { ButtonStyle, type APIEmbed } from "discord.js";
import type { Card } from "../../decks/schema.js";
import type { RecallGrade, RoundState } from "../../engine/index.js";
import { fitted } from "./budget.js";
import { stringsFor } from "./locale.js";
import { t as english, type Strings } from "../../strings.js";
import { button, clip, COLORS, relativeTime, row, type Row } from "./common.js";
import { plain } from "./plain.js";

export const GRADES: readonly RecallGrade[] = ["again", "hard", "good", "easy"];
/** A self-grade's name, in `t`'s language (the buttons and "Saved as …" use the same words). */
export const gradeLabel = (g: RecallGrade, t: Strings = english) => t.card.grade[g];

function cardAt(state: RoundState, index: number): Card {
  const item = state.items[index];
  if (!item || item.kind !== "card") throw new Error(`round ${state.id} item ${index} is not a card`);
  return { ...item.card, front: plain(item.card.front), back: plain(item.card.back) };
}

export function cardEmbed(state: RoundState, index: number, status: string): APIEmbed {
  const card = cardAt(state, index);
  const t = stringsFor(state);
  return {
    title: clip(t.card.title(plain(state.deckTitle), index + 1, state.items.length), 256),
    description: clip(`*${t.level(card.level)}* · ${status}\n\n**${card.front}**`, 4096),
    color: COLORS.info,
  };
}

/** The open card: everyone thinks of the answer, then reveals it privately and grades themselves. */
export function renderCard(state: RoundState, index: number) {
  const t = stringsFor(state);
  const item = state.items[index]!;
  const status = item.closesAt ? t.card.showsAt(relativeTime(item.closesAt)) : t.question.noTimer;
  const tools = [
    button(
      { kind: "showCard", roundId: state.id, item: index, arg: 0 },
      t.card.revealAnswer,
      ButtonStyle.Primary,
      "👀",
    ),
  ];
  if (!state.solo)
    tools.push(button({ kind: "reveal", roundId: state.id, item: index, arg: 0 }, t.card.showAll));
  const embed = cardEmbed(state, index, status);
  embed.footer = { text: t.card.footer };
  return fitted({ embeds: [embed], components: [row(...tools)] });
}

/** The back of the card with the four self-grades that schedule the next review. */
export function renderCardBack(state: RoundState, index: number, opts: { next?: Row } = {}) {
  const t = stringsFor(state);
  const card = cardAt(state, index);
  const embed = cardEmbed(state, index, t.card.answerStatus);
  embed.fields = [{ name: t.question.answer, value: clip(card.back, 1024) }];
  const grades = row(
    ...GRADES.map((g, i) =>
      button(
        { kind: "grade", roundId: state.id, item: index, arg: i },
        gradeLabel(g, t),
        i === 0 ? ButtonStyle.Danger : ButtonStyle.Secondary,
      ),
    ),
  );
  return fitted({ embeds: [embed], components: opts.next ? [grades, opts.next] : [grades] });
}

/** The public card once its time is up: the back for everyone, no buttons. */
export function renderCardClosed(state: RoundState, index: number) {
  const t = stringsFor(state);
  const card = cardAt(state, index);
  const embed = cardEmbed(state, index, t.question.closed);
  embed.fields = [{ name: t.question.answer, value: clip(card.back, 1024) }];
  embed.color = COLORS.done;
  return fitted({ embeds: [embed], components: [] });
}
