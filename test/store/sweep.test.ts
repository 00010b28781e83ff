import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { awardAnswer, openStore, startExpirySweep } from "../../src/store/index.js";
import { adapterKey, BACKEND, DAY, NOW, tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

const award = (awardId: string, userId: string, now: number) =>
  awardAnswer(t.store, {
    awardId,
    guildId: "g",
    userId,
    deckId: "d",
    correct: true,
    points: 5,
    now,
    timeZone: "UTC",
  });

/** Rows the adapter holds for these store keys, read past Keyv (which would hide expired ones). */
async function rawRows(keys: string[]): Promise<number> {
  let n = 0;
  for (const k of keys) if ((await t.store.keyv.store.get(adapterKey(t, k))) !== undefined) n++;
  return n;
}

describe.skipIf(BACKEND === "redis")("sweeping expired rows", () => {
  it("deletes rows whose expiry passed, keeps the rest (and corrupt rows), and counts them", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    try {
      for (let i = 0; i < 30; i++) await award(`a${i}`, `u${i % 3}`, NOW); // 30-day markers, weekly boards
      await t.store.keyv.store.set(adapterKey(t, "junk"), "{not json");
      await t.store.settings.set("g", { questions: 7 }); // never expires
      const markers = Array.from({ length: 30 }, (_, i) => `award:g:a${i}`);
      expect(await rawRows(markers)).toBe(30);

      expect(await t.store.sweepExpired(NOW + DAY)).toBe(0); // nothing due yet
      const swept = await t.store.sweepExpired(NOW + 40 * DAY);
      expect(swept).toBeGreaterThanOrEqual(30); // the markers, plus the week's board rows
      expect(await rawRows(markers)).toBe(0);
      expect(await t.store.keyv.store.get(adapterKey(t, "junk"))).toBeDefined();
      const store = await t.reopen();
      expect((await store.settings.get("g")).questions).toBe(7);
      expect((await store.stats.get("g", "u0")).answered).toBe(10); // stats never expire
      expect(await store.sweepExpired(NOW + 40 * DAY)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it.skipIf(BACKEND !== "postgres")("leaves other namespaces on the same server alone", async () => {
    const other = await openStore(t.url, {
      namespace: `qdtest-other-${randomBytes(4).toString("hex")}`,
      logger: t.logger,
    });
    try {
      await awardAnswer(other, {
        awardId: "x",
        guildId: "g",
        userId: "u",
        deckId: "d",
        correct: true,
        points: 1,
        now: NOW,
        timeZone: "UTC",
      });
      await award("mine", "u", NOW);
      expect(await t.store.sweepExpired(NOW + 40 * DAY)).toBeGreaterThan(0);
      expect(await other.sweepExpired(NOW + 40 * DAY)).toBeGreaterThan(0); // its own rows were still there
    } finally {
      await other.keyv.clear();
      await other.close();
    }
  });

  it("runs on a schedule and reports each count", async () => {
    let due = 3;
    const counts: number[] = [];
    const stop = startExpirySweep(async () => due--, {
      everyMs: 20,
      log: t.logger,
      onSwept: (n) => counts.push(n),
    });
    await vi.waitFor(() => expect(counts).toEqual([3, 2, 1]));
    stop();
  });
});
