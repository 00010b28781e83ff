import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TOP_SIZE } from "../../src/store/index.js";
import type Keyv from "keyv";
import { bruteForce, mulberry32, NOW, tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeAll(async () => {
  t = await tempStore();
});
afterAll(async () => {
  await t.cleanup();
});

const top = (guild: string, n: number) => t.store.leaderboard.top(guild, "all", n, NOW, "UTC");
const rank = (guild: string, user: string) => t.store.leaderboard.rank(guild, user, "all", NOW, "UTC");

/** Compares the store's board with a brute-force ranking of `scores`; returns how many ranks were checked. */
async function expectMatches(guild: string, scores: Map<string, number>, sample: string[]): Promise<void> {
  const expected = bruteForce(scores);
  const got = await top(guild, 10);
  // Order within a tie is by user id in both, so whole entries compare.
  expect(got).toEqual(expected.slice(0, 10));
  const byUser = new Map(expected.map((e) => [e.userId, e]));
  for (const userId of sample) {
    const e = byUser.get(userId);
    expect(await rank(guild, userId), userId).toEqual(
      e ? { rank: e.rank, points: e.points, players: scores.size } : null,
    );
  }
}

describe("leaderboard", () => {
  it("matches a brute-force ranking for random scores with many ties", async () => {
    const rnd = mulberry32(42);
    const scores = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const user = `u${Math.floor(rnd() * 400)}`;
      // Mostly small multiples of 5 (lots of ties), sometimes 0, sometimes large jumps across
      // every level of the count tree (64, 4096, 262144).
      const r = rnd();
      const points = r < 0.1 ? 0 : r < 0.97 ? 5 * Math.floor(rnd() * 6) : Math.floor(rnd() * 400_000);
      await t.store.leaderboard.add("rand", user, points, { kind: "all" });
      scores.set(user, (scores.get(user) ?? 0) + points);
      if (i % 500 === 499) await expectMatches("rand", scores, [...scores.keys()].slice(0, 40));
    }
    await expectMatches("rand", scores, [...scores.keys(), "absent"]);
    expect(await top("rand", 1000)).toEqual(bruteForce(scores).slice(0, TOP_SIZE));
  });

  it("ranks ties with competition ranking", async () => {
    for (const [user, points] of [
      ["a", 10],
      ["b", 20],
      ["c", 20],
      ["d", 5],
      ["e", 20],
    ] as const) {
      await t.store.leaderboard.add("ties", user, points, { kind: "all" });
    }
    expect((await top("ties", 10)).map((e) => `${e.userId}:${e.rank}`)).toEqual([
      "b:1",
      "c:1",
      "e:1",
      "a:4",
      "d:5",
    ]);
    expect(await rank("ties", "a")).toEqual({ rank: 4, points: 10, players: 5 });
  });

  it("stays exact with 100,000 players, without scanning them", async () => {
    const rnd = mulberry32(7);
    const scores = new Map<string, number>();
    const players = 100_000;
    for (let start = 0; start < players; start += 2000) {
      const batch: Promise<void>[] = [];
      for (let i = start; i < start + 2000; i++) {
        const user = `p${i}`;
        const points = Math.floor(rnd() ** 3 * 50_000); // skewed: many low scores, few high ones
        scores.set(user, points);
        batch.push(t.store.leaderboard.add("big", user, points, { kind: "all" }));
      }
      await Promise.all(batch);
    }
    // A few more adds to players already on the board, including ones entering the top list.
    for (const [user, extra] of [
      ["p5", 60_000],
      ["p77", 1],
      ["p99999", 49_000],
    ] as const) {
      await t.store.leaderboard.add("big", user, extra, { kind: "all" });
      scores.set(user, (scores.get(user) ?? 0) + extra);
    }
    const sample = Array.from({ length: 300 }, () => `p${Math.floor(rnd() * players)}`);
    await expectMatches("big", scores, [...sample, "p5", "p77", "p99999"]);

    // Same answers from storage alone, with a cold cache, reading only a handful of keys.
    const store = await t.reopen();
    const reads = countReads(store.keyv);
    const expected = bruteForce(scores);
    expect(await store.leaderboard.top("big", "all", 10, NOW, "UTC")).toEqual(expected.slice(0, 10));
    const e = expected.find((x) => x.userId === "p77");
    expect(await store.leaderboard.rank("big", "p77", "all", NOW, "UTC")).toEqual({
      rank: e?.rank,
      points: e?.points,
      players,
    });
    expect(reads.length).toBeLessThanOrEqual(6); // top list, player score, 3 tree nodes, root
  });
});

/** Records every key the store asks the adapter for from now on. */
function countReads(keyv: Keyv): string[] {
  const reads: string[] = [];
  const get = keyv.get.bind(keyv);
  const getMany = keyv.getMany.bind(keyv);
  keyv.get = ((key: string) => (reads.push(key), get(key))) as never;
  keyv.getMany = ((keys: string[]) => (reads.push(...keys), getMany(keys))) as never;
  return reads;
}
