import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DailyConfig } from "../../src/store/index.js";
import { BOARD_CAP } from "../../src/store/dailies.js";
import { DAY, NOW, tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

const config = (over: Partial<DailyConfig> = {}): DailyConfig => ({
  version: 1,
  channelId: "c1",
  time: "09:00",
  deckId: "python-asyncio",
  questions: 1,
  enabled: true,
  disabledReason: null,
  nextRunAt: NOW + 3600_000,
  rotation: {},
  open: [],
  setBy: "mod",
  updatedAt: NOW,
  ...over,
});

describe("daily configs", () => {
  it("saves, reads back after a reopen, and lists the next runs of the given guilds", async () => {
    await t.store.dailies.update("g1", () => config());
    await t.store.dailies.update("g2", () => config({ nextRunAt: NOW + 60_000 }));
    await t.store.dailies.update("g1", (c) => c && { ...c, rotation: { "python-asyncio": ["q1"] }, open: [{ roundId: "r1", day: "2026-11-25", closesAt: NOW + DAY }] });
    const store = await t.reopen();
    expect(await store.dailies.get("g1")).toMatchObject({ rotation: { "python-asyncio": ["q1"] }, open: [{ roundId: "r1" }] });
    expect(await store.dailies.schedule(["g1", "g2", "g3"])).toEqual({ g1: NOW + 3600_000, g2: NOW + 60_000 });
    expect(await store.dailies.schedule(["g2"])).toEqual({ g2: NOW + 60_000 });

    await store.dailies.update("g2", (c) => c && { ...c, enabled: false, nextRunAt: null, disabledReason: "channel-missing" });
    expect(await store.dailies.schedule(["g1", "g2"])).toEqual({ g1: NOW + 3600_000, g2: null });
    await store.dailies.update("g1", () => undefined);
    expect(await store.dailies.get("g1")).toBeUndefined();
    expect(await (await t.reopen()).dailies.schedule(["g1", "g2"])).toEqual({ g2: null });
  });

  it("refuses an invalid config and reads a corrupt one as absent", async () => {
    await expect(t.store.dailies.update("g", () => config({ questions: 9 }))).rejects.toThrow(RangeError);
    await t.store.keyv.set("daily:g", { version: 1, channelId: 5 });
    const store = await t.reopen();
    expect(await store.dailies.get("g")).toBeUndefined();
    expect(t.warnings.some((w) => w.msg?.includes("invalid stored value"))).toBe(true);
  });

  it("applies concurrent updates one after the other", async () => {
    await t.store.dailies.update("g", () => config());
    await Promise.all(
      ["a", "b", "c", "d"].map((id) => t.store.dailies.update("g", (c) => c && { ...c, open: [...c.open, { roundId: id, day: "d", closesAt: 0 }] })),
    );
    expect((await t.store.dailies.get("g"))?.open.map((r) => r.roundId)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("claimDay", () => {
  it("claims a server's day once, even racing, and across a reopen", async () => {
    const results = await Promise.all([1, 2, 3].map(() => t.store.dailies.claimDay("g", "2026-11-25", NOW)));
    expect(results.filter(Boolean)).toHaveLength(1);
    const store = await t.reopen();
    expect(await store.dailies.claimDay("g", "2026-11-25", NOW)).toBe(false);
    expect(await store.dailies.claimDay("g", "2026-11-26", NOW)).toBe(true);
    expect(await store.dailies.claimDay("other", "2026-11-25", NOW)).toBe(true);
  });
});

describe("running streaks board", () => {
  const today = "2026-11-25";
  const yesterday = "2026-11-24";

  it("lists only streaks still running, longest first, up to n", async () => {
    const d = t.store.dailies;
    await d.noteStreak("g", "u1", { current: 3, best: 5, lastDay: today }, NOW, "UTC");
    await d.noteStreak("g", "u2", { current: 7, best: 7, lastDay: yesterday }, NOW, "UTC");
    await d.noteStreak("g", "u3", { current: 9, best: 9, lastDay: "2026-11-20" }, NOW, "UTC"); // broken
    await d.noteStreak("g", "u4", { current: 1, best: 1, lastDay: today }, NOW, "UTC");
    expect(await d.runningStreaks("g", 10, NOW, "UTC")).toEqual([
      { userId: "u2", current: 7, best: 7 },
      { userId: "u1", current: 3, best: 5 },
      { userId: "u4", current: 1, best: 1 },
    ]);
    expect(await d.runningStreaks("g", 1, NOW, "UTC")).toHaveLength(1);
    // Two days later only a streak renewed since then still runs.
    await d.noteStreak("g", "u4", { current: 2, best: 2, lastDay: "2026-11-26" }, NOW + DAY, "UTC");
    expect(await d.runningStreaks("g", 10, NOW + 2 * DAY, "UTC")).toEqual([{ userId: "u4", current: 2, best: 2 }]);
    expect(await d.runningStreaks("other", 10, NOW, "UTC")).toEqual([]);
  });

  it("ignores an older streak written late", async () => {
    const d = t.store.dailies;
    await d.noteStreak("g", "u", { current: 4, best: 4, lastDay: today }, NOW, "UTC");
    await d.noteStreak("g", "u", { current: 3, best: 4, lastDay: yesterday }, NOW, "UTC");
    expect(await d.runningStreaks("g", 10, NOW, "UTC")).toEqual([{ userId: "u", current: 4, best: 4 }]);
  });

  it("stays bounded in a big server", async () => {
    const d = t.store.dailies;
    await Promise.all(
      Array.from({ length: BOARD_CAP + 20 }, (_, i) => d.noteStreak("g", `u${i}`, { current: i + 1, best: i + 1, lastDay: today }, NOW, "UTC")),
    );
    const raw = (await t.store.keyv.get("dstreaks:g")) as { players: Record<string, unknown> };
    expect(Object.keys(raw.players)).toHaveLength(BOARD_CAP);
    expect((await d.runningStreaks("g", 10, NOW, "UTC"))[0]).toEqual({ userId: `u${BOARD_CAP + 19}`, current: BOARD_CAP + 20, best: BOARD_CAP + 20 });
  });

  it("doesn't rewrite a full board for a streak that would be cut at once, and takes a longer one", async () => {
    const d = t.store.dailies;
    for (let i = 0; i < BOARD_CAP; i++) await d.noteStreak("g", `u${i}`, { current: 3, best: 3, lastDay: today }, NOW, "UTC");
    const writes: string[] = [];
    const setMany = t.store.keyv.setMany.bind(t.store.keyv);
    t.store.keyv.setMany = ((entries: { key: string }[]) => {
      writes.push(...entries.map((e) => e.key));
      return setMany(entries as never);
    }) as typeof t.store.keyv.setMany;
    await Promise.all(Array.from({ length: 50 }, (_, i) => d.noteStreak("g", `new${i}`, { current: i % 2 ? 1 : 3, best: 3, lastDay: today }, NOW, "UTC")));
    expect(writes).toEqual([]);
    await d.noteStreak("g", "long", { current: 4, best: 4, lastDay: today }, NOW, "UTC");
    expect(writes).toEqual(["dstreaks:g"]);
    const store = await t.reopen();
    const top = await store.dailies.runningStreaks("g", BOARD_CAP, NOW, "UTC");
    expect(top).toHaveLength(BOARD_CAP);
    expect(top[0]).toEqual({ userId: "long", current: 4, best: 4 });
    expect(top.filter((s) => s.userId.startsWith("new"))).toEqual([]);
  });
});
