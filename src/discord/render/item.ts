import type { QuestionResult, RoundState } from "../../engine/index.js";
import { renderCard, renderCardClosed } from "./recall.js";
import { renderPrompt, renderPromptClosed } from "./explain.js";
import { questionShown, renderQuestion, renderReveal } from "./question.js";
import type { Row } from "./common.js";
import { correctTodayField } from "./correct-today.js";
import { stringsFor } from "./locale.js";
import { renderTypedItem, renderTypedReveal } from "./typed.js";

/** The open item of a round, whatever its kind. */
export function renderItem(state: RoundState, index = state.index) {
  const item = state.items[index]!;
  if (state.typed && item.kind !== "prompt") return renderTypedItem(state, index);
  switch (item.kind) {
    case "question":
      return renderQuestion(questionShown(state, index), { solo: state.solo });
    case "card":
      return renderCard(state, index);
    case "prompt":
      return renderPrompt(state, index);
  }
}

/** The item once closed: answers revealed to everyone. */
export function renderClosed(
  state: RoundState,
  index: number,
  result: QuestionResult | null,
  extra: { next?: Row; override?: boolean } = {},
) {
  const item = state.items[index]!;
  if (state.typed && item.kind !== "prompt") return renderTypedReveal(state, index, extra);
  switch (item.kind) {
    case "question":
      if (!result) throw new Error(`question ${index} of round ${state.id} closed without a result`);
      // A daily's reveal is its day's roll of honour.
      return renderReveal(
        questionShown(state, index),
        result,
        state.daily ? { ...extra, fields: [correctTodayField(item, stringsFor(state))] } : extra,
      );
    case "card":
      return renderCardClosed(state, index);
    case "prompt":
      return renderPromptClosed(state, index);
  }
}
