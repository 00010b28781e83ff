import type { OpenedKeyv } from "./adapter.js";
import type { Logger } from "./errors.js";

/** Rows deleted per statement: keeps each one short, so writes of the bot aren't held behind it. */
const BATCH = 5000;
/** How often the sweep runs by default. */
export const EXPIRY_SWEEP_MS = 3_600_000;

/** Stored interaction tokens are swept this often (see TOKEN_TTL_MS): cheap, a range of the key index. */
export const TOKEN_SWEEP_MS = 60_000;

/** Deletes every expired row of the namespace (under a key prefix if given), a batch at a time. */
export async function sweepExpired(
  deleteExpired: OpenedKeyv["deleteExpired"],
  now: number,
  under?: string,
): Promise<number> {
  if (!deleteExpired) return 0; // Redis and memory:// expire keys themselves
  let total = 0;
  for (;;) {
    const n = await deleteExpired(now, BATCH, under);
    total += n;
    if (n < BATCH) return total;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/**
 * Runs `sweep` every `everyMs` (and once at once), reporting each count; failures are logged and
 * the next run tries again. One process per store is enough, but two are harmless (a row is
 * deleted once). Returns a stop function.
 */
export function startExpirySweep(
  sweep: () => Promise<number>,
  opts: { everyMs?: number; log: Logger; onSwept(count: number): void },
): () => void {
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    sweep()
      .then((count) => opts.onSwept(count))
      .catch((err: unknown) => opts.log.warn({ err }, "store: sweeping expired rows failed"))
      .finally(() => (running = false));
  };
  const timer = setInterval(run, opts.everyMs ?? EXPIRY_SWEEP_MS);
  timer.unref();
  run();
  return () => clearInterval(timer);
}
