import type { Logger } from "../log.js";

/** What a DueLoop runs: jobs with a persisted next run each, e.g. one per server's daily quiz. */
export interface DueJobs {
  /** For log lines ("daily", "reminder"). */
  name: string;
  /** Each job's next run (null while off), read from the store's index: never a scan. */
  nextRuns(): Promise<[key: string, at: number | null][]>;
  /** Runs one due job; a throw is logged and the job retried after the longest sleep. */
  run(key: string, now: number): Promise<void>;
}

/**
 * One timer for a family of scheduled jobs (the daily quizzes, the review reminders). It sleeps
 * until the earliest persisted next run, capped at `maxSleepMs` so changes made behind its back are
 * seen, runs whatever is due one job at a time, and sleeps again. Nothing per job lives in memory,
 * so nothing drifts or leaks; a restart picks up from the store.
 */
export class DueLoop {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly jobs: DueJobs,
    private readonly clock: { now(): number; log: Logger },
    readonly maxSleepMs: number,
  ) {}

  /** Runs what is due now (runs missed while down included) and keeps going. */
  start(): Promise<void> {
    return this.tick();
  }

  /** Something changed here: look again now instead of at the next wake-up. */
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

  get isStopped(): boolean {
    return this.stopped;
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
    const { log } = this.clock;
    let delay = this.maxSleepMs;
    let nextRun: number | null = null;
    try {
      const now = this.clock.now();
      const due = (await this.jobs.nextRuns()).filter(([, at]) => at !== null && at <= now);
      for (const [key] of due) {
        if (this.stopped) return;
        try {
          await this.jobs.run(key, now);
        } catch (err) {
          // Left due: retried after the longest sleep, not in a tight loop.
          log.error({ err, job: key }, `${this.jobs.name} run failed`);
        }
      }
      const later = (await this.jobs.nextRuns())
        .map(([, at]) => at)
        .filter((at): at is number => at !== null && at > this.clock.now());
      if (later.length) {
        nextRun = Math.min(...later);
        delay = Math.min(delay, Math.max(0, nextRun - this.clock.now()));
      }
    } catch (err) {
      log.error({ err }, `${this.jobs.name} scheduler tick failed`);
    }
    // Tests read when it will wake next (e.g. after a time zone change moved a daily).
    log.debug({ sleepMs: delay, nextRun }, `${this.jobs.name} scheduler sleeping`);
    this.wakeIn(delay);
  }
}
