import { setTimeout as sleep } from "node:timers/promises";
import type { RoundState } from "../../engine/index.js";
import type { Logger } from "../../log.js";
import type { Store } from "../../store/index.js";
import { KeyedMutex } from "../../store/mutex.js";
import type { StreakChange } from "../render/summary.js";

/** See saveSoon. */
const QUICK_SAVE_MS = 500;

/**
 * Running rounds of this process: a write-through cache over the store, one lock per round so
 * concurrent clicks apply in order, and one timer per round for its open item. The store is the
 * truth (a restart reloads from it); the cache only saves a read per click.
 */
export class RoundRuntime {
  private readonly cache = new Map<string, RoundState>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lock = new KeyedMutex();
  /** Rounds with a quick write under way, and the state to write after it (see saveSoon). */
  private readonly writes = new Map<string, { next: RoundState | undefined }>();
  /** Rounds this process created (not recovered from the store); see AwardInput.freshRound. */
  private readonly createdHere = new Set<string>();
  /** Private rounds (no timer of their own): when each last changed, for the idle sweep. */
  private readonly touched = new Map<string, number>();
  /** Answer-streak change per round and player, for the round summary. */
  readonly streaks = new Map<string, Map<string, StreakChange>>();

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  async get(roundId: string): Promise<RoundState | undefined> {
    return this.cache.get(roundId) ?? (await this.store.rounds.get(roundId));
  }

  /**
   * Runs `fn` on the round's latest state under its lock and persists the state it returns. The
   * write is staged under the lock (so writes land in lock order) but waited for after releasing
   * it, so the next caller works on the new state meanwhile. `awaitWrite: false` does not wait:
   * the state is written soon, coalesced with the round's other quick changes (a crowd's clicks
   * cost one write per batch, not one each). A failed write is logged by the store and healed by
   * the round's next write, which always holds the whole state.
   */
  async update<T>(
    roundId: string,
    fn: (s: RoundState) => Promise<{ state: RoundState; value: T }>,
    opts: { awaitWrite?: boolean } = {},
  ): Promise<T | undefined> {
    let written: Promise<void> | undefined;
    const value = await this.lock.run(roundId, async () => {
      const current = await this.get(roundId);
      if (!current) return undefined;
      const { state, value } = await fn(current);
      if (state !== current) {
        if (opts.awaitWrite === false) this.saveSoon(state);
        else written = this.save(state);
      }
      return value;
    });
    if (written) await written;
    return value;
  }

  /** Saves a round this process has just created. */
  create(state: RoundState): Promise<void> {
    this.createdHere.add(state.id);
    return this.save(state);
  }

  createdByThisProcess(roundId: string): boolean {
    return this.createdHere.has(roundId);
  }

  /** The cache moves at once (later readers see this state); resolves once the store has it. */
  save(state: RoundState): Promise<void> {
    this.show(state);
    const queued = this.writes.get(state.id);
    if (queued) queued.next = undefined; // this state supersedes the queued one
    return this.store.rounds.save(state);
  }

  /**
   * Writes the state soon: at most one quick write per round every QUICK_SAVE_MS, each holding the
   * latest state (later states replace a waiting one). A round's state holds every answer, so writing
   * it per click was quadratic in the crowd (60 MB of JSON for the bench's crowds). What this can lose
   * to a kill -9 is the last moments' answers in the round's own record; the awards themselves are
   * stored before each player is told, and the marker per award keeps a repeat click from counting twice.
   */
  private saveSoon(state: RoundState): void {
    this.show(state);
    const queued = this.writes.get(state.id);
    if (queued) {
      queued.next = state;
      return;
    }
    const entry: { next: RoundState | undefined } = { next: state };
    this.writes.set(state.id, entry);
    void (async () => {
      await new Promise<void>((resolve) => setImmediate(resolve)); // let this tick's clicks join
      while (entry.next) {
        const next = entry.next;
        entry.next = undefined;
        const started = Date.now();
        // Failures are logged by the store (a closed store throws at once, hence the then()).
        await Promise.resolve()
          .then(() => this.store.rounds.save(next))
          .catch(() => {});
        const wait = QUICK_SAVE_MS - (Date.now() - started);
        if (entry.next && wait > 0) await sleep(wait);
      }
      this.writes.delete(state.id);
    })();
  }

  /**
   * Makes `state` what readers see at once, before it is saved: a round closing its item shows it
   * closed while the reveal is still being sent to Discord (see answerQuestion's early refusals).
   */
  show(state: RoundState): void {
    if (state.status !== "running") return this.forget(state.id);
    this.cache.set(state.id, state);
    if (state.solo) this.touched.set(state.id, Date.now());
  }

  /** Private rounds of this process unchanged for `ms` or more (abandoned: no timer ends them). */
  idlePrivateRounds(ms: number, now = Date.now()): string[] {
    return [...this.touched].filter(([, at]) => now - at >= ms).map(([id]) => id);
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
    this.touched.delete(roundId);
    this.createdHere.delete(roundId);
  }

  disarmAll(): void {
    for (const id of [...this.timers.keys()]) this.disarm(id);
  }
}
