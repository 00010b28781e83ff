import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { awardAnswer, openStore, StoreError, type AwardInput } from "../../src/store/index.js";
import { bruteForce, DAY, NOW, tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

const award = (over: Partial<AwardInput> & { awardId: string }) =>
  awardAnswer(t.store, {
    guildId: "g",
    userId: "u",
    deckId: "d1",
    correct: true,
    points: 20,
    now: NOW,
    timeZone: "UTC",
    ...over,
  });

describe("awardAnswer", () => {
  it("keeps the player's answers by local day and difficulty for /stats, once per award", async () => {
    await award({ awardId: "a:0:u", difficulty: "hard" });
    await award({ awardId: "a:1:u", correct: false, points: 0, difficulty: "hard" });
    await award({ awardId: "a:1:u", correct: false, points: 0, difficulty: "hard" }); // a retry: ignored
    await award({ awardId: "a:2:u", difficulty: "easy", now: NOW + DAY });
    const [month] = await t.store.activity.months("g", "u", ["2026-11"]);
    expect(month?.days).toEqual({ "2026-11-25": [1, 1], "2026-11-26": [1, 0] });
    expect(month?.difficulty).toEqual({ hard: [1, 2], easy: [1, 1] });
  });

  it("counts an override as correct and marks it, once, without points, boards or streaks", async () => {
    await award({ awardId: "r1:0:u", points: 20 });
    await award({ awardId: "r1:1:u", correct: false, points: 0 });
    const over = await award({
      awardId: "r1:1:u:override",
      correct: true,
      points: 0,
      override: true,
      now: NOW + 5,
    });
    expect(over.duplicate).toBe(false);
    const again = await award({ awardId: "r1:1:u:override", correct: true, points: 0, override: true });
    expect(again.duplicate).toBe(true);
    const stats = await t.store.stats.get("g", "u");
    expect(stats).toMatchObject({
      points: 20,
      answered: 2,
      correct: 2,
      overrides: 1,
      answerStreak: { current: 0, best: 1 },
    });
    const top = await t.store.leaderboard.top("g", "all", 10, NOW, "UTC");
    expect(top.map((e) => [e.userId, e.points])).toEqual([["u", 20]]);
    // A later ordinary answer keeps the mark.
    await award({ awardId: "r1:2:u" });
    expect((await t.store.stats.get("g", "u")).overrides).toBe(1);
  });

  it("updates points, counts, streaks, decks and both boards", async () => {
    const first = await award({ awardId: "r1:0:u" });
    expect(first.duplicate).toBe(false);
    expect(first.answerStreak).toEqual({ before: { current: 0, best: 0 }, after: { current: 1, best: 1 } });
    expect(first.dailyStreak.after).toEqual({ current: 1, best: 1, lastDay: "2026-11-25" });

    await award({ awardId: "r1:1:u", points: 30 });
    const wrong = await award({ awardId: "r1:2:u", correct: false, points: 0, deckId: "d2" });
    expect(wrong.answerStreak).toEqual({ before: { current: 2, best: 2 }, after: { current: 0, best: 2 } });
    const nextDay = await award({ awardId: "r2:0:u", points: 10, now: NOW + DAY });
    expect(nextDay.dailyStreak).toEqual({
      before: { current: 1, best: 1, lastDay: "2026-11-25" },
      after: { current: 2, best: 2, lastDay: "2026-11-26" },
    });

    const stats = await t.store.stats.get("g", "u");
    expect(stats).toEqual({
      version: 1,
      points: 60,
      answered: 4,
      correct: 3,
      answerStreak: { current: 1, best: 2 },
      dailyStreak: { current: 2, best: 2, lastDay: "2026-11-26" },
      decks: ["d1", "d2"],
      updatedAt: NOW + DAY,
    });
    for (const period of ["all", "week"] as const) {
      expect(await t.store.leaderboard.top("g", period, 10, NOW + DAY, "UTC")).toEqual([
        { userId: "u", points: 60, rank: 1 },
      ]);
      expect(await t.store.leaderboard.rank("g", "u", period, NOW + DAY, "UTC")).toEqual({
        rank: 1,
        points: 60,
        players: 1,
      });
    }
    expect(await t.store.stats.get("g", "nobody")).toMatchObject({ points: 0, answered: 0, decks: [] });
  });

  it("ignores a repeated awardId", async () => {
    await award({ awardId: "r1:0:u" });
    const again = await award({ awardId: "r1:0:u", points: 999 });
    expect(again.duplicate).toBe(true);
    expect(again.stats.points).toBe(20);
    expect(again.answerStreak.before).toEqual(again.answerStreak.after);
    expect((await t.store.stats.get("g", "u")).answered).toBe(1);
    expect((await t.store.leaderboard.rank("g", "u", "week", NOW, "UTC"))?.points).toBe(20);
    // The same id in another guild is a different answer.
    expect((await award({ awardId: "r1:0:u", guildId: "g2" })).duplicate).toBe(false);
  });

  it("loses nothing under 1,000 concurrent awards to one player", async () => {
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) => award({ awardId: `r:${i}:u`, points: 7 })),
    );
    expect(results.every((r) => !r.duplicate)).toBe(true);
    const check = async () => {
      const stats = await t.store.stats.get("g", "u");
      expect(stats).toMatchObject({
        points: 7000,
        answered: 1000,
        correct: 1000,
        answerStreak: { current: 1000, best: 1000 },
      });
      expect(await t.store.leaderboard.rank("g", "u", "all", NOW, "UTC")).toEqual({
        rank: 1,
        points: 7000,
        players: 1,
      });
      expect(await t.store.leaderboard.rank("g", "u", "week", NOW, "UTC")).toEqual({
        rank: 1,
        points: 7000,
        players: 1,
      });
    };
    await check();
    await t.reopen(); // and it is all on disk, not just in the cache
    await check();
  });

  it("keeps boards exact under concurrent awards from many players", async () => {
    const expected = new Map<string, number>();
    const awards = [];
    for (let i = 0; i < 1000; i++) {
      const userId = `p${(i * 7919) % 200}`;
      const points = (i * 31) % 45;
      expected.set(userId, (expected.get(userId) ?? 0) + points);
      awards.push(award({ awardId: `r:${i}`, userId, points }));
    }
    await Promise.all(awards);
    const board = bruteForce(expected);
    expect(await t.store.leaderboard.top("g", "week", 10, NOW, "UTC")).toEqual(board.slice(0, 10));
    for (const e of board.slice(0, 60)) {
      expect(await t.store.leaderboard.rank("g", e.userId, "all", NOW, "UTC")).toEqual({
        rank: e.rank,
        points: e.points,
        players: 200,
      });
    }
  });

  it("for a round of this process, finds repeats among its own writes without reading the marker from storage", async () => {
    const reads: string[] = [];
    const { get, getMany } = t.store.keyv;
    const getOne = get.bind(t.store.keyv) as (key: string) => ReturnType<typeof get>;
    // Every storage read goes through these two (see Kv.readBatch).
    t.store.keyv.get = ((key: string) => {
      reads.push(key);
      return getOne(key);
    }) as typeof get;
    t.store.keyv.getMany = ((keys: string[]) => {
      reads.push(...keys);
      return getMany.call(t.store.keyv, keys);
    }) as typeof getMany;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => award({ awardId: "fresh:0:u", freshRound: true })),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect((await award({ awardId: "fresh:0:u", freshRound: true, points: 5 })).duplicate).toBe(true);
    expect((await t.store.stats.get("g", "u")).points).toBe(20);
    expect(reads.filter((k) => k.startsWith("award:"))).toEqual([]);
    // A round recovered after a restart is not fresh: its markers are read from storage.
    await t.reopen(); // award() now goes to the reopened store
    expect((await award({ awardId: "fresh:0:u" })).duplicate).toBe(true);
    expect((await t.store.stats.get("g", "u")).points).toBe(20);
  });

  it("keeps concurrent duplicates idempotent", async () => {
    const results = await Promise.all(Array.from({ length: 50 }, () => award({ awardId: "same" })));
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect((await t.store.stats.get("g", "u")).points).toBe(20);
  });

  it("starts a fresh weekly board each ISO week, in the server's timezone", async () => {
    await award({ awardId: "a", userId: "u1", points: 50 });
    await award({ awardId: "b", userId: "u2", points: 10 });
    const nextWeek = NOW + 7 * DAY;
    await award({ awardId: "c", userId: "u2", points: 5, now: nextWeek });

    expect(await t.store.leaderboard.top("g", "week", 10, nextWeek, "UTC")).toEqual([
      { userId: "u2", points: 5, rank: 1 },
    ]);
    expect(await t.store.leaderboard.rank("g", "u1", "week", nextWeek, "UTC")).toBeNull();
    expect(await t.store.leaderboard.top("g", "all", 10, nextWeek, "UTC")).toEqual([
      { userId: "u1", points: 50, rank: 1 },
      { userId: "u2", points: 15, rank: 2 },
    ]);
    // The previous week's board is still readable for that week.
    expect((await t.store.leaderboard.top("g", "week", 10, NOW, "UTC")).map((e) => e.points)).toEqual([
      50, 10,
    ]);

    // Sunday 23:30 UTC is already Monday (next week) in Tokyo.
    const sundayNight = Date.UTC(2026, 10, 29, 23, 30);
    await award({ awardId: "d", userId: "u3", points: 1, now: sundayNight, timeZone: "Asia/Tokyo" });
    expect(await t.store.leaderboard.rank("g", "u3", "week", sundayNight, "UTC")).toBeNull();
    expect(await t.store.leaderboard.rank("g", "u3", "week", sundayNight, "Asia/Tokyo")).toMatchObject({
      points: 1,
    });
  });

  it("rejects bad input without writing anything", async () => {
    await expect(award({ awardId: "x", points: -5 })).rejects.toBeInstanceOf(RangeError);
    await expect(award({ awardId: "y", points: 1.5 })).rejects.toBeInstanceOf(RangeError);
    await expect(award({ awardId: "z", timeZone: "Nowhere/City" })).rejects.toBeInstanceOf(RangeError);
    expect((await t.store.stats.get("g", "u")).answered).toBe(0);
    expect(await t.store.leaderboard.rank("g", "u", "all", NOW, "UTC")).toBeNull();
  });

  it("reports adapter failures as StoreError and recovers once storage works", async () => {
    await award({ awardId: "ok" });
    const setMany = t.store.keyv.setMany.bind(t.store.keyv);
    t.store.keyv.setMany = (() =>
      Promise.reject(new Error("SQLITE_READONLY: attempt to write a readonly database"))) as never;
    await expect(award({ awardId: "lost" })).rejects.toThrow(StoreError);
    await expect(award({ awardId: "lost2" })).rejects.toThrow(/readonly/);
    t.store.keyv.setMany = setMany;
    // The failed writes were dropped from the cache too, so memory agrees with storage again.
    expect((await t.store.stats.get("g", "u")).points).toBe(20);
    expect((await award({ awardId: "lost" })).stats.points).toBe(40);
    expect(await t.store.leaderboard.rank("g", "u", "all", NOW, "UTC")).toEqual({
      rank: 1,
      points: 40,
      players: 1,
    });
  });
});

// The cache is an optimisation: with none, or one far too small for the working set (constant
// eviction), concurrent awards must still be exact and idempotent.
describe.each([0, 40])("awardAnswer with cacheLimit %i", (cacheLimit) => {
  let s: TestStore;
  beforeEach(async () => {
    s = await tempStore({ cacheLimit });
  });
  afterEach(async () => {
    await s.cleanup();
  });

  it("stays exact under concurrency, with duplicates mixed in", async () => {
    const expected = new Map<string, number>();
    const awards = [];
    for (let i = 0; i < 600; i++) {
      const userId = `p${(i * 7919) % 150}`;
      const points = (i * 31) % 45;
      expected.set(userId, (expected.get(userId) ?? 0) + points);
      const input = {
        awardId: `r:${i}`,
        guildId: "g",
        userId,
        deckId: "d",
        correct: true,
        points,
        now: NOW,
        timeZone: "UTC",
      };
      awards.push(awardAnswer(s.store, input), awardAnswer(s.store, input));
    }
    const results = await Promise.all(awards);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(600);
    const board = bruteForce(expected);
    expect(await s.store.leaderboard.top("g", "all", 10, NOW, "UTC")).toEqual(board.slice(0, 10));
    for (const e of board) {
      expect(await s.store.leaderboard.rank("g", e.userId, "week", NOW, "UTC")).toEqual({
        rank: e.rank,
        points: e.points,
        players: 150,
      });
      expect((await s.store.stats.get("g", e.userId)).points).toBe(e.points);
    }
  });
});

// The repositories use only the Keyv API, so any adapter works; memory:// is Keyv's Map store,
// which has neither getMany nor setMany (Keyv falls back to one call per key).
describe("on a plain Keyv adapter (memory://)", () => {
  it("awards, dedupes and ranks the same way", async () => {
    const store = await openStore("memory://");
    try {
      const expected = new Map<string, number>();
      const awards = [];
      for (let i = 0; i < 1000; i++) {
        const userId = `p${i % 37}`;
        expected.set(userId, (expected.get(userId) ?? 0) + (i % 5));
        const input = {
          awardId: `r:${i}`,
          guildId: "g",
          userId,
          deckId: "d",
          correct: true,
          points: i % 5,
          now: NOW,
          timeZone: "UTC",
        };
        awards.push(awardAnswer(store, input), awardAnswer(store, input));
      }
      expect((await Promise.all(awards)).filter((r) => !r.duplicate)).toHaveLength(1000);
      expect(await store.leaderboard.top("g", "all", 10, NOW, "UTC")).toEqual(
        bruteForce(expected).slice(0, 10),
      );
      expect(await store.journalMode()).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});
