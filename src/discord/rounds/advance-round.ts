import {
  closeItem,
  endRound,
  nextItem,
  summarize,
  type QuestionResult,
  type RoundState,
} from "../../engine/index.js";
import type { BotContext } from "../context.js";
import { renderClosed, renderItem } from "../render/item.js";
import { renderSummary, type StreakChange } from "../render/summary.js";
import { displayNames, withPicture } from "../render/pictures.js";
import { claimKey } from "./claim-key.js";

/**
 * Closes item `index` of a public round (timer or host reveal), edits its message to reveal the
 * answer, then posts the next item or the summary. A stale call (the item already moved on) is a no-op.
 */
export async function advanceRound(
  ctx: BotContext,
  roundId: string,
  index: number,
  reason: QuestionResult["reason"],
): Promise<void> {
  await ctx.rounds.update(roundId, async (s) => {
    if (s.status !== "running" || s.index !== index) return { state: s, value: undefined };
    const now = ctx.now();
    const closed = closeItem(s, { now, reason });
    ctx.rounds.show(closed.state); // clicks meanwhile are refused at once, not queued behind Discord calls
    await editRoundMessage(ctx, closed.state, renderClosed(closed.state, index, closed.result));
    const next = nextItem(closed.state, { now });
    if (next.item) {
      const messageId = await ctx.messenger
        .post(s.channelId, renderItem(next.state))
        .catch((err: unknown) => {
          // Permission lost or channel deleted: nobody can see the round, so it must not keep the channel.
          ctx.log.warn(
            { err, roundId, guild: s.guildId, channel: s.channelId },
            "could not post the next question; round ended",
          );
          return null;
        });
      if (messageId === null) {
        const ended = endRound(next.state, { now: ctx.now(), reason: "interrupted" });
        await releaseRound(ctx, ended);
        return { state: ended, value: undefined };
      }
      await ctx.store.rounds.setMessage(roundId, { channelId: s.channelId, messageId });
      ctx.rounds.arm(next.state, ctx.now(), (id, i) => advanceRound(ctx, id, i, "timer"));
    } else {
      await finishRound(ctx, next.state);
    }
    return { state: next.state, value: undefined };
  });
}

/** Edits the round's current public message; a deleted message or channel must not stall the round. */
export async function editRoundMessage(
  ctx: BotContext,
  state: RoundState,
  body: Parameters<BotContext["messenger"]["edit"]>[2],
) {
  const where = await ctx.store.rounds.getMessage(state.id);
  try {
    if (where?.messageId) await ctx.messenger.edit(where.channelId, where.messageId, body);
    else if (where?.interactionToken && where.applicationId)
      await ctx.messenger.editInteraction(where.applicationId, where.interactionToken, body);
  } catch (err) {
    ctx.log.warn({ err, roundId: state.id }, "could not edit the round's message");
  }
}

/** Posts the summary of a finished public round and frees its channel. */
export async function finishRound(ctx: BotContext, state: RoundState): Promise<void> {
  const streaks = ctx.rounds.streaks.get(state.id) ?? new Map();
  // A daily question's reveal already names the day's correct players; no summary after it.
  if (!state.solo && !state.daily) {
    await postSummary(ctx, state, streaks).catch((err: unknown) =>
      ctx.log.warn({ err, roundId: state.id }, "could not post the round summary"),
    );
  }
  await releaseRound(ctx, state);
}

/** The summary, with a podium picture of the top three when the server has pictures on. */
async function postSummary(
  ctx: BotContext,
  state: RoundState,
  streaks: Map<string, StreakChange>,
): Promise<void> {
  const summary = summarize(state);
  const body = renderSummary(state, summary, streaks);
  const top = summary.scores.slice(0, 3);
  const { images } = await ctx.store.settings.get(state.guildId);
  if (!images || top.length === 0 || !body.embeds[0])
    return void (await ctx.messenger.post(state.channelId, body));
  const guild = ctx.client.guilds.cache.get(state.guildId) ?? null;
  const names = await displayNames(
    guild,
    top.map((s) => s.userId),
  );
  const places = top.map((s) => ({ ...s, name: names.get(s.userId) ?? s.userId }));
  const title = body.embeds[0].title ?? state.deckTitle;
  const picture = await withPicture(ctx, body.embeds[0], {
    kind: "podium",
    data: { title, places, ...(state.locale ? { locale: state.locale } : {}) },
  });
  await ctx.messenger.post(state.channelId, { ...body, ...picture });
}

export async function releaseRound(ctx: BotContext, state: RoundState): Promise<void> {
  ctx.rounds.streaks.delete(state.id);
  ctx.rounds.forget(state.id);
  await ctx.store.rounds.releaseChannel(state.guildId, claimKey(state), state.id);
}
