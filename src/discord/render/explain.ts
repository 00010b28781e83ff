import { ButtonStyle, ComponentType, type APIEmbed } from "discord.js";
import type { ExplainPrompt } from "../../decks/schema.js";
import type { RoundState } from "../../engine/index.js";
import { encodeCustomId } from "../custom-id.js";
import { fitted } from "./budget.js";
import { stringsFor } from "./locale.js";
import { button, clip, COLORS, relativeTime, row } from "./common.js";
import { plain, plainList } from "./plain.js";

function promptAt(state: RoundState, index: number): ExplainPrompt {
  const item = state.items[index];
  if (!item || item.kind !== "prompt") throw new Error(`round ${state.id} item ${index} is not a prompt`);
  const p = item.prompt;
  return {
    ...p,
    prompt: plain(p.prompt),
    concepts: plainList(p.concepts),
    modelAnswer: plain(p.modelAnswer),
    ...(p.hint !== undefined ? { hint: plain(p.hint) } : {}),
  };
}

function promptEmbed(state: RoundState, index: number, status: string): APIEmbed {
  const t = stringsFor(state).explain;
  const p = promptAt(state, index);
  return {
    title: clip(t.title(plain(state.deckTitle)), 256),
    description: clip(`${status}\n\n**${p.prompt}**\n\n${t.instructions}`, 4096),
    color: COLORS.info,
  };
}

export function renderPrompt(state: RoundState, index: number) {
  const t = stringsFor(state);
  const item = state.items[index]!;
  const p = promptAt(state, index);
  const status = item.closesAt ? t.explain.shownAt(relativeTime(item.closesAt)) : t.question.noTimer;
  const tools = [
    button(
      { kind: "check", roundId: state.id, item: index, arg: 0 },
      t.explain.check,
      ButtonStyle.Primary,
      "✅",
    ),
  ];
  if (p.hint)
    tools.push(
      button(
        { kind: "hint", roundId: state.id, item: index, arg: 0 },
        t.question.hint,
        ButtonStyle.Secondary,
        "💡",
      ),
    );
  if (!state.solo)
    tools.push(button({ kind: "reveal", roundId: state.id, item: index, arg: 0 }, t.question.reveal));
  return fitted({ embeds: [promptEmbed(state, index, status)], components: [row(...tools)] });
}

/** The private self-check: tick every concept your explanation covered. */
export function renderConceptPicker(state: RoundState, index: number) {
  const t = stringsFor(state).explain;
  const p = promptAt(state, index);
  return {
    content: t.pick,
    components: [
      row({
        type: ComponentType.StringSelect,
        custom_id: encodeCustomId({ kind: "concepts", roundId: state.id, item: index, arg: 0 }),
        placeholder: t.placeholder,
        min_values: 0,
        max_values: p.concepts.length,
        options: p.concepts.map((c, i) => ({ label: clip(c, 100), value: String(i) })),
      }),
    ],
  };
}

export function renderConceptResult(
  state: RoundState,
  index: number,
  r: { got: number; total: number; missed: string[] },
  headline: string,
) {
  const t = stringsFor(state).explain;
  const p = promptAt(state, index);
  const embed: APIEmbed = {
    title: clip(t.title(plain(state.deckTitle)), 256),
    description: clip(`${headline}\n\n**${p.prompt}**`, 4096),
    fields: [
      { name: t.modelAnswer, value: clip(p.modelAnswer, 1024) },
      ...(r.missed.length
        ? [{ name: t.revisit, value: clip(r.missed.map((m) => `• ${plain(m)}`).join("\n"), 1024) }]
        : []),
    ],
    color: r.got === r.total ? COLORS.easy : COLORS.medium,
  };
  return fitted({ content: "", embeds: [embed], components: [] });
}

export function renderPromptClosed(state: RoundState, index: number) {
  const t = stringsFor(state);
  const p = promptAt(state, index);
  const embed = promptEmbed(state, index, t.question.closed);
  embed.fields = [
    { name: t.explain.modelAnswer, value: clip(p.modelAnswer, 1024) },
    { name: t.explain.concepts, value: clip(p.concepts.map((c) => `• ${c}`).join("\n"), 1024) },
  ];
  embed.color = COLORS.done;
  return fitted({ embeds: [embed], components: [] });
}
