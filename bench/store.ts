/**
 * Storage benchmark: award throughput and leaderboard read latency on a real SQLite file.
 * Run: npx tsx bench/store.ts   (about 30-60 s). See bench/README.md for what the figures mean.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { answerReview } from "../src/engine/review.js";
import { awardAnswer, openStore, type Store } from "../src/store/index.js";

export interface StoreBenchResult {
  /** One award at a time, each awaited until durable: bounded by storage round-trip latency. */
  sequentialAwardsPerSec: number;
  /** The same on memory:// (Keyv's Map): the store's own CPU cost per award, without SQLite. */
  sequentialAwardsPerSecMemory: number;
  /** Waves of 1,000 concurrent awards on one guild, 10,000 players: group commit at work. */
  concurrentAwardsPerSec: number;
  /**
   * The same waves with each answer's review schedule (as every question click stores now): 50
   * questions, so players' review indexes grow to 50 items and most answers reschedule a known one.
   */
  concurrentAwardsWithReviewPerSec: number;
  /** The same waves on plain @keyv/sqlite (one statement per key), for comparison. */
  concurrentAwardsPerSecPlainAdapter: number;
  /** leaderboard.add rate while building the 100,000-player board (concurrent batches). */
  boardBuildAddsPerSec: number;
  players: number;
  /** Warm: the board's aggregates are in the store's cache, as in a running bot. */
  top10Ms: Latency;
  rankMs: Latency;
  /** The same reads with the cache disabled, i.e. every key read from SQLite (as after a restart). */
  diskTop10Ms: Latency;
  diskRankMs: Latency;
}
interface Latency {
  median: number;
  p99: number;
}

const NOW = Date.UTC(2026, 10, 25, 12);
const TZ = "UTC";

export async function runStoreBench(
  opts: { players?: number; reviewAwards?: number; log?: (line: string) => void } = {},
): Promise<StoreBenchResult> {
  const players = opts.players ?? 100_000;
  const log = opts.log ?? (() => {});
  const dir = await mkdtemp(path.join(os.tmpdir(), "quizdeck-bench-"));
  const quiet = { warn: () => {} };
  try {
    const url = (name: string) => `sqlite://${path.join(dir, name)}`;

    let store = await openStore("memory://", { logger: quiet });
    const sequentialAwardsPerSecMemory = await sequentialAwards(store, 5_000);
    log(`sequential awards, memory://: ${sequentialAwardsPerSecMemory}/s`);
    await store.close();

    store = await openStore(url("awards.sqlite"), { logger: quiet });
    const sequentialAwardsPerSec = await sequentialAwards(store, 5_000);
    log(`sequential awards: ${sequentialAwardsPerSec}/s`);
    const concurrentAwardsPerSec = await concurrentAwards(store, 30_000);
    log(`concurrent awards: ${concurrentAwardsPerSec}/s`);
    await store.close();

    store = await openStore(url("review.sqlite"), { logger: quiet });
    const concurrentAwardsWithReviewPerSec = await concurrentAwards(store, opts.reviewAwards ?? 30_000, true);
    log(`concurrent awards with review schedules: ${concurrentAwardsWithReviewPerSec}/s`);
    await store.close();

    store = await openStore(url("plain.sqlite"), { logger: quiet, batchedSqlite: false });
    const concurrentAwardsPerSecPlainAdapter = await concurrentAwards(store, 10_000);
    log(`concurrent awards, plain adapter: ${concurrentAwardsPerSecPlainAdapter}/s`);
    await store.close();

    store = await openStore(url("board.sqlite"), { logger: quiet });
    const boardBuildAddsPerSec = await buildBoard(store, players);
    log(`built a ${players}-player board: ${boardBuildAddsPerSec} adds/s`);
    const top10Ms = await latency(200, () => store.leaderboard.top("big", "all", 10, NOW, TZ));
    const rankMs = await latency(200, (i) =>
      store.leaderboard.rank("big", `p${(i * 7919) % players}`, "all", NOW, TZ),
    );
    log(
      `top-10 ms: median ${top10Ms.median}, p99 ${top10Ms.p99}; rank ms: median ${rankMs.median}, p99 ${rankMs.p99}`,
    );
    await store.close();

    // cacheLimit 0 turns the cache off, so every read below goes to SQLite.
    store = await openStore(url("board.sqlite"), { logger: quiet, cacheLimit: 0 });
    const diskTop10Ms = await latency(200, () => store.leaderboard.top("big", "all", 10, NOW, TZ));
    const diskRankMs = await latency(200, (i) =>
      store.leaderboard.rank("big", `p${(i * 7919) % players}`, "all", NOW, TZ),
    );
    log(
      `from disk: top-10 ms median ${diskTop10Ms.median}, p99 ${diskTop10Ms.p99}; rank ms median ${diskRankMs.median}, p99 ${diskRankMs.p99}`,
    );
    await store.close();

    return {
      sequentialAwardsPerSec,
      sequentialAwardsPerSecMemory,
      concurrentAwardsPerSec,
      concurrentAwardsWithReviewPerSec,
      concurrentAwardsPerSecPlainAdapter,
      boardBuildAddsPerSec,
      players,
      top10Ms,
      rankMs,
      diskTop10Ms,
      diskRankMs,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const award = (store: Store, i: number, prefix: string, userId: string, review = false) =>
  awardAnswer(store, {
    awardId: `${prefix}:${i}`,
    guildId: "g",
    userId,
    deckId: "d",
    correct: i % 4 !== 0,
    points: i % 4 === 0 ? 0 : 10 + (i % 36),
    now: NOW,
    timeZone: TZ,
    ...(review ? { review: answerReview({ deckId: "d", itemId: `q${i % 50}` }, i % 4 !== 0, NOW) } : {}),
  });

async function sequentialAwards(store: Store, n: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < n; i++) await award(store, i, "s", `p${i % 1000}`);
  return perSec(n, start);
}

async function concurrentAwards(store: Store, n: number, review = false): Promise<number> {
  const wave = 1_000;
  const start = performance.now();
  for (let w = 0; w < n; w += wave) {
    await Promise.all(
      Array.from({ length: wave }, (_, j) => award(store, w + j, "c", `p${((w + j) * 7919) % 10_000}`, review)),
    );
  }
  return perSec(n, start);
}

async function buildBoard(store: Store, players: number): Promise<number> {
  let seed = 7;
  const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) ** 3;
  const start = performance.now();
  for (let b = 0; b < players; b += 2_000) {
    const adds = [];
    for (let i = b; i < Math.min(players, b + 2_000); i++) {
      adds.push(store.leaderboard.add("big", `p${i}`, Math.floor(rnd() * 50_000), { kind: "all" }));
    }
    await Promise.all(adds);
  }
  return perSec(players, start);
}

async function latency(n: number, fn: (i: number) => Promise<unknown>): Promise<Latency> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => round(times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? NaN);
  return { median: at(0.5), p99: at(0.99) };
}

const perSec = (n: number, start: number) => Math.round((n / (performance.now() - start)) * 1000);
const round = (ms: number) => Math.round(ms * 1000) / 1000;

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const result = await runStoreBench({ log: (line) => console.log(line) });
  console.log(JSON.stringify(result, null, 2));
}
