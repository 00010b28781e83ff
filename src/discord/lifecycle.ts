import type { BotContext } from "./context.js";
import { releaseRound } from "./rounds/advance-round.js";
import { endRoundEarly } from "./rounds/end-round.js";
import { releaseIfStale } from "./rounds/stale-claim.js";

/**
 * Rounds still marked running at start-up were cut off by a crash (a clean shutdown ends them):
 * their timers are gone, so they are ended as interrupted and their channels freed. Only this
 * process's servers: with shards, another process may be running the others' rounds right now.
 */
export async function recoverRounds(ctx: BotContext): Promise<number> {
  const claims = await ctx.store.rounds.listClaims(ctx.client.guilds.cache.keys());
  for (const { guildId, roundId: id, claimKey } of claims) {
    try {
      const state = await ctx.rounds.get(id);
      if (state?.daily) continue; // never claimed a channel, and the daily scheduler re-arms it
      if (state?.status === "running") await endRoundEarly(ctx, id, "interrupted", null);
      else if (state) await releaseRound(ctx, state);
      else await releaseIfStale(ctx, guildId, claimKey, id); // claimed, then never saved (or expired)
    } catch (err) {
      ctx.log.warn({ err, roundId: id }, "could not recover a round");
    }
  }
  return claims.length;
}

/** SIGINT/SIGTERM: end every running round with a notice, then close the store and the gateway. */
export async function shutdown(ctx: BotContext): Promise<void> {
  ctx.daily?.stop();
  ctx.rounds.disarmAll();
  for (const round of ctx.rounds.running()) {
    // A daily question stays open across the restart: its timer is re-armed on start-up.
    if (round.daily) continue;
    try {
      await endRoundEarly(ctx, round.id, "restart", null);
    } catch (err) {
      ctx.log.warn({ err, roundId: round.id }, "could not end a round on shutdown");
    }
  }
  await ctx.client.destroy();
  await ctx.store.close();
}
