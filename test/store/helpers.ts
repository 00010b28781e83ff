import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openStore, type Logger, type OpenStoreOptions, type Store } from "../../src/store/index.js";

/**
 * Which server the store tests run against. vitest.config.ts runs test/store once per backend,
 * setting QUIZDECK_TEST_BACKEND (and REDIS_URL / POSTGRES_URL come from the environment).
 */
export const BACKEND = (process.env.QUIZDECK_TEST_BACKEND ?? "sqlite") as "sqlite" | "redis" | "postgres";

function serverUrl(): string | undefined {
  if (BACKEND === "redis") return process.env.REDIS_URL;
  if (BACKEND === "postgres") return process.env.POSTGRES_URL;
  return undefined;
}

export interface TestStore {
  dir: string;
  url: string;
  store: Store;
  warnings: { obj: unknown; msg: string | undefined }[];
  logger: Logger;
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

/**
 * A store on a real SQLite file in a fresh temp dir (in a subfolder, to exercise folder creation),
 * or on the Redis/PostgreSQL server of BACKEND under a namespace of its own, so test files running
 * in parallel (and earlier runs that crashed) never see each other's keys.
 */
export async function tempStore(opts: Omit<OpenStoreOptions, "logger"> = {}): Promise<TestStore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "quizdeck-store-"));
  const server = serverUrl();
  if (BACKEND !== "sqlite" && !server)
    throw new Error(`QUIZDECK_TEST_BACKEND=${BACKEND} needs its server URL`);
  const url = server ?? `sqlite://${path.join(dir, "data", "quizdeck.sqlite")}`;
  if (server) opts = { namespace: `qdtest-${process.pid}-${randomBytes(4).toString("hex")}`, ...opts };
  const warnings: TestStore["warnings"] = [];
  const logger: Logger = {
    warn: (obj, msg) => warnings.push({ obj, msg }),
    error: (obj, msg) => warnings.push({ obj, msg }),
  };
  const t: TestStore = {
    dir,
    url,
    warnings,
    logger,
    store: await openStore(url, { ...opts, logger }),
    async reopen() {
      await t.store.close();
      t.store = await openStore(url, { ...opts, logger });
      return t.store;
    },
    async cleanup() {
      if (server) await t.store.keyv.clear(); // only this namespace's keys
      await t.store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return t;
}

/** The key the adapter itself sees for a store key (to write raw, non-JSON text under it). */
export function adapterKey(t: TestStore, key: string): string {
  // @keyv/redis adds its namespace itself; for the others Keyv prefixes "namespace:".
  return BACKEND === "redis" ? key : `${t.store.keyv.namespace ?? "quizdeck"}:${key}`;
}

/** Competition ranking (1, 2, 2, 4) by points desc, then user id, computed the slow obvious way. */
export function bruteForce(scores: Map<string, number>): { userId: string; points: number; rank: number }[] {
  const sorted = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: { userId: string; points: number; rank: number }[] = [];
  sorted.forEach(([userId, points], i) => {
    const prev = out[i - 1];
    out.push({ userId, points, rank: prev && prev.points === points ? prev.rank : i + 1 });
  });
  return out;
}

/** Deterministic PRNG so failures reproduce. */
export function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const NOW = Date.UTC(2026, 10, 25, 12); // Wednesday 2026-11-25, ISO week 2026-W48
export const DAY = 86_400_000;
