import type { RoundState } from "../../engine/index.js";
import type { Logger } from "../../log.js";
import type { Store } from "../../store/index.js";
import { KeyedMutex } from "../../store/mutex.js";
import type { StreakChange } from "../render/summary.js";

/**
 * Running rounds of this process: a write-through cache over the store, one lock per round so
 * concurrent clicks apply in order, and one timer per round for its open item. The store is the
 * truth (a restart reloads from it); the cache only saves a read per click.
 */
export class RoundRuntime {
  private readonly cache = new Map<string, RoundState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lock = new KeyedMutex();
  /** Answer-streak change per round and player, for the round summary. */
  readonly streaks = new Map<string, Map<string, StreakChange>>();

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  async get(roundId: string): Promise<RoundState | undefined> {
    return this.cache.get(roundId) ?? (await this.store.rounds.get(roundId));
  }

  /** Runs `fn` on the round's latest state under its lock and persists the state it returns. */
  update<T>(roundId: string, fn: (s: RoundState) => Promise<{ state: RoundState; value: T }>): Promise<T | undefined> {
    return this.lock.run(roundId, async () => {
      const current = await this.get(roundId);
      if (!current) return undefined;
      const { state, value } = await fn(current);
      if (state !== current) await this.save(state);
      return value;
    });
  }

  async save(state: RoundState): Promise<void> {
    await this.store.rounds.save(state);
    if (state.status === "running") this.cache.set(state.id, state);
    else this.forget(state.id);
  }

  running(): RoundState[] {
    return [...this.cache.values()].filter((s) => s.status === "running");
  }

  noteStreak(roundId: string, userId: string, before: number, after: number): void {
    let perRound = this.streaks.get(roundId);
    if (!perRound) this.streaks.set(roundId, (perRound = new Map()));
    const prev = perRound.get(userId);
    perRound.set(userId, { before: prev ? prev.before : before, after });
  }

  /** Calls `onDue` when the open item's timer runs out; replaces any earlier timer of the round. */
  arm(state: RoundState, now: number, onDue: (roundId: string, index: number) => Promise<void>): void {
    this.disarm(state.id);
    const item = state.items[state.index];
    if (state.status !== "running" || !item || item.closed || item.closesAt === null) return;
    const index = state.index;
    const timer = setTimeout(
      () => {
        this.timers.delete(state.id);
        onDue(state.id, index).catch((err: unknown) =>
          this.log.error({ err, roundId: state.id, index }, "closing a question on its timer failed"),
        );
      },
      Math.max(0, item.closesAt - now),
    );
    this.timers.set(state.id, timer);
  }

  disarm(roundId: string): void {
    const t = this.timers.get(roundId);
    if (t) clearTimeout(t);
    this.timers.delete(roundId);
  }

  forget(roundId: string): void {
    this.disarm(roundId);
    this.cache.delete(roundId);
  }

  disarmAll(): void {
    for (const id of [...this.timers.keys()]) this.disarm(id);
  }
}
