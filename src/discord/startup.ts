import { setTimeout as sleep } from "node:timers/promises";
import type { Logger } from "../log.js";

export type StepState = "pending" | "retrying" | "done";

/** Backoff between attempts of a start-up step: 1 s, doubling, at most 2 minutes. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 120_000;

/**
 * The start-up steps after the gateway is ready (registering commands, recovering rounds): each is
 * retried with backoff until it succeeds, independently of the others and of the daily scheduler,
 * and its state is reported in /healthz (which is unhealthy until all are done).
 */
export class StartupSteps {
  private readonly states = new Map<string, { state: StepState; attempts: number }>();
  private stopped = false;

  constructor(
    private readonly log: Logger,
    private readonly firstRetryMs = FIRST_RETRY_MS,
  ) {}

  /** Runs `fn` until it succeeds (resolving with its result) or stop() is called (never resolving). */
  async run<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const status = { state: "pending" as StepState, attempts: 0 };
    this.states.set(name, status);
    let wait = this.firstRetryMs;
    for (;;) {
      status.attempts++;
      try {
        const value = await fn();
        status.state = "done";
        return value;
      } catch (err) {
        status.state = "retrying";
        this.log.error(
          { err, step: name, attempt: status.attempts, retryInMs: wait },
          "start-up step failed; retrying",
        );
      }
      await sleep(wait, undefined, { ref: false });
      if (this.stopped) return new Promise<never>(() => {});
      wait = Math.min(wait * 2, MAX_RETRY_MS);
    }
  }

  stop(): void {
    this.stopped = true;
  }

  /** Each step's state, for /healthz; `ok` once every step has succeeded. */
  report(): { ok: boolean; steps: Record<string, StepState> } {
    const steps = Object.fromEntries([...this.states].map(([name, s]) => [name, s.state]));
    return { ok: [...this.states.values()].every((s) => s.state === "done"), steps };
  }
}
