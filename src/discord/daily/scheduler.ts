import type { BotContext } from "../context.js";
import { DueLoop } from "../due-loop.js";
import { armDaily, runDaily } from "./post.js";

/** The longest sleep by default: a config written meanwhile (another process, a restore) is seen this soon. */
const DEFAULT_MAX_SLEEP_MS = 60_000;

/**
 * One timer for every server's daily quiz (a DueLoop over the servers' persisted next runs). A
 * restart picks up from the store (missed posts, open questions).
 */
export class DailyScheduler {
  private readonly loop: DueLoop;

  constructor(private readonly ctx: BotContext) {
    this.loop = new DueLoop(
      {
        name: "daily",
        nextRuns: async () => Object.entries(await this.nextRuns()),
        run: async (guildId, now) => {
          const r = await runDaily(this.ctx, guildId, now);
          this.ctx.log.debug({ guild: guildId, outcome: r.outcome }, "daily run");
        },
      },
      ctx,
      ctx.config.dailyTickMs ?? DEFAULT_MAX_SLEEP_MS,
    );
  }

  /** Re-arms the open daily questions, then runs what is due (posts missed while down) and keeps going. */
  async start(): Promise<void> {
    await this.rearm().catch((err: unknown) =>
      this.ctx.log.error({ err }, "could not re-arm daily questions"),
    );
    await this.loop.start();
    this.ctx.log.info({ maxSleepMs: this.loop.maxSleepMs }, "daily scheduler started");
  }

  /** A config changed here: look again now instead of at the next wake-up. */
  poke(): void {
    this.loop.poke();
  }

  stop(): void {
    this.loop.stop();
  }

  /** Next runs of this process's servers (under sharding, the others belong to other processes). */
  private nextRuns(): Promise<Record<string, number | null>> {
    return this.ctx.store.dailies.schedule(this.ctx.client.guilds.cache.keys());
  }

  /** Open daily questions get their close timers back (or close at once if overdue). */
  private async rearm(): Promise<void> {
    for (const guildId of Object.keys(await this.nextRuns())) {
      const cfg = await this.ctx.store.dailies.get(guildId);
      const gone = new Set<string>();
      for (const r of cfg?.open ?? []) {
        const state = await this.ctx.rounds.get(r.roundId);
        if (state?.status === "running" && state.daily) armDaily(this.ctx, state);
        else gone.add(r.roundId);
      }
      if (gone.size)
        await this.ctx.store.dailies.update(
          guildId,
          (c) => c && { ...c, open: c.open.filter((r) => !gone.has(r.roundId)) },
        );
    }
  }
}
