import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  escapeMarkdown,
  type APIEmbedField,
  type APIModalInteractionResponseCallbackData,
} from "discord.js";
import { typedMaxLength, typedTally, typedTarget, type RoundState } from "../../engine/index.js";
import type { Strings } from "../../strings.js";
import { stringsFor } from "./locale.js";
import { encodeCustomId } from "../custom-id.js";
import { button, clip, COLORS, relativeTime, row, userRef, type Row } from "./common.js";
import { questionEmbed, questionShown, listField } from "./question.js";
import { cardEmbed } from "./recall.js";

/** The modal's one text input; its custom_id is fixed, the modal's own carries the round and item. */
export const TYPED_INPUT_ID = "answer";

function embedFor(state: RoundState, index: number, status: string) {
  const item = state.items[index]!;
  return item.kind === "question"
    ? questionEmbed(questionShown(state, index), status, false)
    : cardEmbed(state, index, status);
}

/** An open typed item: the prompt (or card front) and a ✍️ Answer button that opens the modal. */
export function renderTypedItem(state: RoundState, index = state.index) {
  const t = stringsFor(state);
  const item = state.items[index]!;
  const status = item.closesAt ? t.question.closes(relativeTime(item.closesAt)) : t.question.noTimer;
  const tools = [
    button(
      { kind: "typeAnswer", roundId: state.id, item: index, arg: 0 },
      t.question.answer,
      ButtonStyle.Primary,
      "✍️",
    ),
  ];
  if (item.kind === "question" && item.question.hint)
    tools.push(
      button(
        { kind: "hint", roundId: state.id, item: index, arg: 0 },
        t.question.hint,
        ButtonStyle.Secondary,
        "💡",
      ),
    );
  if (!state.solo)
    tools.push(
      button(
        { kind: "reveal", roundId: state.id, item: index, arg: 0 },
        t.question.reveal,
        ButtonStyle.Secondary,
      ),
    );
  const embed = embedFor(state, index, status);
  embed.footer = {
    text: state.solo ? t.question.footerSolo : t.typed.footerPublic,
  };
  return { embeds: [embed], components: [row(...tools)] };
}

/** The modal a player types into; Discord's limits: title 45, label 45, max_length 4000. */
/** The modal only its player sees: `t` is in their language (the round's by default). */
export function renderAnswerModal(
  state: RoundState,
  index: number,
  t: Strings = stringsFor(state),
): APIModalInteractionResponseCallbackData {
  const target = typedTarget(state.items[index]!);
  return {
    custom_id: encodeCustomId({ kind: "typedAnswer", roundId: state.id, item: index, arg: 0 }),
    title: clip(t.typedModalTitle(index + 1, state.items.length), 45),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: TYPED_INPUT_ID,
            label: t.typedModalLabel,
            style: TextInputStyle.Short,
            required: true,
            max_length: target ? typedMaxLength(target) : 100,
          },
        ],
      },
    ],
  };
}

/** The "I was right" button for a player's own item (private messages only, so in their language). */
export const overrideButton = (state: RoundState, index: number, t: Strings = stringsFor(state)) =>
  button(
    { kind: "override", roundId: state.id, item: index, arg: 0 },
    t.overrideButton,
    ButtonStyle.Secondary,
  );

/**
 * A closed typed item: the answer and its alternatives, the explanation, how many typed it right
 * and the fastest. `override` adds "I was right" (private rounds, after a miss) beside Next.
 */
export function renderTypedReveal(
  state: RoundState,
  index: number,
  extra: { next?: Row; override?: boolean } = {},
) {
  const t = stringsFor(state);
  const w = t.question;
  const item = state.items[index]!;
  const target = typedTarget(item)!;
  const tally = typedTally(item);
  const embed = embedFor(state, index, w.closed);
  const fields: (APIEmbedField | null)[] = [
    { name: w.answer, value: clip(target.answer, 1024) },
    listField(t.typed.alsoAccepted, [...(target.accept ?? [])], false),
  ];
  if (item.kind === "question") {
    fields.push({ name: w.why, value: clip(item.question.explanation, 1024) });
    fields.push(listField(w.mistakes, item.question.mistakes, false));
  }
  fields.push({
    name: t.typed.right,
    value: tally.answered === 0 ? w.nobody : t.typed.rightOf(tally.right, tally.answered),
    inline: true,
  });
  if (tally.fastest)
    fields.push({
      name: w.fastest,
      value: w.fastestValue(userRef(tally.fastest.userId), Math.round(tally.fastest.elapsedMs / 100) / 10),
      inline: true,
    });
  embed.fields = fields.filter((f): f is APIEmbedField => f !== null);
  embed.color = COLORS.done;
  const rows: Row[] = extra.next ? [{ ...extra.next, components: [...extra.next.components] }] : [];
  if (extra.override) {
    if (rows[0]) rows[0].components.push(overrideButton(state, index));
    else rows.push(row(overrideButton(state, index)));
  }
  return { embeds: [embed], components: rows };
}

/** What the player typed, safe to show: no markdown, no line breaks, not too long. */
export function shownTyped(text: string): string {
  return clip(escapeMarkdown(text.replace(/\s+/g, " ")), 100);
}
