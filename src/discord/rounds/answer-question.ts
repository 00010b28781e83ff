import { MessageFlags, type ButtonInteraction } from "discord.js";
import { submitAnswer, type AnswerOutcome, type RoundState } from "../../engine/index.js";
import { awardAnswer } from "../../store/award-answer.js";
import { t } from "../../strings.js";
import type { BotContext } from "../context.js";
import type { CustomId } from "../custom-id.js";
import { renderClosed } from "../render/item.js";
import { nextButton } from "./next-item.js";
import { gateClick, replyGate } from "./gate.js";

type Answered = { outcome: AnswerOutcome; state: RoundState; streak: number | null };

/** A click on a choice: checks it, stores the award, and answers the player privately at once. */
export async function answerQuestion(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const res = await ctx.rounds.update<Answered | string>(cid.roundId, async (s) => {
    const refusal = gateClick(s, i, cid);
    if (refusal) return { state: s, value: refusal };
    const now = ctx.now();
    const { state, outcome } = submitAnswer(s, { userId: i.user.id, itemIndex: cid.item, choice: cid.arg, now });
    if (outcome.type !== "accepted") return { state: s, value: { outcome, state: s, streak: null } };
    const settings = await ctx.store.settings.get(s.guildId);
    // Stored before the round state: if this fails the click is not counted and can be retried.
    const award = await awardAnswer(ctx.store, {
      awardId: `${s.id}:${cid.item}:${i.user.id}`,
      guildId: s.guildId,
      userId: i.user.id,
      deckId: s.deckId,
      correct: outcome.correct,
      points: outcome.points,
      now,
      timeZone: settings.timezone,
    });
    ctx.rounds.noteStreak(s.id, i.user.id, award.answerStreak.before.current, award.answerStreak.after.current);
    return { state, value: { outcome, state, streak: award.answerStreak.after.current } };
  });
  if (res === undefined || typeof res === "string") return replyGate(i, res ?? t.roundEnded);

  const { outcome, state, streak } = res;
  if (outcome.type === "duplicate") return replyGate(i, t.duplicateAnswer(outcome.choiceLetter));
  if (outcome.type === "closed" || outcome.type === "invalid") return replyGate(i, t.questionClosed);
  if (outcome.type === "ended") return replyGate(i, t.roundEnded);

  const feedback = outcome.correct
    ? t.correct(outcome.points, streak ?? 0)
    : state.solo
      ? t.wrongSolo(outcome.choiceLetter, outcome.correctLetter)
      : t.wrong(outcome.choiceLetter);
  if (state.solo && outcome.result) {
    // Private rounds close at once: the same message turns into the reveal with a Next button.
    const last = state.index + 1 >= state.items.length;
    await i.update({ content: feedback, ...renderClosed(state, cid.item, outcome.result, { next: nextButton(state, last) }) });
    await ctx.store.rounds.setMessage(state.id, { channelId: state.channelId, messageId: null, interactionToken: i.token, applicationId: i.applicationId });
    return;
  }
  await i.reply({ content: feedback, flags: MessageFlags.Ephemeral });
}
