import type { BotContext } from "../context.js";

/**
 * A claim whose round can't be loaded (a crash between claiming and saving it, or its record
 * expired) or has ended (a crash before the release) holds its channel for nobody: frees it.
 * Returns whether it was stale. Only called for servers this process owns.
 */
export async function releaseIfStale(
  ctx: BotContext,
  guildId: string,
  claimKey: string,
  roundId: string,
): Promise<boolean> {
  const state = await ctx.rounds.get(roundId);
  if (state?.status === "running") return false;
  ctx.log.warn(
    { guild: guildId, claim: claimKey, roundId, round: state ? "ended" : "missing" },
    "released a stale round claim",
  );
  ctx.rounds.forget(roundId);
  await ctx.store.rounds.releaseChannel(guildId, claimKey, roundId);
  return true;
}
