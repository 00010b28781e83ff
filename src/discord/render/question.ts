import { ButtonStyle, type APIEmbed, type APIEmbedField } from "discord.js";
import { LETTERS, type QuestionResult, type RoundState, type ShownQuestion } from "../../engine/index.js";
import { stringsFor } from "./locale.js";
import { fitted } from "./budget.js";
import { button, clip, codeBlock, COLORS, relativeTime, row, userRef, type Row } from "./common.js";
import { plain, plainList } from "./plain.js";

/**
 * What a question message shows: the snapshot the round took, choices in the shown (shuffled)
 * order, its text made plain (see plain.ts; the code is shown in a code block, untouched).
 */
export interface QuestionShown {
  roundId: string;
  index: number;
  total: number;
  deckTitle: string;
  closesAt: number | null;
  question: ShownQuestion;
  /** The round's language (see RoundState.locale). */
  locale?: string;
}

export function questionShown(state: RoundState, index = state.index): QuestionShown {
  const item = state.items[index];
  if (!item || item.kind !== "question") throw new Error(`round ${state.id} item ${index} is not a question`);
  return {
    roundId: state.id,
    index,
    total: state.items.length,
    deckTitle: plain(state.deckTitle),
    closesAt: item.closesAt,
    question: plainQuestion(item.question),
    locale: state.locale,
  };
}

function plainQuestion(q: ShownQuestion): ShownQuestion {
  return {
    ...q,
    prompt: plain(q.prompt),
    choices: plainList(q.choices),
    answer: plain(q.answer),
    explanation: plain(q.explanation),
    steps: plainList(q.steps),
    mistakes: plainList(q.mistakes),
    ...(q.hint !== undefined ? { hint: plain(q.hint) } : {}),
  };
}

/** The question's embed; typed rounds show no choices (`choices: false`). */
export function questionEmbed(s: QuestionShown, status: string, choices = true): APIEmbed {
  const t = stringsFor(s).question;
  const q = s.question;
  const lines = [`${t.difficulty[q.difficulty]} · ${status}`, "", q.prompt];
  if (q.code) lines.push(codeBlock(q.code, q.language));
  if (choices) lines.push("", ...q.choices.map((c, i) => `**${LETTERS[i]}.** ${c}`));
  return {
    title: clip(t.title(s.deckTitle, s.index + 1, s.total), 256),
    description: clip(lines.join("\n"), 4096),
    color: COLORS[q.difficulty],
  };
}

/** The open question: one button per choice, then Hint and (for public rounds) the host's Reveal. */
export function renderQuestion(s: QuestionShown, opts: { solo: boolean }) {
  const t = stringsFor(s).question;
  const closes = s.closesAt ? t.closes(relativeTime(s.closesAt)) : t.noTimer;
  const letters = s.question.choices.map((_, i) =>
    button({ kind: "answer", roundId: s.roundId, item: s.index, arg: i }, LETTERS[i]!, ButtonStyle.Primary),
  );
  const tools = [];
  if (s.question.hint)
    tools.push(
      button(
        { kind: "hint", roundId: s.roundId, item: s.index, arg: 0 },
        t.hint,
        ButtonStyle.Secondary,
        "💡",
      ),
    );
  if (!opts.solo)
    tools.push(
      button({ kind: "reveal", roundId: s.roundId, item: s.index, arg: 0 }, t.reveal, ButtonStyle.Secondary),
    );
  const components: Row[] = [row(...letters)];
  if (tools.length) components.push(row(...tools));
  const embed = questionEmbed(s, closes);
  embed.footer = {
    text: opts.solo ? t.footerSolo : t.footerPublic,
  };
  return fitted({ embeds: [embed], components });
}

export function listField(name: string, items: string[], numbered: boolean): APIEmbedField | null {
  if (items.length === 0) return null;
  const value = items.map((x, i) => (numbered ? `${i + 1}. ${x}` : `• ${x}`)).join("\n");
  return { name, value: clip(value, 1024) };
}

/**
 * The closed question: answer, explanation, steps, mistakes, the answer spread and the fastest
 * player, then any `fields` the caller adds (a daily's roll of honour), all within the budget.
 */
export function renderReveal(
  s: QuestionShown,
  r: QuestionResult,
  extra: { next?: Row; fields?: APIEmbedField[] } = {},
) {
  const t = stringsFor(s);
  const w = t.question;
  const q = s.question;
  const embed = questionEmbed(s, w.closed);
  const spread = q.choices.map((_, i) => `${LETTERS[i]}: ${r.distribution[i] ?? 0}`).join(" · ");
  const fields = [
    {
      name: w.answer,
      value: clip(`**${LETTERS[q.correctIndex]}.** ${q.choices[q.correctIndex] ?? ""}`, 1024),
    },
    { name: w.why, value: clip(q.explanation, 1024) },
    listField(w.steps, q.steps, true),
    listField(w.mistakes, q.mistakes, false),
    {
      name: w.answers,
      value: r.answered === 0 ? w.nobody : t.answeredInAll(spread, r.answered),
      inline: true,
    },
    r.fastest
      ? {
          name: w.fastest,
          value: w.fastestValue(userRef(r.fastest.userId), Math.round(r.fastest.elapsedMs / 100) / 10),
          inline: true,
        }
      : null,
  ];
  embed.fields = [...fields.filter((f): f is APIEmbedField => f !== null), ...(extra.fields ?? [])];
  embed.color = COLORS.done;
  return fitted({ embeds: [embed], components: extra.next ? [extra.next] : [] });
}
