import { MessageFlags, type ButtonInteraction } from "discord.js";
import { findAnswer, removeAnswer, submitAnswer, type RoundState } from "../../engine/index.js";
import type { AwardResult } from "../../store/award-answer.js";
import { memberStrings } from "../locale.js";
import type { BotContext } from "../context.js";
import type { CustomId } from "../custom-id.js";
import { renderClosed } from "../render/item.js";
import { nextButton } from "./next-item.js";
import { replyGate, takeAnswer } from "./gate.js";
import { noteDailyStreak } from "../daily/streaks.js";
import { recordAnswer } from "./record-answer.js";

/**
 * A click on a choice: checks it, stores the award, and answers the player privately at once.
 * Only the in-memory check runs under the round's lock; the award is stored after it, so a crowd's
 * clicks share storage writes instead of queueing one write each. The player hears back only once
 * the award is durable; if storing fails, the answer is taken back so they can click again.
 */
export async function answerQuestion(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = memberStrings(i);
  const taken = await takeAnswer(ctx, i, cid, (s, now) =>
    submitAnswer(s, { userId: i.user.id, itemIndex: cid.item, choice: cid.arg, now }),
  );
  if (!taken) return;
  const { outcome, before, state, now } = taken;
  if (outcome.type === "duplicate") return replyGate(i, t.duplicateAnswer(outcome.choiceLetter));

  const { award, streak } = await storeAward(ctx, i.user.id, cid, {
    before,
    state,
    now,
    correct: outcome.correct,
    points: outcome.points,
  });
  const feedback = award.duplicate
    ? t.answerAlreadyCounted
    : outcome.correct
      ? t.correct(outcome.points, streak)
      : state.solo
        ? t.wrongSolo(outcome.choiceLetter, outcome.correctLetter)
        : t.wrong(outcome.choiceLetter);
  if (state.solo && outcome.result) {
    // Private rounds close at once: the same message turns into the reveal with a Next button.
    const last = state.index + 1 >= state.items.length;
    await i.update({
      content: feedback,
      ...renderClosed(state, cid.item, outcome.result, { next: nextButton(state, last) }),
    });
    await ctx.store.rounds.setMessage(state.id, {
      channelId: state.channelId,
      messageId: null,
      interactionToken: i.token,
      applicationId: i.applicationId,
    });
    return;
  }
  await i.reply({ content: feedback, flags: MessageFlags.Ephemeral });
}

/**
 * Stores the award of an answer the round has just taken (a click or a typed answer; "I was right"
 * goes to recordAnswer too, see override-answer.ts): stats, streaks and boards. If storing fails the
 * answer is taken back, so the player's retry counts, and the error goes on to the router.
 */
export async function storeAward(
  ctx: BotContext,
  userId: string,
  cid: CustomId,
  a: { before: RoundState; state: RoundState; now: number; correct: boolean; points: number },
): Promise<{ award: AwardResult; streak: number }> {
  const { state, now } = a;
  try {
    const settings = await ctx.store.settings.get(state.guildId);
    const award = await recordAnswer(ctx, state, {
      userId,
      itemIndex: cid.item,
      correct: a.correct,
      points: a.points,
      now,
      timeZone: settings.timezone,
    });
    ctx.rounds.noteStreak(
      state.id,
      userId,
      award.answerStreak.before.current,
      award.answerStreak.after.current,
    );
    void noteDailyStreak(ctx, state.guildId, userId, award, now, settings.timezone); // off the reply's path
    return { award, streak: award.answerStreak.after.current };
  } catch (err) {
    await takeBack(ctx, cid, userId, a.before, state).catch((e: unknown) =>
      ctx.log.warn({ err: e, roundId: state.id }, "could not take back an unsaved answer"),
    );
    throw err;
  }
}

/**
 * The award was not stored: the answer leaves the round so the player's retry counts. If nothing
 * happened to the round since (always so in a private round, which the answer may have closed) the
 * state before the click comes back; else only this player's answer goes, unless the question has
 * closed meanwhile (then its reveal already counted the answer).
 */
export async function takeBack(
  ctx: BotContext,
  cid: CustomId,
  userId: string,
  before: RoundState,
  after: RoundState,
): Promise<void> {
  // The write is not waited for: storage is failing right now, and the player must hear so before
  // Discord's deadline. The cache has the answer back at once.
  const undo = async (s: RoundState) => {
    if (s === after) return { state: before, value: undefined };
    const item = s.items[cid.item];
    if (!item || item.closed || !findAnswer(item.answers, userId)) return { state: s, value: undefined };
    const answers = removeAnswer(item.answers, userId);
    return {
      state: { ...s, items: s.items.map((it, k) => (k === cid.item ? { ...item, answers } : it)) },
      value: undefined,
    };
  };
  await ctx.rounds.update(cid.roundId, undo, { awaitWrite: false });
}
