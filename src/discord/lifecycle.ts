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

/** Docker sends SIGKILL 10 s after SIGTERM: the whole shutdown must be done well before. */
export const SHUTDOWN_MS = 8000;
/** Of SHUTDOWN_MS, what closing the gateway and flushing the store may take after the rounds. */
const CLOSE_RESERVE_MS = 2000;

/**
 * SIGINT/SIGTERM: end every running round with a notice, then close the store and the gateway, in
 * `budgetMs` at most. Rounds end in parallel; one whose edit is stuck (a 429 asking for a long wait,
 * Discord down) is left to be recovered as interrupted at the next start rather than hold up the exit.
 */
export async function shutdown(ctx: BotContext, budgetMs = SHUTDOWN_MS - 500): Promise<void> {
  const deadline = Date.now() + budgetMs;
  ctx.daily?.stop();
  ctx.reminders?.stop();
  ctx.startup?.stop();
  ctx.idleSweep?.stop();
  ctx.rounds.disarmAll();
  const ending = Promise.all(
    ctx.rounds
      .running()
      // A daily question stays open across the restart: its timer is re-armed on start-up.
      .filter((round) => !round.daily)
      .map((round) =>
        endRoundEarly(ctx, round.id, "restart", null).catch((err: unknown) =>
          ctx.log.warn({ err, roundId: round.id }, "could not end a round on shutdown"),
        ),
      ),
  );
  if (!(await before(ending, deadline - CLOSE_RESERVE_MS)))
    ctx.log.warn(
      { budgetMs },
      "shutdown: stopped waiting for rounds to end (they are recovered at the next start)",
    );
  await before(ctx.client.destroy(), deadline - CLOSE_RESERVE_MS / 2);
  await before(ctx.images.close(), deadline - CLOSE_RESERVE_MS / 2);
  // After the gateway is closed and before the store: the next process may take the shards at once.
  await before(ctx.leases?.release() ?? Promise.resolve(), deadline - CLOSE_RESERVE_MS / 4);
  if (!(await before(ctx.store.close(), deadline)))
    ctx.log.warn({ budgetMs }, "shutdown: the store did not close in time");
}

/** Whether `p` settled before the time `deadline` (ms since epoch); never rejects. */
async function before(p: Promise<unknown>, deadline: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>(
    (resolve) => (timer = setTimeout(() => resolve(false), Math.max(0, deadline - Date.now()))),
  );
  const settled = p.then(
    () => true as const,
    () => true as const,
  );
  try {
    return await Promise.race([settled, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Private rounds (solo, /test) have no timer: one abandoned would stay in memory (and hold its
 * player's slot) for ever. One timer for all of them ends those idle for `config.privateIdleMs`.
 */
export function startIdleSweep(ctx: BotContext): { stop(): void } {
  const idleMs = ctx.config.privateIdleMs ?? 3_600_000;
  let sweeping = false;
  const timer = setInterval(
    () => {
      if (sweeping) return;
      sweeping = true;
      void sweepIdle(ctx, idleMs).finally(() => (sweeping = false));
    },
    Math.min(Math.max(idleMs / 4, 250), 5 * 60_000),
  );
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

async function sweepIdle(ctx: BotContext, idleMs: number): Promise<void> {
  for (const roundId of ctx.rounds.idlePrivateRounds(idleMs)) {
    try {
      await endRoundEarly(ctx, roundId, "idle", null);
      ctx.log.info({ roundId, idleMs }, "ended an idle private round");
    } catch (err) {
      ctx.log.warn({ err, roundId }, "could not end an idle private round");
    }
  }
}
