/**
 * A lease: a name (a shard) held by one process at a time, for a limited time, renewed while the
 * holder runs. It lives in the store every process of a deployment shares, and each backend makes
 * taking it atomic on its own terms: Redis `SET NX PX`, a row with an expiry in PostgreSQL (the
 * server's clock) or SQLite (one machine's clock). The Kv layer (cache, batching) is bypassed: a
 * lease is only worth anything as what the shared storage says right now.
 */
export interface LeaseBackend {
  /** Takes the lease if it is free, expired, or already `holder`'s (then it is renewed). */
  acquire(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Extends the lease if `holder` still has it; false when it lapsed and someone else took it. */
  renew(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up if `holder` has it. */
  release(name: string, holder: string): Promise<void>;
  /** Who holds the lease now (undefined: nobody, or it expired where the backend can tell). */
  holderOf(name: string): Promise<string | undefined>;
  /** Hands the lease from `from` (known dead) to `to`, only if `from` still holds it. */
  takeOver(name: string, from: string, to: string, ttlMs: number): Promise<boolean>;
}

type SqlQuery = (sql: string, params: unknown[]) => Promise<unknown[]>;

const TABLE = "quizdeck_leases";
const CREATE = `CREATE TABLE IF NOT EXISTS ${TABLE} (name VARCHAR(255) PRIMARY KEY, holder TEXT NOT NULL, expires_at BIGINT NOT NULL)`;

/** Creates the table once (again after a failure: two processes creating it at once may collide). */
function once(query: SqlQuery): () => Promise<unknown> {
  let created: Promise<unknown> | undefined;
  return () =>
    (created ??= query(CREATE, []).catch((err: unknown) => {
      created = undefined;
      throw err;
    }));
}

/** SQLite: one machine's file, so that machine's clock. */
export function sqliteLeases(query: SqlQuery, prefix: string): LeaseBackend {
  const ready = once(query);
  return {
    async acquire(name, holder, ttlMs) {
      await ready();
      const now = Date.now();
      const sql =
        `INSERT INTO ${TABLE} (name, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (name) DO UPDATE SET ` +
        `holder = excluded.holder, expires_at = excluded.expires_at ` +
        `WHERE ${TABLE}.holder = excluded.holder OR ${TABLE}.expires_at < ? RETURNING holder`;
      return (await query(sql, [prefix + name, holder, now + ttlMs, now])).length > 0;
    },
    async renew(name, holder, ttlMs) {
      await ready();
      const sql = `UPDATE ${TABLE} SET expires_at = ? WHERE name = ? AND holder = ? RETURNING holder`;
      return (await query(sql, [Date.now() + ttlMs, prefix + name, holder])).length > 0;
    },
    async release(name, holder) {
      await ready();
      await query(`DELETE FROM ${TABLE} WHERE name = ? AND holder = ?`, [prefix + name, holder]);
    },
    async holderOf(name) {
      await ready();
      const rows = (await query(`SELECT holder FROM ${TABLE} WHERE name = ? AND expires_at >= ?`, [
        prefix + name,
        Date.now(),
      ])) as { holder: string }[];
      return rows[0]?.holder;
    },
    async takeOver(name, from, to, ttlMs) {
      await ready();
      const sql = `UPDATE ${TABLE} SET holder = ?, expires_at = ? WHERE name = ? AND holder = ? RETURNING holder`;
      return (await query(sql, [to, Date.now() + ttlMs, prefix + name, from])).length > 0;
    },
  };
}

/** PostgreSQL: the server's clock, the one clock every machine of the deployment shares. */
export function postgresLeases(query: SqlQuery, prefix: string): LeaseBackend {
  const ready = once(query);
  const NOW = "(extract(epoch from clock_timestamp()) * 1000)::bigint";
  return {
    async acquire(name, holder, ttlMs) {
      await ready();
      const sql =
        `INSERT INTO ${TABLE} (name, holder, expires_at) VALUES ($1, $2, ${NOW} + $3) ON CONFLICT (name) DO UPDATE SET ` +
        `holder = excluded.holder, expires_at = excluded.expires_at ` +
        `WHERE ${TABLE}.holder = excluded.holder OR ${TABLE}.expires_at < ${NOW} RETURNING holder`;
      return (await query(sql, [prefix + name, holder, ttlMs])).length > 0;
    },
    async renew(name, holder, ttlMs) {
      await ready();
      const sql = `UPDATE ${TABLE} SET expires_at = ${NOW} + $3 WHERE name = $1 AND holder = $2 RETURNING holder`;
      return (await query(sql, [prefix + name, holder, ttlMs])).length > 0;
    },
    async release(name, holder) {
      await ready();
      await query(`DELETE FROM ${TABLE} WHERE name = $1 AND holder = $2`, [prefix + name, holder]);
    },
    async holderOf(name) {
      await ready();
      const rows = (await query(`SELECT holder FROM ${TABLE} WHERE name = $1 AND expires_at >= ${NOW}`, [
        prefix + name,
      ])) as { holder: string }[];
      return rows[0]?.holder;
    },
    async takeOver(name, from, to, ttlMs) {
      await ready();
      const sql = `UPDATE ${TABLE} SET holder = $4, expires_at = ${NOW} + $3 WHERE name = $1 AND holder = $2 RETURNING holder`;
      return (await query(sql, [prefix + name, from, ttlMs, to])).length > 0;
    },
  };
}

/** Redis: SET NX PX takes it; renewing and releasing check the holder in one script (atomic). */
export function redisLeases(send: (args: string[]) => Promise<unknown>, prefix: string): LeaseBackend {
  const RENEW = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("PEXPIRE", KEYS[1], ARGV[2]) else return 0 end`;
  const RELEASE = `if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) else return 0 end`;
  const TAKE_OVER = `if redis.call("GET", KEYS[1]) == ARGV[1] then redis.call("SET", KEYS[1], ARGV[2], "PX", ARGV[3]) return 1 else return 0 end`;
  const key = (name: string) => `${prefix}lease:${name}`;
  return {
    async acquire(name, holder, ttlMs) {
      if ((await send(["SET", key(name), holder, "NX", "PX", String(ttlMs)])) === "OK") return true;
      // Ours already (a retry after a lost reply): renew it.
      return Number(await send(["EVAL", RENEW, "1", key(name), holder, String(ttlMs)])) === 1;
    },
    async renew(name, holder, ttlMs) {
      return Number(await send(["EVAL", RENEW, "1", key(name), holder, String(ttlMs)])) === 1;
    },
    async release(name, holder) {
      await send(["EVAL", RELEASE, "1", key(name), holder]);
    },
    async holderOf(name) {
      const h = await send(["GET", key(name)]);
      return typeof h === "string" ? h : undefined;
    },
    async takeOver(name, from, to, ttlMs) {
      return Number(await send(["EVAL", TAKE_OVER, "1", key(name), from, to, String(ttlMs)])) === 1;
    },
  };
}

/** memory:// is one process: a map is the whole truth. */
export function memoryLeases(): LeaseBackend {
  const held = new Map<string, { holder: string; until: number }>();
  const free = (name: string, holder: string) => {
    const h = held.get(name);
    return !h || h.holder === holder || h.until < Date.now();
  };
  return {
    async acquire(name, holder, ttlMs) {
      if (!free(name, holder)) return false;
      held.set(name, { holder, until: Date.now() + ttlMs });
      return true;
    },
    async renew(name, holder, ttlMs) {
      if (held.get(name)?.holder !== holder) return false;
      held.set(name, { holder, until: Date.now() + ttlMs });
      return true;
    },
    async release(name, holder) {
      if (held.get(name)?.holder === holder) held.delete(name);
    },
    async holderOf(name) {
      const h = held.get(name);
      return h && h.until >= Date.now() ? h.holder : undefined;
    },
    async takeOver(name, from, to, ttlMs) {
      if (held.get(name)?.holder !== from) return false;
      held.set(name, { holder: to, until: Date.now() + ttlMs });
      return true;
    },
  };
}
