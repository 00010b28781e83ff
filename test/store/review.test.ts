import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { gradeCard } from "../../src/engine/recall.js";
import { answerReview, scheduleAnswer } from "../../src/engine/review.js";
import { awardAnswer } from "../../src/store/index.js";
import { REVIEW_INDEX_CAP, withDue } from "../../src/store/schedules.js";
import { DAY, NOW, tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

const answer = (awardId: string, questionId: string, correct: boolean, now = NOW) =>
  awardAnswer(t.store, {
    awardId,
    guildId: "g",
    userId: "u",
    deckId: "d1",
    correct,
    points: correct ? 10 : 0,
    now,
    timeZone: "UTC",
    review: answerReview({ deckId: "d1", itemId: questionId }, correct, now),
  });

describe("review schedules stored with the award", () => {
  it("schedules each answered question in the player's index, durably", async () => {
    const missed = await answer("r1:0:u", "q-miss", false);
    await answer("r1:1:u", "q-right", true);
    expect(missed.review).toEqual(scheduleAnswer(undefined, false, NOW));
    const store = await t.reopen();
    const index = await store.schedules.index("g", "u");
    expect(index?.cardsIndexed).toBe(false);
    expect(index?.items).toEqual({
      "d1:q:q-miss": scheduleAnswer(undefined, false, NOW).due,
      "d1:q:q-right": scheduleAnswer(undefined, true, NOW).due,
    });
    expect(await store.schedules.get("g", "u", "d1:q:q-miss")).toEqual(scheduleAnswer(undefined, false, NOW));
    expect(await store.schedules.index("g", "other")).toBeUndefined();
  });

  it("builds on the previous schedule, and a repeated award moves nothing", async () => {
    const first = await answer("r1:0:u", "q1", true);
    const second = await answer("r2:0:u", "q1", true, first.review!.due);
    expect(second.review).toEqual(scheduleAnswer(first.review, true, first.review!.due));
    const again = await answer("r2:0:u", "q1", false, first.review!.due + DAY);
    expect(again.duplicate).toBe(true);
    expect(again.review).toBeUndefined();
    expect((await t.store.schedules.index("g", "u"))?.items["d1:q:q1"]).toBe(second.review!.due);
  });

  it("a graded card joins the same index; addToIndex fills in old schedules without overwriting", async () => {
    await answer("r1:0:u", "q1", false);
    const card = gradeCard(undefined, "good", NOW);
    await t.store.schedules.set("g", "u", "d1:c1", card);
    const index = await t.store.schedules.index("g", "u");
    expect(index?.items["d1:c1"]).toBe(card.due);
    const merged = await t.store.schedules.addToIndex("g", "u", { "d1:c1": 1, "d1:old": 5 });
    expect(merged["d1:c1"]).toBe(card.due);
    expect(merged["d1:old"]).toBe(5);
    // Marked: later writes keep the mark, so the old schedules are looked for only once.
    await answer("r2:0:u", "q2", true);
    expect((await t.store.schedules.index("g", "u"))?.cardsIndexed).toBe(true);
    expect(await t.store.schedules.addToIndex("g", "new", {})).toEqual({});
    expect(await t.store.schedules.index("g", "new")).toEqual({ items: {}, cardsIndexed: true });
  });

  it("keeps the index bounded, dropping what is due furthest ahead", () => {
    const big = Object.fromEntries(Array.from({ length: REVIEW_INDEX_CAP }, (_, k) => [`d:q:${k}`, k]));
    const next = withDue({ version: 1, items: big, cardsIndexed: true }, "d:q:soon", -1);
    expect(next.cardsIndexed).toBe(true);
    expect(Object.keys(next.items)).toHaveLength(REVIEW_INDEX_CAP);
    expect(next.items["d:q:soon"]).toBe(-1);
    expect(next.items[`d:q:${REVIEW_INDEX_CAP - 1}`]).toBeUndefined();
  });
});

describe("reminders", () => {
  const on = {
    version: 1 as const,
    time: "09:00",
    enabled: true,
    disabledReason: null,
    nextRunAt: NOW + 1000,
    failures: 0,
    updatedAt: NOW,
  };

  it("indexes players with a reminder on per server, and drops them when off", async () => {
    await t.store.reminders.update("g", "u1", () => on);
    await t.store.reminders.update("g", "u2", () => ({ ...on, nextRunAt: NOW + 5 }));
    await t.store.reminders.update("h", "u1", () => ({ ...on, enabled: false, nextRunAt: null }));
    const store = await t.reopen();
    expect(await store.reminders.schedule(["g", "h", "x"])).toEqual([
      { guildId: "g", userId: "u1", at: NOW + 1000 },
      { guildId: "g", userId: "u2", at: NOW + 5 },
    ]);
    await store.reminders.update("g", "u1", (c) => c && { ...c, enabled: false, nextRunAt: null });
    expect(await store.reminders.schedule(["g"])).toEqual([{ guildId: "g", userId: "u2", at: NOW + 5 }]);
    expect((await store.reminders.get("g", "u1"))?.enabled).toBe(false);
    await expect(store.reminders.update("g", "u3", () => ({ ...on, time: "9am" }))).rejects.toThrow(
      RangeError,
    );
  });

  it("claims a player's day once, across a restart", async () => {
    expect(await t.store.reminders.claimDay("g", "u", "2026-11-25", NOW)).toBe(true);
    expect(await t.store.reminders.claimDay("g", "u", "2026-11-25", NOW)).toBe(false);
    const store = await t.reopen();
    expect(await store.reminders.claimDay("g", "u", "2026-11-25", NOW)).toBe(false);
    expect(await store.reminders.claimDay("g", "u", "2026-11-26", NOW)).toBe(true);
    expect(await store.reminders.claimDay("g", "v", "2026-11-25", NOW)).toBe(true);
  });
});
