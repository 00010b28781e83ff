import { describe, expect, it } from "vitest";
import { gradeCard, isDue, pickRecallCards, type CardSchedule } from "../../src/engine/recall.js";
import { seededRng } from "../../src/engine/random.js";
import { card } from "./fixtures.js";

const NOW = Date.parse("2026-11-25T12:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;

describe("gradeCard", () => {
  it("schedules a new card: again soon, easy days later", () => {
    const again = gradeCard(undefined, "again", NOW);
    const good = gradeCard(undefined, "good", NOW);
    const easy = gradeCard(undefined, "easy", NOW);
    expect(again.due - NOW).toBeLessThanOrEqual(10 * MIN);
    expect(good.due).toBeGreaterThan(again.due);
    expect(easy.due - NOW).toBeGreaterThanOrEqual(DAY);
    expect(easy).toMatchObject({ version: 1, reps: 1, lastReview: NOW });
  });

  it("stretches intervals as a card is remembered and shrinks them on a lapse", () => {
    let s = gradeCard(undefined, "easy", NOW);
    const first = s.due - NOW;
    s = gradeCard(s, "good", s.due);
    const second = s.due - (s.lastReview ?? 0);
    expect(second).toBeGreaterThan(first);
    const lapse = gradeCard(s, "again", s.due);
    expect(lapse.lapses).toBe(1);
    expect(lapse.due - (lapse.lastReview ?? 0)).toBeLessThan(DAY);
  });

  it("pins the intervals of a known grade sequence (ts-fsrs defaults, no fuzz)", () => {
    // New cards: learning steps of 1 and 10 minutes, Hard between them; Easy graduates at once.
    const interval = (s: CardSchedule) => s.due - s.lastReview!;
    expect(["again", "hard", "good", "easy"].map((g) => interval(gradeCard(undefined, g as "good", NOW)))).toEqual([
      1 * MIN,
      6 * MIN,
      10 * MIN,
      8 * DAY,
    ]);
    // Hard, then Good when due, then Hard again: still learning, 10 then 6 minutes.
    const hard = gradeCard(undefined, "hard", NOW);
    const good = gradeCard(hard, "good", hard.due);
    const hardAgain = gradeCard(good, "hard", good.due);
    expect([interval(good), interval(hardAgain)]).toEqual([10 * MIN, 6 * MIN]);
    // Easy, then Good when due: 8 days, then 39.
    const easy = gradeCard(undefined, "easy", NOW);
    expect(interval(gradeCard(easy, "good", easy.due))).toBe(39 * DAY);
  });

  it("is deterministic and works from JSON-reloaded schedules", () => {
    const s = gradeCard(undefined, "good", NOW);
    const reloaded = JSON.parse(JSON.stringify(s)) as CardSchedule;
    expect(gradeCard(reloaded, "good", NOW + 20 * MIN)).toEqual(gradeCard(s, "good", NOW + 20 * MIN));
  });
});

describe("isDue", () => {
  it("treats new cards as due and compares due with now", () => {
    const s = gradeCard(undefined, "easy", NOW);
    expect(isDue(undefined, NOW)).toBe(true);
    expect(isDue(s, NOW)).toBe(false);
    expect(isDue(s, s.due)).toBe(true);
  });
});

describe("pickRecallCards", () => {
  const cards = ["c1", "c2", "c3", "c4", "c5", "c6"].map(card);
  const at = (due: number): CardSchedule => ({ ...gradeCard(undefined, "good", NOW - 10 * DAY), due });
  const schedules = {
    c1: at(NOW - DAY),
    c2: at(NOW - 3 * DAY),
    c3: at(NOW + DAY),
    c4: at(NOW + 2 * 3_600_000),
  };

  it("orders due (most overdue first), then new, then soonest due", () => {
    const ids = pickRecallCards(cards, schedules, NOW, 10, seededRng(1)).map((c) => c.id);
    expect(ids.slice(0, 2)).toEqual(["c2", "c1"]);
    expect([...ids.slice(2, 4)].sort()).toEqual(["c5", "c6"]);
    expect(ids.slice(4)).toEqual(["c4", "c3"]);
  });

  it("stops at count", () => {
    expect(pickRecallCards(cards, schedules, NOW, 3, seededRng(1))).toHaveLength(3);
  });
});
