import { MessageFlags, type ButtonInteraction } from "discord.js";
import { closeItem, gradeRecall, nextItem, revealCard, summarize, type RoundState } from "../../engine/index.js";
import { t } from "../../strings.js";
import type { BotContext } from "../context.js";
import type { CustomId } from "../custom-id.js";
import { relativeTime } from "../render/common.js";
import { renderItem } from "../render/item.js";
import { GRADES, gradeLabel, renderCardBack } from "../render/recall.js";
import { renderSummary } from "../render/summary.js";
import { releaseRound } from "./advance-round.js";
import { gateClick, replyGate } from "./gate.js";
import { gradeOnce } from "./grade-once.js";

/** "Reveal answer": the back of the card, privately, with the four self-grades. */
export async function showCardBack(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const res = await ctx.rounds.update<RoundState | string>(cid.roundId, async (s) => {
    const refusal = gateClick(s, i, cid);
    if (refusal) return { state: s, value: refusal };
    const r = revealCard(s, { userId: i.user.id, itemIndex: cid.item, now: ctx.now() });
    if (r.outcome.type !== "revealed") return { state: s, value: t.questionClosed };
    return { state: r.state, value: r.state };
  });
  if (res === undefined || typeof res === "string") return replyGate(i, res ?? t.roundEnded);
  if (res.solo) await i.update(renderCardBack(res, cid.item));
  else await i.reply({ ...renderCardBack(res, cid.item), flags: MessageFlags.Ephemeral });
}

/** A self-grade: schedules the card for this player with FSRS; private rounds then show the next card. */
export async function gradeCardClick(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const grade = GRADES[cid.arg];
  const s = await ctx.rounds.get(cid.roundId);
  if (!grade || !s || s.guildId !== i.guildId) return replyGate(i, grade ? t.roundEnded : t.badButton);
  const item = s.items[cid.item];
  if (!item || item.kind !== "card") return replyGate(i, t.badButton);

  // A private round's old card (it moved on, or ended) can't be graded again.
  const refusal = s.solo ? gateClick(s, i, cid) : null;
  if (refusal) return replyGate(i, refusal);

  // The schedule is the player's own: grading still counts after the public card has closed.
  const now = ctx.now();
  const cardKey = `${s.deckId}:${item.card.id}`;
  const schedule = await gradeOnce(ctx, { guildId: s.guildId, userId: i.user.id, roundId: s.id, item: cid.item, cardKey, grade });
  const saved = t.gradeSaved(gradeLabel(grade), relativeTime(schedule.due));

  if (!s.solo) {
    await ctx.rounds.update(s.id, async (cur) => ({
      state: gradeRecall(cur, { userId: i.user.id, itemIndex: cid.item, grade, now }).state,
      value: undefined,
    }));
    await i.update({ content: saved, components: [] });
    return;
  }
  const next = await ctx.rounds.update<RoundState | string>(s.id, async (cur) => {
    const refusal = gateClick(cur, i, cid);
    if (refusal) return { state: cur, value: refusal };
    const graded = gradeRecall(cur, { userId: i.user.id, itemIndex: cid.item, grade, now }).state;
    const moved = nextItem(closeItem(graded, { now, reason: "solo" }).state, { now });
    return { state: moved.state, value: moved.state };
  });
  if (next === undefined || typeof next === "string") return replyGate(i, next ?? t.roundEnded);
  if (next.status === "running") {
    await i.update({ content: saved, ...renderItem(next) });
    await ctx.store.rounds.setMessage(next.id, { channelId: next.channelId, messageId: null, interactionToken: i.token, applicationId: i.applicationId });
  } else {
    await i.update({ content: saved, ...renderSummary(next, summarize(next), new Map()) });
    await releaseRound(ctx, next);
  }
}
