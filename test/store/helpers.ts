import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { openStore, type Logger, type OpenStoreOptions, type Store } from "../../src/store/index.js";

export interface TestStore {
  dir: string;
  url: string;
  store: Store;
  warnings: { obj: unknown; msg: string | undefined }[];
  logger: Logger;
  reopen(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** A store on a real SQLite file in a fresh temp dir (in a subfolder, to exercise folder creation). */
export async function tempStore(opts: Omit<OpenStoreOptions, "logger"> = {}): Promise<TestStore> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "quizdeck-store-"));
  const url = `sqlite://${path.join(dir, "data", "quizdeck.sqlite")}`;
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
      await t.store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  return t;
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
