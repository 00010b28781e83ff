import { MessageFlags, type ButtonInteraction } from "discord.js";
import {
  closeItem,
  gradeCard,
  gradeRecall,
  nextItem,
  revealCard,
  summarize,
  type RecallGrade,
  type RoundState,
} from "../../engine/index.js";
import { memberStrings } from "../locale.js";
import type { BotContext } from "../context.js";
import type { CustomId } from "../custom-id.js";
import { relativeTime, row } from "../render/common.js";
import { overrideButton } from "../render/typed.js";
import { renderItem } from "../render/item.js";
import { GRADES, gradeLabel, renderCardBack } from "../render/recall.js";
import { renderSummary } from "../render/summary.js";
import { releaseRound } from "./advance-round.js";
import { gateClick, replyGate } from "./gate.js";
import { gradeOnce } from "./grade-once.js";

/** Schedules a card for a player with FSRS (a self-grade, a typed answer or "I was right"). */
export async function scheduleCard(
  ctx: BotContext,
  s: RoundState,
  userId: string,
  cardId: string,
  grade: RecallGrade,
  now: number,
) {
  // Review rounds mix decks: each item knows its own.
  const item = s.items.find((it) => it.kind === "card" && it.card.id === cardId);
  const key = `${item?.deckId ?? s.deckId}:${cardId}`;
  const schedule = gradeCard(await ctx.store.schedules.get(s.guildId, userId, key), grade, now);
  await ctx.store.schedules.set(s.guildId, userId, key, schedule);
  return schedule;
}

/** "Reveal answer": the back of the card, privately, with the four self-grades. */
export async function showCardBack(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = memberStrings(i);
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
  const t = memberStrings(i);
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
  // One grade per player, round and card (a repeated click changes nothing); review rounds mix decks.
  const cardKey = `${item.deckId ?? s.deckId}:${item.card.id}`;
  const schedule = await gradeOnce(ctx, {
    guildId: s.guildId,
    userId: i.user.id,
    roundId: s.id,
    item: cid.item,
    cardKey,
    grade,
  });
  const saved = t.gradeSaved(gradeLabel(grade, t), relativeTime(schedule.due));
  // "I was right" stays on offer after an Again (see override-answer.ts).
  const override = grade === "again" ? [row(overrideButton(s, cid.item, t))] : [];

  if (!s.solo) {
    await ctx.rounds.update(s.id, async (cur) => ({
      state: gradeRecall(cur, { userId: i.user.id, itemIndex: cid.item, grade, now }).state,
      value: undefined,
    }));
    await i.update({ content: saved, components: override });
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
    const body = renderItem(next);
    await i.update({ content: saved, ...body, components: [...body.components, ...override] });
    await ctx.store.rounds.setMessage(next.id, {
      channelId: next.channelId,
      messageId: null,
      interactionToken: i.token,
      applicationId: i.applicationId,
    });
  } else {
    await i.update({
      content: saved,
      ...renderSummary(next, summarize(next), new Map()),
      components: override,
    });
    await releaseRound(ctx, next);
  }
}
