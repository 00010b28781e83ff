import { MessageFlags, type ButtonInteraction, type ModalSubmitInteraction } from "discord.js";
import { z } from "zod";
import { findAnswer, submitTyped, typedTarget } from "../../engine/index.js";
import { memberStrings } from "../locale.js";
import type { BotContext } from "../context.js";
import type { CustomId } from "../custom-id.js";
import { row } from "../render/common.js";
import { renderClosed } from "../render/item.js";
import { overrideButton, renderAnswerModal, shownTyped, TYPED_INPUT_ID } from "../render/typed.js";
import { storeAward, takeBack } from "./answer-question.js";
import { gateClick, replyGate, takeAnswer } from "./gate.js";
import { nextButton } from "./next-item.js";
import { scheduleCard } from "./recall-card.js";

/** ✍️ Answer: opens the modal, unless the player can't answer this item (then a private refusal). */
export async function openAnswerModal(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = memberStrings(i);
  let s = await ctx.rounds.get(cid.roundId);
  // A next item's message can be out before its state is saved (see answer-question.ts): wait for it.
  if (s && cid.item > s.index)
    s = await ctx.rounds.update(cid.roundId, async (cur) => ({ state: cur, value: cur }));
  if (!s) return replyGate(i, t.roundEnded);
  const item = s.items[cid.item];
  const refusal = gateClick(s, i, cid) ?? (item?.closed ? t.questionClosed : null);
  if (refusal) return replyGate(i, refusal);
  if (!item || !s.typed || !typedTarget(item)) return replyGate(i, t.badButton);
  const mine = findAnswer(item.answers, i.user.id);
  if (mine) return replyGate(i, t.typedAlready(shownTyped(mine.typed?.text ?? "")));
  await i.showModal(renderAnswerModal(s, cid.item, t));
}

// Discord caps a text input at 4000 characters; anything else is not from the modal the bot sent.
const typedText = z.string().max(4000);

/**
 * The modal's submit: matched and recorded under the round's lock like a click, then stored
 * (the award for a question, the review schedule for a card) before the player hears back.
 */
export async function submitTypedAnswer(
  ctx: BotContext,
  i: ModalSubmitInteraction,
  cid: CustomId,
): Promise<void> {
  const t = memberStrings(i);
  const field = i.fields.fields.get(TYPED_INPUT_ID);
  const parsed = typedText.safeParse(field && "value" in field ? field.value : undefined);
  if (!parsed.success) return replyGate(i, t.badButton);
  const taken = await takeAnswer(ctx, i, cid, (s, now) =>
    submitTyped(s, { userId: i.user.id, itemIndex: cid.item, text: parsed.data, now }),
  );
  if (!taken) return;
  const { outcome, before, state, now } = taken;
  if (outcome.type === "duplicate") return replyGate(i, t.typedAlready(shownTyped(outcome.typed)));

  const item = state.items[cid.item]!;
  let points = "";
  if (item.kind === "card") {
    try {
      await scheduleCard(ctx, state, i.user.id, item.card.id, outcome.correct ? "good" : "again", now);
    } catch (err) {
      await takeBack(ctx, cid, i.user.id, before, state).catch(() => {});
      throw err;
    }
  } else {
    const { award, streak } = await storeAward(ctx, i.user.id, cid, {
      before,
      state,
      now,
      correct: outcome.correct,
      points: outcome.points,
    });
    if (award.duplicate) return replyGate(i, t.answerAlreadyCounted);
    points = t.typedPoints(outcome.points, streak);
  }
  const m = outcome.match;
  const missed = !m.correct;
  const feedback = m.correct
    ? m.kind === "typo"
      ? t.typedTypo(m.typos, shownTyped(m.typed), m.expected, points)
      : t.typedCorrect(points || ".")
    : state.solo
      ? t.typedWrongSolo(typedTarget(item)?.answer ?? "")
      : m.kind === "rejected"
        ? t.typedRejected
        : t.typedWrong;

  if (state.solo && i.isFromMessage()) {
    // Private rounds close at once: the round's message turns into the reveal with a Next button.
    const last = state.index + 1 >= state.items.length;
    await i.update({
      content: feedback,
      ...renderClosed(state, cid.item, outcome.result ?? null, {
        next: nextButton(state, last),
        override: missed,
      }),
    });
    await ctx.store.rounds.setMessage(state.id, {
      channelId: state.channelId,
      messageId: null,
      interactionToken: i.token,
      applicationId: i.applicationId,
    });
    return;
  }
  await i.reply({
    content: feedback,
    components: missed ? [row(overrideButton(state, cid.item, t))] : [],
    flags: MessageFlags.Ephemeral,
  });
}
