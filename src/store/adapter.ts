import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { performance } from "node:perf_hooks";
import Keyv, { type KeyvStoreAdapter, type StoredData } from "keyv";
import KeyvSqlite from "@keyv/sqlite";
import { CorruptText } from "./kv.js";
import { storeError } from "./errors.js";
import { memoryLeases, postgresLeases, redisLeases, sqliteLeases, type LeaseBackend } from "./leases.js";

export const NAMESPACE = "quizdeck";
export const CHECKPOINT_MS = 1000;
type Connection = { query(sql: string, ...params: unknown[]): Promise<unknown[]>; close(): Promise<void> };

/**
 * @keyv/sqlite has no setMany, so Keyv would issue one autocommit INSERT per key. This adds the
 * optional adapter method Keyv already calls: a multi-row upsert, i.e. one statement and one
 * commit per batch, which is also atomic. It is adapter plumbing, like the WAL pragma; the
 * repositories only ever call keyv.setMany, which Redis/Postgres adapters implement natively.
 */
class BatchedKeyvSqlite extends KeyvSqlite {
  private checkpoints: { timer: NodeJS.Timeout; connection: Promise<Connection> } | undefined;

  /**
   * A checkpoint copies the WAL into the database file and fsyncs it. Left to SQLite, it runs
   * inside whichever commit takes the WAL past 1,000 pages, and every award queued behind that
   * commit waits for the fsync (10-60 ms on the bench's VM: most of the p99 tail of a crowd). So
   * the write connection never checkpoints; a second connection runs a PASSIVE checkpoint every
   * `ms`, which doesn't block writers (they keep appending to the WAL meanwhile).
   */
  async checkpointInBackground(ms: number): Promise<void> {
    await this.query("PRAGMA wal_autocheckpoint=0");
    const connection = (this.opts.connect as () => Promise<Connection>)();
    await connection;
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      // Failing is harmless (the file locked by another program, say): the WAL waits for the next one.
      void connection
        .then((c) => c.query("PRAGMA wal_checkpoint(PASSIVE)"))
        .catch(() => {})
        .finally(() => (running = false));
    }, ms);
    timer.unref();
    this.checkpoints = { timer, connection };
  }

  /**
   * Runs a read on the background connection when there is one (a file in WAL mode): a long scan
   * there doesn't hold up the write connection's commits. Else on the write connection.
   */
  async readAside(sql: string, ...params: unknown[]): Promise<unknown[]> {
    if (!this.checkpoints) return (await this.query(sql, ...params)) as unknown[];
    return (await this.checkpoints.connection).query(sql, ...params);
  }

  override async disconnect(): Promise<void> {
    if (this.checkpoints) {
      clearInterval(this.checkpoints.timer);
      // Closed first, so the write connection is the last one and checkpoints the rest on close.
      await (await this.checkpoints.connection).close().catch(() => {});
      this.checkpoints = undefined;
    }
    await super.disconnect();
  }

  /** Same query as the base class, but matches rows with a Map (the base is quadratic in keys). */
  override async getMany<Value>(keys: string[]): Promise<StoredData<Value | undefined>[]> {
    const sql = `SELECT key, value FROM ${String(this.opts.table)} WHERE key IN (SELECT value FROM json_each(?))`;
    const rows = (await this.query(sql, JSON.stringify(keys))) as { key: string; value: string }[];
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => byKey.get(k) as StoredData<Value | undefined>);
  }

  /**
   * One statement for the whole batch, with the rows passed as a single JSON parameter that SQLite
   * unpacks itself (json_each): binding two parameters per row cost the sqlite3 driver ~0.3 ms of
   * main thread per batch, a visible share of a click under crowds. One statement is also atomic.
   */
  async setMany(entries: { key: string; value: unknown }[]): Promise<void> {
    const sql =
      `INSERT INTO ${String(this.opts.table)} (key, value) ` +
      `SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?) WHERE true ` +
      `ON CONFLICT(key) DO UPDATE SET value=excluded.value`;
    await this.query(sql, JSON.stringify(entries.map((e) => [e.key, e.value])));
  }
}

/** JSON.parse that never throws: text that is not a Keyv envelope is handed on to be logged. */
function deserialize(text: string): { value: unknown; expires?: number } {
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === "object" && data !== null && "value" in data) return data as { value: unknown };
  } catch {
    // fall through
  }
  return { value: new CorruptText(text.slice(0, 80)) };
}

export interface OpenedKeyv {
  keyv: Keyv;
  /** Only set for SQLite: runs a PRAGMA or other statement on the underlying connection. */
  sqliteQuery?: (sql: string) => Promise<unknown[]>;
  /**
   * SQLite and PostgreSQL only (Redis expires keys itself): deletes up to `limit` rows of this
   * namespace (keys starting with `under`, e.g. "roundtoken:", when given) whose Keyv expiry is
   * before `now`; resolves with how many it deleted.
   */
  deleteExpired?: (now: number, limit: number, under?: string) => Promise<number>;
  /** Shard leases, taken atomically in the shared storage itself (see leases.ts). */
  leases: LeaseBackend;
}

/**
 * Keyv keeps a row's expiry inside its value (`{"value":...,"expires":ms}`) and only drops an
 * expired row when that key is read again, so rows nobody reads (award markers, old weekly boards,
 * ended rounds) would stay for ever. These find them by the expiry in the text: SQLite with its
 * JSON functions (CASE, so a corrupt row is skipped rather than failing the statement), PostgreSQL
 * 15 by the envelope's tail (JSON.stringify writes `expires` last), since a cast to json would throw
 * on a corrupt row. The key prefix is compared exactly: LIKE is case-blind on SQLite and has wildcards.
 */
const SQLITE_EXPIRED = `CASE WHEN json_valid(value) THEN json_extract(value, '$.expires') END < ?`;
/** Found on the background connection (the scan), deleted by key on the write one (checked again). */
const SQLITE_FIND_EXPIRED = (table: string) =>
  `SELECT key FROM ${table} WHERE key >= ? AND key < ? AND substr(key, 1, ?) = ? AND ${SQLITE_EXPIRED} LIMIT ?`;
const SQLITE_DELETE_KEYS = (table: string) =>
  `DELETE FROM ${table} WHERE key IN (SELECT value FROM json_each(?)) AND ${SQLITE_EXPIRED} RETURNING 1`;
const PG_DELETE_EXPIRED = (table: string) =>
  `DELETE FROM ${table} WHERE key IN (SELECT key FROM ${table} WHERE left(key, $1) = $2 ` +
  `AND substring(value from ',"expires":([0-9]{1,15})}$')::bigint < $3 LIMIT $4) RETURNING 1`;

export type StoreOp = "read" | "write" | "delete";
export type StoreObserver = (op: StoreOp, seconds: number, ok: boolean) => void;

export interface OpenKeyvOptions {
  batchedSqlite?: boolean;
  /** Key prefix; tests use a fresh one per store so runs on a shared Redis/PostgreSQL don't collide. */
  namespace?: string;
  /** Told the duration of every storage round trip (the /metrics store latency). */
  observe?: StoreObserver;
  /** SQLite files: how often the background checkpoint runs (see BatchedKeyvSqlite). */
  checkpointMs?: number;
}

/** Opens Keyv for a STORE_URL: sqlite://path (folder created), memory://, redis://, postgres://. */
export async function openKeyv(url: string, opts: OpenKeyvOptions = {}): Promise<OpenedKeyv> {
  const scheme = url.slice(0, url.indexOf("://")).toLowerCase();
  let adapter: KeyvStoreAdapter | undefined;
  let sqliteQuery: OpenedKeyv["sqliteQuery"];
  let deleteExpired: OpenedKeyv["deleteExpired"];
  const prefix = `${opts.namespace ?? NAMESPACE}:`;
  let leases: LeaseBackend = memoryLeases();
  if (scheme === "sqlite") {
    const file = url.replace(/^sqlite:\/\//i, "");
    if (file !== ":memory:") {
      try {
        await mkdir(path.dirname(path.resolve(file)), { recursive: true });
      } catch (error) {
        throw storeError(`create the folder for ${file}`, error);
      }
    }
    const Adapter = opts.batchedSqlite === false ? KeyvSqlite : BatchedKeyvSqlite;
    // Only another process (a stray sqlite3 shell, a backup tool) holds the write lock for long. Give
    // up well before Discord's 3 s deadline, so the player can still be told that saving failed.
    const sqlite = new Adapter({ uri: `sqlite://${file}`, busyTimeout: 500 });
    sqlite.on("error", () => {}); // surfaced through the first query below instead
    adapter = sqlite as unknown as KeyvStoreAdapter;
    sqliteQuery = (sql) => sqlite.query(sql) as Promise<unknown[]>;
    leases = sqliteLeases((sql, params) => sqlite.query(sql, ...params) as Promise<unknown[]>, prefix);
    deleteExpired = async (now, limit, under = "") => {
      const table = String(sqlite.opts.table);
      // The range lets SQLite walk the key index (BINARY order) instead of the whole table.
      const from = prefix + under;
      const to = from.slice(0, -1) + String.fromCharCode(from.charCodeAt(from.length - 1) + 1);
      const scan = (f: (sql: string, ...p: unknown[]) => Promise<unknown[]>) =>
        f(SQLITE_FIND_EXPIRED(table), from, to, from.length, from, now, limit) as Promise<{ key: string }[]>;
      const found =
        sqlite instanceof BatchedKeyvSqlite
          ? await scan((q, ...p) => sqlite.readAside(q, ...p))
          : await scan((q, ...p) => sqlite.query(q, ...p) as Promise<unknown[]>);
      if (found.length === 0) return 0;
      const deleted = await sqlite.query(
        SQLITE_DELETE_KEYS(table),
        JSON.stringify(found.map((r) => r.key)),
        now,
      );
      return (deleted as unknown[]).length;
    };
    try {
      // WAL lets readers run during writes; NORMAL sync is durable across process crashes and only
      // risks the last commits on power loss, which a quiz bot can afford.
      await sqliteQuery("PRAGMA journal_mode=WAL");
      await sqliteQuery("PRAGMA synchronous=NORMAL");
      if (sqlite instanceof BatchedKeyvSqlite && file !== ":memory:")
        await sqlite.checkpointInBackground(opts.checkpointMs ?? CHECKPOINT_MS);
    } catch (error) {
      throw storeError(`open the SQLite database ${file}`, error);
    }
  } else if (scheme === "redis" || scheme === "rediss") {
    adapter = await openRedis(url);
    const redis = adapter as unknown as {
      getClient(): Promise<{ sendCommand(args: string[]): Promise<unknown> }>;
    };
    leases = redisLeases(async (args) => (await redis.getClient()).sendCommand(args), prefix);
  } else if (scheme === "postgres" || scheme === "postgresql") {
    adapter = await openPostgres(url);
    const pg = adapter as unknown as { opts: { schema?: string; table?: string } };
    const pgAdapter = adapter as object;
    leases = postgresLeases(async (sql, params) => {
      const pool = pgPools.get(pgAdapter);
      if (!pool) throw new Error("PostgreSQL is not connected");
      return (await pool.query(sql, params)).rows;
    }, prefix);
    deleteExpired = async (now, limit, under = "") => {
      const pool = pgPools.get(adapter as object);
      if (!pool) return 0; // not connected yet: nothing written either
      const table = `${pg.opts.schema ?? "public"}.${pg.opts.table ?? "keyv"}`;
      const from = prefix + under;
      return (await pool.query(PG_DELETE_EXPIRED(table), [from.length, from, now, limit])).rows.length;
    };
  } else if (scheme !== "memory") {
    throw storeError(
      `open STORE_URL ${url}`,
      new Error("use sqlite://, memory://, redis:// or postgresql://"),
    );
  }
  // Errors reach callers through throwOnErrors; an unheard "error" event must not crash anything.
  (adapter as { on?: (e: string, f: () => void) => void } | undefined)?.on?.("error", () => {});
  const keyv = new Keyv({
    ...(adapter ? { store: adapter } : {}),
    namespace: opts.namespace ?? NAMESPACE,
    throwOnErrors: true,
    serialize: JSON.stringify,
    deserialize: deserialize as never,
    // @keyv/redis prefixes keys with its namespace itself; Keyv adding one too would double it.
    ...(scheme.startsWith("redis") ? { useKeyPrefix: false } : {}),
  });
  if (opts.observe) instrument(keyv, opts.observe);
  return {
    keyv,
    leases,
    ...(sqliteQuery ? { sqliteQuery } : {}),
    ...(deleteExpired ? { deleteExpired } : {}),
  };
}

async function openRedis(url: string): Promise<KeyvStoreAdapter> {
  const { default: KeyvRedis } = await import("@keyv/redis");
  // Fail fast when the server is down instead of queueing commands until it comes back.
  return new KeyvRedis(url, {
    throwOnConnectError: true,
    connectionTimeout: 5000,
  }) as unknown as KeyvStoreAdapter;
}

type PgQuery = (sql: string, values?: unknown) => Promise<unknown[]>;
interface PgPool {
  query(sql: string, values?: unknown): Promise<{ rows: unknown[] }>;
  end(): Promise<void>;
  on(event: "error", f: (e: Error) => void): void;
}
const pgPools = new WeakMap<object, PgPool>();

/**
 * @keyv/postgres keeps one module-wide pool, and disconnect() ends whichever pool was created
 * last: with two stores open in one process (tests, scripts), closing one breaks the other. This
 * gives each adapter its own pool. pg is loaded from where @keyv/postgres finds it.
 */
async function openPostgres(url: string): Promise<KeyvStoreAdapter> {
  const { default: KeyvPostgres } = await import("@keyv/postgres");
  const pg = createRequire(createRequire(import.meta.url).resolve("@keyv/postgres"))("pg") as {
    Pool: new (o: { connectionString: string; max?: number }) => PgPool;
  };
  class OwnPoolPostgres extends KeyvPostgres {
    // Called by the base constructor, so it cannot rely on class fields (hence the WeakMap).
    override async connect(): Promise<PgQuery> {
      const pool = new pg.Pool({ connectionString: this.opts.uri ?? url });
      pool.on("error", () => {}); // an idle client dropped by the server; the next query reconnects
      pgPools.set(this, pool);
      return async (sql, values) => (await pool.query(sql, values)).rows;
    }
    override async disconnect(): Promise<void> {
      await pgPools.get(this)?.end();
    }
  }
  return new OwnPoolPostgres({ uri: url }) as unknown as KeyvStoreAdapter;
}

/** Times every call the store makes on Keyv (one per read or write batch, see Kv). */
function instrument(keyv: Keyv, observe: StoreObserver): void {
  const wrap =
    <A extends unknown[], R>(op: StoreOp, f: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      const started = performance.now();
      let ok = false;
      try {
        const r = await f(...a);
        ok = true;
        return r;
      } finally {
        observe(op, (performance.now() - started) / 1000, ok);
      }
    };
  keyv.get = wrap("read", keyv.get.bind(keyv)) as typeof keyv.get;
  keyv.getMany = wrap("read", keyv.getMany.bind(keyv)) as typeof keyv.getMany;
  keyv.setMany = wrap("write", keyv.setMany.bind(keyv)) as typeof keyv.setMany;
  keyv.deleteMany = wrap("delete", keyv.deleteMany.bind(keyv)) as typeof keyv.deleteMany;
}
