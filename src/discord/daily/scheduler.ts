import type { BotContext } from "../context.js";
import { armDaily, runDaily } from "./post.js";

/** The longest sleep by default: a config written meanwhile (another process, a restore) is seen this soon. */
const DEFAULT_MAX_SLEEP_MS = 60_000;

/**
 * One timer for every server's daily quiz. It sleeps until the earliest persisted next run (read
 * from the store's index, never a scan), capped so changes made behind its back are seen, runs
 * whatever is due, and sleeps again. Nothing per server lives in memory, so nothing drifts or leaks;
 * a restart picks up from the store (missed posts, open questions).
 */
export class DailyScheduler {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private again = false;
  private stopped = false;
  private readonly maxSleepMs: number;

  constructor(private readonly ctx: BotContext) {
    this.maxSleepMs = ctx.config.dailyTickMs ?? DEFAULT_MAX_SLEEP_MS;
  }

  /** Re-arms the open daily questions, then runs what is due (posts missed while down) and keeps going. */
  async start(): Promise<void> {
    await this.rearm().catch((err: unknown) => this.ctx.log.error({ err }, "could not re-arm daily questions"));
    await this.tick();
    this.ctx.log.info({ maxSleepMs: this.maxSleepMs }, "daily scheduler started");
  }

  /** A config changed here: look again now instead of at the next wake-up. */
  poke(): void {
    if (this.stopped) return;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.wakeIn(0);
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Next runs of this process's servers (under sharding, the others belong to other processes). */
  private nextRuns(): Promise<Record<string, number | null>> {
    return this.ctx.store.dailies.schedule(this.ctx.client.guilds.cache.keys());
  }

  private wakeIn(delayMs: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, delayMs);
    this.timer.unref?.();
  }

  private tick(): Promise<void> {
    this.ticking ??= this.runDue().finally(() => {
      this.ticking = undefined;
      if (this.again) {
        this.again = false;
        this.wakeIn(0);
      }
    });
    return this.ticking;
  }

  private async runDue(): Promise<void> {
    let delay = this.maxSleepMs;
    let nextRun: number | null = null;
    try {
      const now = this.ctx.now();
      const due = Object.entries(await this.nextRuns()).filter(([, at]) => at !== null && at <= now);
      // One server at a time: posts are few, and Discord's rate limits are per channel anyway.
      for (const [guildId] of due) {
        if (this.stopped) return;
        try {
          const r = await runDaily(this.ctx, guildId, now);
          this.ctx.log.debug({ guild: guildId, outcome: r.outcome }, "daily run");
        } catch (err) {
          // Left due: retried after the longest sleep, not in a tight loop.
          this.ctx.log.error({ err, guild: guildId }, "daily run failed");
        }
      }
      const later = Object.values(await this.nextRuns()).filter((at): at is number => at !== null && at > this.ctx.now());
      if (later.length) {
        nextRun = Math.min(...later);
        delay = Math.min(delay, Math.max(0, nextRun - this.ctx.now()));
      }
    } catch (err) {
      this.ctx.log.error({ err }, "daily scheduler tick failed");
    }
    this.ctx.log.debug({ sleepMs: delay, nextRun }, "daily scheduler sleeping");
    this.wakeIn(delay);
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
      if (gone.size) await this.ctx.store.dailies.update(guildId, (c) => c && { ...c, open: c.open.filter((r) => !gone.has(r.roundId)) });
    }
  }
}
