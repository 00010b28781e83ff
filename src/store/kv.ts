import type Keyv from "keyv";
import type { z, ZodType } from "zod";
import { storeError, type Logger } from "./errors.js";
import type { KeyedMutex } from "./mutex.js";

/** What the Keyv deserializer yields for text that is not JSON, so it can be reported, not thrown. */
export class CorruptText {
  constructor(readonly sample: string) {}
}

type Op = { kind: "set"; value: unknown; ttl: number | undefined } | { kind: "del" };

interface Deferred {
  promise: Promise<void>;
  resolve(): void;
  reject(e: unknown): void;
}

function deferred(): Deferred {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  // Callers see the rejection; this only stops a batch nobody awaits from crashing the process.
  promise.catch(() => {});
  return { promise, resolve, reject };
}

/** What `Kv.getStrict` reads for a stored value that is not valid (rather than "absent"). */
export const CORRUPT: unique symbol = Symbol("corrupt");
export type Corrupt = typeof CORRUPT;

/** What `local` returns when neither the staged writes nor the cache know a key. */
const MISS: unique symbol = Symbol("miss");

export interface SetOptions {
  ttl?: number;
  cache?: boolean;
}

/**
 * Keyv plus three things the repositories need:
 * - validation on read from storage (a corrupt value is logged and read as absent, never thrown);
 * - a bounded cache for hot keys, trusted because one process owns a guild and every write goes
 *   through here;
 * - group commit: writes are staged, and `commit()` resolves once they are durable. One batch is in
 *   flight at a time, so writes to a key land in order, and writes staged meanwhile are coalesced
 *   into the next batch (one `setMany`). Concurrent awards therefore share storage round trips.
 */
export class Kv {
  /**
   * Two generations instead of a strict LRU: a hit in `old` promotes to `young`; when `young` is
   * full, `old` is dropped whole. Approximately LRU, with no per-hit Map reordering (which was a
   * measurable share of award time with 100k+ entries).
   */
  private young = new Map<string, unknown>();
  private old = new Map<string, unknown>();
  private staged = new Map<string, Op>();
  private inflight = new Map<string, Op>();
  private next: Deferred | null = null;
  private current: Promise<void> | null = null;
  private running = false;
  /** Bumped on every eviction: a storage read that overlapped one must not refill the cache. */
  private evictions = 0;
  private closed = false;
  /** Write batches that failed so far; see transact. */
  private failures = 0;
  private readQueue: { keys: string[]; resolve(values: unknown[]): void; reject(e: unknown): void }[] = [];

  constructor(
    readonly keyv: Keyv,
    private readonly logger: Logger,
    private readonly cacheLimit = 250_000,
  ) {}

  get<T>(key: string, schema: ZodType<T>, cache = false): Promise<T | undefined> {
    this.assertOpen();
    const local = this.local(key, cache);
    if (local !== MISS) return Promise.resolve(local as T | undefined);
    return this.getMany([key], schema, cache).then((values) => values[0]);
  }

  /**
   * Like get, but a stored value that is not valid reads as CORRUPT instead of absent: for values
   * whose absence grants something (no starter role: anyone may start), so corruption can fail closed.
   */
  getStrict<T>(key: string, schema: ZodType<T>, cache = false): Promise<T | undefined | Corrupt> {
    this.assertOpen();
    const local = this.local(key, cache);
    if (local !== MISS) return Promise.resolve(local as T | undefined | Corrupt);
    const epoch = this.evictions;
    return this.read([key]).then(([raw]) => {
      const value =
        this.validate(key, raw, schema) ?? (raw === undefined || raw === null ? undefined : CORRUPT);
      return (cache ? this.fill(key, value, epoch) : value) as T | undefined | Corrupt;
    });
  }

  /** The value staged or cached for `key`, without reading storage (undefined if none). */
  peek(key: string): unknown {
    const local = this.local(key, true);
    return local === MISS ? undefined : local;
  }

  /** Values in key order; staged and cached values win over storage. One schema, or one per key. */
  getMany<S extends ZodType>(
    keys: string[],
    schema: S | S[],
    cache = false,
  ): Promise<(z.output<S> | undefined)[]> {
    type T = z.output<S>;
    this.assertOpen();
    const out = new Array<T | undefined>(keys.length);
    const missing: number[] = [];
    keys.forEach((key, i) => {
      const local = this.local(key, cache);
      if (local !== MISS) out[i] = local as T | undefined;
      else missing.push(i);
    });
    // Not async on purpose: the all-cached case is the hot path of every award.
    if (missing.length === 0) return Promise.resolve(out);
    const epoch = this.evictions;
    return this.read(missing.map((i) => keys[i] as string)).then((raws) => {
      missing.forEach((i, j) => {
        const key = keys[i] as string;
        const value = this.validate(key, raws[j], (Array.isArray(schema) ? schema[i] : schema) as ZodType<T>);
        out[i] = cache ? (this.fill(key, value, epoch) as T | undefined) : value;
      });
      return out;
    });
  }

  set(key: string, value: unknown, opts: SetOptions = {}): void {
    this.assertOpen();
    this.staged.set(key, { kind: "set", value, ttl: opts.ttl });
    if (opts.cache) this.remember(key, value);
    else this.forget(key);
  }

  delete(key: string): void {
    this.assertOpen();
    this.staged.set(key, { kind: "del" });
    this.forget(key);
  }

  /** Resolves when everything staged so far is in storage; rejects with StoreError if that failed. */
  commit(): Promise<void> {
    if (this.staged.size === 0) return this.current ?? Promise.resolve();
    this.next ??= deferred();
    const { promise } = this.next;
    if (!this.running) void this.flushLoop();
    return promise;
  }

  /**
   * A read-modify-write under `lockKey`: `plan` does the (async) reads and returns a synchronous
   * `apply` that stages the writes. apply and commit run in one synchronous step, so no batch can
   * fail unnoticed in between; and if a batch failed while plan was reading, plan may have seen
   * values that never reached storage, so nothing is staged and this throws StoreError.
   * Durability is awaited after the lock is released, letting the next holder start meanwhile.
   */
  async transact<T>(mutex: KeyedMutex, lockKey: string, plan: () => Promise<() => T>): Promise<T> {
    const { value, durable } = await mutex.run(lockKey, async () => {
      const failures = this.failures;
      const apply = await plan();
      if (this.failures !== failures) {
        throw storeError("write to storage", new Error("an earlier write failed, try again"));
      }
      const value = apply();
      return { value, durable: this.commit() };
    });
    await durable;
    return value;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    try {
      await this.commit();
    } finally {
      this.closed = true;
      this.young.clear();
      this.old.clear();
    }
  }

  /**
   * The staged, in-flight or cached value of `key` (undefined when known to be absent), or MISS.
   * Called for every key of every award, so it allocates nothing and looks each map up once when
   * the value is there (`undefined` values, i.e. known-absent keys, need the second lookup).
   */
  private local(key: string, cache: boolean): unknown {
    const op = this.staged.get(key) ?? (this.inflight.size > 0 ? this.inflight.get(key) : undefined);
    if (op) return op.kind === "set" ? op.value : undefined;
    if (!cache) return MISS;
    const young = this.young.get(key);
    if (young !== undefined || this.young.has(key)) return young;
    const old = this.old.get(key);
    if (old !== undefined || this.old.has(key)) {
      this.remember(key, old);
      return old;
    }
    return MISS;
  }

  /** Cache a value read from storage unless a write or an eviction raced the read. */
  private fill(key: string, value: unknown, epoch: number): unknown {
    const local = this.local(key, true);
    if (local !== MISS) return local;
    if (epoch === this.evictions) this.remember(key, value);
    return value;
  }

  private remember(key: string, value: unknown): void {
    if (this.cacheLimit <= 0) return; // no cache: every read outside staged writes hits storage
    this.young.set(key, value);
    if (this.young.size >= this.cacheLimit / 2) {
      // Evicting is always safe for readers: staged/in-flight values are looked up first.
      this.old = this.young;
      this.young = new Map();
      this.evictions++;
    }
  }

  private forget(key: string): void {
    this.young.delete(key);
    this.old.delete(key);
  }

  private validate<T>(key: string, raw: unknown, schema: ZodType<T>): T | undefined {
    if (raw === undefined || raw === null) return undefined;
    if (raw instanceof CorruptText) {
      this.logger.warn({ key, sample: raw.sample }, "store: ignoring a value that is not JSON");
      return undefined;
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    this.logger.warn(
      { key, issues: parsed.error.issues.slice(0, 5) },
      "store: ignoring an invalid stored value",
    );
    return undefined;
  }

  /**
   * Storage reads requested in the same turn of the event loop share adapter calls: a burst of
   * concurrent awards costs a couple of getMany queries instead of one query each. (Per turn, not
   * per microtask: each gateway message is handled in its own chain of promises, so a crowd's
   * clicks delivered together only meet at the end of the turn. Each query costs ~0.1 ms of main
   * thread in the sqlite3 driver, a visible share of a click.)
   */
  private read(keys: string[]): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      this.readQueue.push({ keys, resolve, reject });
      if (this.readQueue.length === 1) setImmediate(() => void this.readBatch());
    });
  }

  private async readBatch(): Promise<void> {
    const queue = this.readQueue;
    this.readQueue = [];
    const unique = [...new Set(queue.flatMap((r) => r.keys))];
    const values = new Map<string, unknown>();
    try {
      // Bounded chunks keep each adapter query (an IN list / MGET) a sane size.
      const chunks: string[][] = [];
      for (let i = 0; i < unique.length; i += 500) chunks.push(unique.slice(i, i + 500));
      const results = await Promise.all(
        chunks.map((c) =>
          c.length === 1 ? this.keyv.get(c[0] as string).then((v) => [v]) : this.keyv.getMany(c),
        ),
      );
      chunks.forEach((c, i) => c.forEach((key, j) => values.set(key, results[i]?.[j])));
    } catch (error) {
      const err = storeError("read from storage", error);
      for (const r of queue) r.reject(err);
      return;
    }
    for (const r of queue) r.resolve(r.keys.map((k) => values.get(k)));
  }

  private async flushLoop(): Promise<void> {
    this.running = true;
    while (this.staged.size > 0) {
      const batch = this.staged;
      const done = this.next ?? deferred();
      this.staged = new Map();
      this.next = null;
      this.inflight = batch;
      this.current = done.promise;
      try {
        await this.write(batch);
        done.resolve();
      } catch (error) {
        const err = storeError("write to storage", error);
        this.failures++;
        // Writes staged meanwhile may build on the failed ones (a leaderboard count, say), so they
        // fail too; the cache forgets all of them and the next reads come from storage again.
        const dropped = this.staged;
        const next = this.next as Deferred | null; // set by commit() during the await
        this.staged = new Map();
        this.next = null;
        for (const key of [...batch.keys(), ...dropped.keys()]) this.forget(key);
        this.logger.error?.({ err, keys: batch.size + dropped.size }, "store: write failed");
        done.reject(err);
        next?.reject(err);
      } finally {
        this.inflight = new Map();
        this.current = null;
      }
    }
    this.running = false;
  }

  private async write(batch: Map<string, Op>): Promise<void> {
    const sets: { key: string; value: unknown; ttl?: number }[] = [];
    const dels: string[] = [];
    for (const [key, op] of batch) {
      if (op.kind === "del") dels.push(key);
      else sets.push(op.ttl === undefined ? { key, value: op.value } : { key, value: op.value, ttl: op.ttl });
    }
    // Sequential, not parallel: the SQLite adapter wraps large batches in a transaction.
    if (sets.length > 0) await this.keyv.setMany(sets);
    if (dels.length > 0) await this.keyv.deleteMany(dels);
  }

  private assertOpen(): void {
    if (this.closed) throw storeError("use the store", new Error("it is closed"));
  }
}
