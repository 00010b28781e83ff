/**
 * Housekeeping bench (issue 14 items 1 and 6), on a real SQLite file:
 * - /stats's due count with 100 maximum-size uploaded decks: the old way (every deck body read,
 *   then one schedule key per card) against the per-player due index the bot reads now;
 * - expired rows: 20,000 award markers written over 120 simulated days, how many are dead at the
 *   end, and what sweeping them costs.
 *
 *   npx tsx bench/housekeeping.ts [decks] [days]     # defaults 100 and 120; small sizes for a check
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { loadDeckDir } from "../src/decks/registry.js";
import { gradeCard } from "../src/engine/index.js";
import { awardAnswer, openStore, type Store } from "../src/store/index.js";
import { writeBenchDecks } from "./decks.js";
import { percentiles, type Percentiles } from "./measure.js";

export interface HousekeepingResult {
  stats: {
    decks: number;
    questionsPerDeck: number;
    dueCards: number;
    deckBodiesMs: Percentiles;
    dueIndexMs: Percentiles;
  };
  expiry: { days: number; markers: number; deadAtEnd: number; sweepMs: number; leftAfterSweep: number };
}

const GUILD = "1100000000000000001";
const PLAYER = "1100000000000000100";
const DAY = 86_400_000;

/** What /stats did before the due index: every server deck's body, then the player's schedule per card. */
async function dueFromDeckBodies(store: Store, now: number): Promise<number> {
  const own = await store.decks.list(GUILD);
  const decks = await Promise.all(own.map(async (d) => (await store.decks.get(GUILD, d.id))?.deck));
  let due = 0;
  for (const deck of decks) {
    if (!deck) continue;
    const keys = deck.cards.map((c) => `${deck.id}:${c.id}`);
    const schedules = await store.schedules.getMany(GUILD, PLAYER, keys);
    due += keys.filter((k) => schedules[k] && schedules[k].due <= now).length;
  }
  return due;
}

async function time(runs: number, f: () => Promise<unknown>): Promise<Percentiles> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    ms.push(performance.now() - t0);
  }
  return percentiles(ms);
}

export async function runHousekeepingBench(
  opts: { decks?: number; questions?: number; days?: number; log?: (line: string) => void } = {},
): Promise<HousekeepingResult> {
  const { decks = 100, questions = 500, days = 120, log = () => {} } = opts;
  const dir = await mkdtemp(join(os.tmpdir(), "quizdeck-bench-housekeeping-"));
  try {
    // --- /stats due count ---------------------------------------------------------------------
    await writeBenchDecks(join(dir, "decks"), decks, questions);
    const loaded = (await loadDeckDir(join(dir, "decks"))).decks;
    // A fresh cache-less store per measurement would flatter neither; the bot's own settings are used.
    const store = await openStore(`sqlite://${join(dir, "stats.sqlite")}`, { logger: { warn: () => {} } });
    const now = Date.now();
    let n = 0;
    for (const deck of loaded.values()) {
      const source = await readFile(join(dir, "decks", `bench-${String(n++).padStart(3, "0")}.yaml`), "utf8");
      await store.decks.put(GUILD, {
        deck: { ...deck, id: `own-${deck.id}` },
        source,
        fileName: `${deck.id}.yaml`,
        addedBy: PLAYER,
        addedAt: now,
      });
      for (const card of deck.cards)
        await store.schedules.set(GUILD, PLAYER, `own-${deck.id}:${card.id}`, {
          ...gradeCard(undefined, "good", now),
          due: now - 1,
        });
    }
    log(`housekeeping: ${decks} decks uploaded, ${decks * 5} cards scheduled`);
    const ids = new Set((await store.decks.list(GUILD)).map((d) => d.id));
    const [old, indexed] = [
      await dueFromDeckBodies(store, now),
      await dueFromIndex(store, now, ids),
    ];
    if (old !== indexed)
      throw new Error(`due counts differ: ${old} from deck bodies, ${indexed} from the index`);
    const deckBodiesMs = await time(10, () => dueFromDeckBodies(store, now));
    const dueIndexMs = await time(10, async () => {
      const playable = new Set((await store.decks.list(GUILD)).map((d) => d.id));
      return dueFromIndex(store, now, playable);
    });
    await store.close();

    // --- expired rows -------------------------------------------------------------------------
    const perDay = Math.round(20_000 / days);
    const awards = await openStore(`sqlite://${join(dir, "awards.sqlite")}`, { logger: { warn: () => {} } });
    const realNow = Date.now;
    const start = realNow();
    try {
      for (let d = 0; d < days; d++) {
        const at = start + d * DAY;
        Date.now = () => at; // Keyv stamps expiry from the clock: simulated days, written for real
        await Promise.all(
          Array.from({ length: perDay }, (_, k) =>
            awardAnswer(awards, {
              awardId: `d${d}:${k}`,
              guildId: GUILD,
              userId: `p${k % 500}`,
              deckId: "d",
              correct: k % 2 === 0,
              points: 5,
              now: at,
              timeZone: "UTC",
            }),
          ),
        );
      }
    } finally {
      Date.now = realNow;
    }
    const end = start + days * DAY;
    const t0 = performance.now();
    const swept = await awards.sweepExpired(end);
    const sweepMs = performance.now() - t0;
    const leftAfterSweep = await awards.sweepExpired(end);
    await awards.close();
    log(
      `housekeeping: ${swept} expired rows of ${perDay * days} markers' days swept in ${Math.round(sweepMs)} ms`,
    );
    return {
      stats: { decks, questionsPerDeck: questions, dueCards: indexed ?? 0, deckBodiesMs, dueIndexMs },
      expiry: {
        days,
        markers: perDay * days,
        deadAtEnd: swept,
        sweepMs: Math.round(sweepMs),
        leftAfterSweep,
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [decks, days] = process.argv.slice(2).map(Number);
  const result = await runHousekeepingBench({ decks: decks || 100, days: days || 120, log: console.log });
  console.log(JSON.stringify(result, null, 2));
}

/** What /stats counts: due entries of the player's review index (one read), among playable decks. */
async function dueFromIndex(store: Store, now: number, playable: Set<string>): Promise<number> {
  const index = await store.schedules.index(GUILD, PLAYER);
  return Object.entries(index?.items ?? {}).filter(([key, at]) => at <= now && playable.has(key.slice(0, key.indexOf(":"))))
    .length;
}
