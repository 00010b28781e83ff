import { randomBytes } from "node:crypto";
import { DiscordAPIError } from "discord.js";
import type { Deck } from "../../decks/schema.js";
import {
  closesAt,
  dailyQuestion,
  nextRunAt,
  parseTime,
  planDaily,
  planPost,
  type DailyPlan,
  type LocalTime,
} from "../../engine/daily.js";
import { createRound, localDay, seededRng, type RoundState } from "../../engine/index.js";
import type { DailyConfig, DailyDisabledReason } from "../../store/index.js";
import type { BotContext } from "../context.js";
import { renderDailyQuestion } from "../render/daily.js";
import { advanceRound } from "../rounds/advance-round.js";
import { newRoundId } from "../rounds/start-round.js";

export type DailyOutcome =
  | { outcome: "posted"; day: string; channelId: string }
  | { outcome: "already-posted" | "waiting" | "skipped" | "off" }
  | { outcome: "disabled"; reason: DailyDisabledReason };

/** The deck by id, built-in first, or undefined once it is gone. */
async function findDeck(ctx: BotContext, guildId: string, deckId: string): Promise<Deck | undefined> {
  return ctx.decks.get(deckId) ?? (await ctx.store.decks.get(guildId, deckId))?.deck;
}

/** Discord's answer for a channel that is gone or closed to the bot; other errors may pass. */
export function disableReasonOf(err: unknown): DailyDisabledReason | null {
  if (!(err instanceof DiscordAPIError)) return null;
  if (err.code === 10003) return "channel-missing";
  if (err.code === 50001 || err.code === 50013 || err.status === 403) return "no-permission";
  return null;
}

export async function disableDaily(
  ctx: BotContext,
  guildId: string,
  reason: DailyDisabledReason,
  err?: unknown,
) {
  const c = await ctx.store.dailies.update(
    guildId,
    (c) => c && { ...c, enabled: false, disabledReason: reason, nextRunAt: null, updatedAt: ctx.now() },
  );
  ctx.log.warn(
    { guild: guildId, channel: c?.channelId, deck: c?.deckId, reason, ...(err ? { err } : {}) },
    "daily disabled",
  );
}

const setNextRun = (ctx: BotContext, guildId: string, at: number | null) =>
  ctx.store.dailies.update(guildId, (c) => c && (c.nextRunAt === at ? c : { ...c, nextRunAt: at }));

/**
 * Runs a server's daily at `now`: posts it if due and not yet posted today (the scheduler), or
 * posts today's at once (`manual`, /daily now). A server's failure is its own: a gone channel or
 * deck turns its daily off; anything else throws for the caller to log.
 */
export async function runDaily(
  ctx: BotContext,
  guildId: string,
  now: number,
  manual = false,
): Promise<DailyOutcome> {
  const cfg = await ctx.store.dailies.get(guildId);
  const time = cfg && parseTime(cfg.time);
  if (!cfg || !cfg.enabled || !time) {
    if (cfg?.nextRunAt != null && !manual) await setNextRun(ctx, guildId, null);
    return { outcome: "off" };
  }
  const { timezone: tz } = await ctx.store.settings.get(guildId);
  const deck = await findDeck(ctx, guildId, cfg.deckId);
  const used = cfg.rotation[cfg.deckId] ?? [];
  let plan: DailyPlan;
  if (manual) {
    const day = localDay(now, tz);
    // The scheduled run stays as it is: today's claim makes it skip today.
    const due = { day, nextRunAt: cfg.nextRunAt ?? nextRunAt(time, tz, now) };
    plan = deck
      ? planPost(deck, cfg.questions, used, `${guildId}:${day}`, due)
      : { action: "disable", reason: "deck-removed" };
  } else {
    plan = planDaily({
      time,
      tz,
      nextRunAt: cfg.nextRunAt ?? now,
      questions: cfg.questions,
      used,
      guildId,
      deck,
      now,
    });
  }

  switch (plan.action) {
    case "wait":
      await setNextRun(ctx, guildId, plan.nextRunAt);
      return { outcome: "waiting" };
    case "skip":
      ctx.log.info(
        { guild: guildId, day: plan.day, nextRunAt: plan.nextRunAt },
        "daily run skipped to the next one",
      );
      await setNextRun(ctx, guildId, plan.nextRunAt);
      return { outcome: "skipped" };
    case "disable":
      await disableDaily(ctx, guildId, plan.reason);
      return { outcome: "disabled", reason: plan.reason };
  }
  if (!("questionIds" in plan) || !deck) return { outcome: "waiting" }; // unreachable: planDaily checked both

  // Claimed before posting: a crash mid-post loses the day rather than posting it twice.
  if (!(await ctx.store.dailies.claimDay(guildId, plan.day, now))) {
    if (!manual) await setNextRun(ctx, guildId, plan.nextRunAt);
    return { outcome: "already-posted" };
  }
  await closeOpenRounds(ctx, guildId, cfg);
  try {
    for (const [k, questionId] of plan.questionIds.entries()) {
      await postQuestion(ctx, guildId, cfg, deck, questionId, {
        day: plan.day,
        n: k + 1,
        of: plan.questionIds.length,
        time,
        tz,
        now,
      });
    }
  } catch (err) {
    const reason = disableReasonOf(err);
    if (!reason) throw err;
    await disableDaily(ctx, guildId, reason, err);
    return { outcome: "disabled", reason };
  }
  const nextRun = manual ? cfg.nextRunAt : plan.nextRunAt;
  await ctx.store.dailies.update(
    guildId,
    (c) => c && { ...c, nextRunAt: nextRun, rotation: { ...c.rotation, [cfg.deckId]: plan.used } },
  );
  ctx.log.info(
    { guild: guildId, channel: cfg.channelId, day: plan.day, questions: plan.questionIds.length, manual },
    "daily posted",
  );
  return { outcome: "posted", day: plan.day, channelId: cfg.channelId };
}

interface PostAt {
  day: string;
  n: number;
  of: number;
  time: LocalTime;
  tz: string;
  now: number;
}

/**
 * One daily question is a public round of one question that holds no channel (so regular rounds
 * can run beside it) and stays open until the next day's post. It is listed in the daily's `open`
 * before it is posted, so a restart always finds it to re-arm.
 */
async function postQuestion(
  ctx: BotContext,
  guildId: string,
  cfg: DailyConfig,
  deck: Deck,
  questionId: string,
  at: PostAt,
): Promise<void> {
  const seed = randomBytes(4).readUInt32BE(0);
  const question = dailyQuestion(deck, questionId, seededRng(seed));
  if (!question) return;
  const closing = closesAt(at.time, at.tz, at.day, at.now, ctx.config.dailyOpenMs);
  const state: RoundState = {
    ...createRound({
      id: newRoundId(),
      guildId,
      channelId: cfg.channelId,
      hostId: ctx.client.user?.id ?? "0",
      deck: { ...deck, questions: [question] },
      mode: "practice",
      count: 1,
      difficulty: "mixed",
      timerMs: Math.max(1000, closing - at.now),
      solo: false,
      seed,
      now: at.now,
    }),
    daily: { day: at.day },
    // No member asked: the server's chosen language, else English (Discord's server locale is only sent with interactions).
    locale: (await ctx.store.settings.get(guildId)).language ?? "en",
  };
  await ctx.rounds.create(state);
  const entry = { roundId: state.id, day: at.day, closesAt: state.items[0]?.closesAt ?? closing };
  await ctx.store.dailies.update(guildId, (c) => c && { ...c, open: [...c.open, entry] });
  let messageId: string;
  try {
    messageId = await ctx.messenger.post(cfg.channelId, renderDailyQuestion(state, at.n, at.of));
  } catch (err) {
    ctx.rounds.forget(state.id);
    await ctx.store.dailies.update(
      guildId,
      (c) => c && { ...c, open: c.open.filter((r) => r.roundId !== state.id) },
    );
    throw err;
  }
  await ctx.store.rounds.setMessage(state.id, { channelId: cfg.channelId, messageId });
  armDaily(ctx, state);
}

export function armDaily(ctx: BotContext, state: RoundState): void {
  ctx.rounds.arm(state, ctx.now(), (roundId, index) => advanceRound(ctx, roundId, index, "timer"));
}

/** Yesterday's questions close (and reveal) before today's appear, whatever their timers say. */
async function closeOpenRounds(ctx: BotContext, guildId: string, cfg: DailyConfig): Promise<void> {
  for (const r of cfg.open) {
    try {
      const state = await ctx.rounds.get(r.roundId);
      if (state?.status === "running") await advanceRound(ctx, r.roundId, state.index, "timer");
    } catch (err) {
      ctx.log.warn({ err, guild: guildId, roundId: r.roundId }, "could not close a daily question");
    }
  }
  const done = new Set(cfg.open.map((r) => r.roundId));
  await ctx.store.dailies.update(
    guildId,
    (c) => c && { ...c, open: c.open.filter((r) => !done.has(r.roundId)) },
  );
}
