import type { BotContext } from "./context.js";
import { releaseRound } from "./rounds/advance-round.js";
import { endRoundEarly } from "./rounds/end-round.js";

/**
 * Rounds still marked running at start-up were cut off by a crash (a clean shutdown ends them):
 * their timers are gone, so they are ended as interrupted and their channels freed.
 */
export async function recoverRounds(ctx: BotContext): Promise<number> {
  const ids = await ctx.store.rounds.listActive();
  for (const id of ids) {
    try {
      const state = await ctx.rounds.get(id);
      if (state?.status === "running") await endRoundEarly(ctx, id, "interrupted", null);
      else if (state) await releaseRound(ctx, state);
    } catch (err) {
      ctx.log.warn({ err, roundId: id }, "could not recover a round");
    }
  }
  return ids.length;
}

/** SIGINT/SIGTERM: end every running round with a notice, then close the store and the gateway. */
export async function shutdown(ctx: BotContext): Promise<void> {
  ctx.rounds.disarmAll();
  for (const round of ctx.rounds.running()) {
    try {
      await endRoundEarly(ctx, round.id, "restart", null);
    } catch (err) {
      ctx.log.warn({ err, roundId: round.id }, "could not end a round on shutdown");
    }
  }
  await ctx.client.destroy();
  await ctx.store.close();
}
