import { mkdir } from "node:fs/promises";
import path from "node:path";
import Keyv, { type KeyvStoreAdapter, type StoredData } from "keyv";
import KeyvSqlite from "@keyv/sqlite";
import { CorruptText } from "./kv.js";
import { storeError } from "./errors.js";

export const NAMESPACE = "quizdeck";
const ROWS_PER_STATEMENT = 500; // 1,000 bound parameters, far below SQLite's 32,766

/**
 * @keyv/sqlite has no setMany, so Keyv would issue one autocommit INSERT per key. This adds the
 * optional adapter method Keyv already calls: a multi-row upsert, i.e. one statement and one
 * commit per batch, which is also atomic. It is adapter plumbing, like the WAL pragma; the
 * repositories only ever call keyv.setMany, which Redis/Postgres adapters implement natively.
 */
class BatchedKeyvSqlite extends KeyvSqlite {
  /** Same query as the base class, but matches rows with a Map (the base is quadratic in keys). */
  override async getMany<Value>(keys: string[]): Promise<StoredData<Value | undefined>[]> {
    const sql = `SELECT key, value FROM ${String(this.opts.table)} WHERE key IN (SELECT value FROM json_each(?))`;
    const rows = (await this.query(sql, JSON.stringify(keys))) as { key: string; value: string }[];
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => byKey.get(k) as StoredData<Value | undefined>);
  }

  async setMany(entries: { key: string; value: unknown }[]): Promise<void> {
    const table = String(this.opts.table);
    const upsert = async (rows: { key: string; value: unknown }[]) => {
      const values = rows.map(() => "(?, ?)").join(", ");
      const sql = `INSERT INTO ${table} (key, value) VALUES ${values} ON CONFLICT(key) DO UPDATE SET value=excluded.value`;
      await this.query(sql, ...rows.flatMap((r) => [r.key, r.value]));
    };
    if (entries.length <= ROWS_PER_STATEMENT) return upsert(entries);
    // Only the store's single flush loop writes, so nothing else can open a transaction meanwhile.
    await this.query("BEGIN IMMEDIATE");
    try {
      for (let i = 0; i < entries.length; i += ROWS_PER_STATEMENT)
        await upsert(entries.slice(i, i + ROWS_PER_STATEMENT));
      await this.query("COMMIT");
    } catch (error) {
      await this.query("ROLLBACK").catch(() => {});
      throw error;
    }
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
}

/** Opens Keyv for a STORE_URL: sqlite://path (folder created), memory://, redis://, postgres://. */
export async function openKeyv(url: string, opts: { batchedSqlite?: boolean } = {}): Promise<OpenedKeyv> {
  const scheme = url.slice(0, url.indexOf("://")).toLowerCase();
  let adapter: KeyvStoreAdapter | undefined;
  let sqliteQuery: OpenedKeyv["sqliteQuery"];
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
    const sqlite = new Adapter({ uri: `sqlite://${file}`, busyTimeout: 5000 });
    sqlite.on("error", () => {}); // surfaced through the first query below instead
    adapter = sqlite as unknown as KeyvStoreAdapter;
    sqliteQuery = (sql) => sqlite.query(sql) as Promise<unknown[]>;
    try {
      // WAL lets readers run during writes; NORMAL sync is durable across process crashes and only
      // risks the last commits on power loss, which a quiz bot can afford.
      await sqliteQuery("PRAGMA journal_mode=WAL");
      await sqliteQuery("PRAGMA synchronous=NORMAL");
    } catch (error) {
      throw storeError(`open the SQLite database ${file}`, error);
    }
  } else if (scheme === "redis" || scheme === "rediss" || scheme === "postgres" || scheme === "postgresql") {
    adapter = await importAdapter(scheme.startsWith("redis") ? "@keyv/redis" : "@keyv/postgres", url);
  } else if (scheme !== "memory") {
    throw storeError(`open STORE_URL ${url}`, new Error("use sqlite://, memory://, redis:// or postgres://"));
  }
  const keyv = new Keyv({
    ...(adapter ? { store: adapter } : {}),
    namespace: NAMESPACE,
    throwOnErrors: true,
    serialize: JSON.stringify,
    deserialize: deserialize as never,
  });
  return sqliteQuery ? { keyv, sqliteQuery } : { keyv };
}

async function importAdapter(pkg: string, url: string): Promise<KeyvStoreAdapter> {
  try {
    // A variable specifier keeps these optional packages out of the type check and the install.
    const mod = (await import(pkg)) as { default: new (url: string) => KeyvStoreAdapter };
    return new mod.default(url);
  } catch (error) {
    throw storeError(`load ${pkg} for STORE_URL (npm install ${pkg})`, error);
  }
}
