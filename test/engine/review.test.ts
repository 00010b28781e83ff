import { describe, expect, it } from "vitest";
import { afterAttempt, decideReminder } from "../../src/engine/reminders.js";
import {
  answerReview,
  dueItems,
  nextDue,
  parseReviewKey,
  reviewKey,
  scheduleAnswer,
  summarizeDue,
  type ReviewIndex,
} from "../../src/engine/review.js";
import { parseTime, zonedInstant } from "../../src/engine/daily.js";

const NOW = Date.parse("2026-11-25T12:00:00Z");
const MIN = 60_000;
const DAY = 86_400_000;

describe("scheduleAnswer", () => {
  it("brings a missed question back within a minute and a correct one a day or more later", () => {
    const missed = scheduleAnswer(undefined, false, NOW);
    const right = scheduleAnswer(undefined, true, NOW);
    expect(missed.due - NOW).toBeLessThanOrEqual(MIN);
    expect(right.due - NOW).toBeGreaterThanOrEqual(DAY);
    expect(missed).toMatchObject({ reps: 1, lastReview: NOW });
  });

  it("pushes a question further out each time it is right again, and back on a miss", () => {
    let s = scheduleAnswer(undefined, true, NOW);
    const gaps: number[] = [];
    for (let k = 0; k < 3; k++) {
      const at = s.due;
      s = scheduleAnswer(s, true, at);
      gaps.push(s.due - at);
    }
    expect(gaps[1]).toBeGreaterThan(gaps[0]!);
    expect(gaps[2]).toBeGreaterThan(gaps[1]!);
    const lapse = scheduleAnswer(s, false, s.due);
    expect(lapse.lapses).toBe(1);
    expect(lapse.due - s.due).toBeLessThan(DAY);
  });

  it("answerReview keys the question and applies the rule to whatever the store had", () => {
    const u = answerReview({ deckId: "py", itemId: "q-1" }, false, NOW);
    expect(u.key).toBe("py:q:q-1");
    expect(u.next(undefined)).toEqual(scheduleAnswer(undefined, false, NOW));
  });
});

describe("review keys", () => {
  it("round-trips cards (the key recall always used) and questions", () => {
    expect(reviewKey({ deckId: "d", kind: "card", itemId: "c-1" })).toBe("d:c-1");
    expect(parseReviewKey("d:c-1")).toEqual({ deckId: "d", kind: "card", itemId: "c-1" });
    expect(parseReviewKey("d:q:q-1")).toEqual({ deckId: "d", kind: "question", itemId: "q-1" });
    for (const bad of ["", "d", "d:", ":x", "d:x:y", "d:q:", "a:b:c:d"])
      expect(parseReviewKey(bad)).toBeNull();
  });
});

describe("dueItems", () => {
  const index: ReviewIndex = {
    "a:q:late": NOW - 2 * DAY,
    "a:card1": NOW - DAY,
    "b:q:x": NOW - 3 * DAY,
    "b:q:tie2": NOW - MIN,
    "b:q:tie1": NOW - MIN,
    "a:q:now": NOW,
    "a:q:future": NOW + 5 * MIN,
    "junk key with spaces": NOW - 9 * DAY,
  };

  it("lists due items most overdue first, ties by key, leaving out later ones and junk", () => {
    expect(dueItems(index, NOW).map((d) => d.key)).toEqual([
      "b:q:x",
      "a:q:late",
      "a:card1",
      "b:q:tie1",
      "b:q:tie2",
      "a:q:now",
    ]);
    expect(dueItems(index, NOW)[2]).toMatchObject({
      deckId: "a",
      kind: "card",
      itemId: "card1",
      due: NOW - DAY,
    });
  });

  it("filters by deck", () => {
    expect(dueItems(index, NOW, { deckId: "a" }).map((d) => d.key)).toEqual([
      "a:q:late",
      "a:card1",
      "a:q:now",
    ]);
    expect(dueItems(index, NOW, { deckId: "zzz" })).toEqual([]);
  });

  it("moves with the clock", () => {
    expect(dueItems(index, NOW - 2 * DAY).map((d) => d.key)).toEqual(["b:q:x", "a:q:late"]);
    expect(dueItems(index, NOW + 5 * MIN)).toHaveLength(7);
  });

  it("nextDue is the soonest item still ahead", () => {
    expect(nextDue(index, NOW)).toBe(NOW + 5 * MIN);
    expect(nextDue(index, NOW + 5 * MIN)).toBeNull();
    expect(nextDue(index, NOW - 2 * DAY)).toBe(NOW - DAY);
    expect(nextDue(index, NOW - 2 * DAY, { deckId: "b" })).toBe(NOW - MIN);
  });

  it("summarizeDue counts per deck, most first", () => {
    expect(summarizeDue(index, NOW)).toEqual({
      total: 6,
      byDeck: [
        { deckId: "a", count: 3 },
        { deckId: "b", count: 3 },
      ],
      nextDue: NOW + 5 * MIN,
    });
    expect(summarizeDue({}, NOW)).toEqual({ total: 0, byDeck: [], nextDue: null });
  });

  it("a player's misses come before their correct answers once both are due", () => {
    const missed = scheduleAnswer(undefined, false, NOW);
    const right = scheduleAnswer(undefined, true, NOW);
    const idx: ReviewIndex = { "d:q:right": right.due, "d:q:missed": missed.due };
    expect(dueItems(idx, NOW + 10 * MIN).map((d) => d.itemId)).toEqual(["missed"]);
    expect(dueItems(idx, right.due).map((d) => d.itemId)).toEqual(["missed", "right"]);
  });
});

describe("reminder rules", () => {
  const time = parseTime("09:00")!;
  const tz = "Europe/Paris";
  const run = zonedInstant("2026-11-25", time, tz);

  it("waits, sends at the time, sends late the same day, skips a missed day", () => {
    expect(decideReminder(time, tz, run, run - MIN)).toEqual({ action: "wait", nextRunAt: run });
    expect(decideReminder(time, tz, run, run)).toEqual({
      action: "send",
      day: "2026-11-25",
      nextRunAt: run + DAY,
    });
    expect(decideReminder(time, tz, run, run + 5 * 3600_000)).toMatchObject({
      action: "send",
      day: "2026-11-25",
    });
    // Down from the 25th 09:00 to the 26th 08:00: the 25th is over, so the next is the 26th's.
    expect(decideReminder(time, tz, run, run + 23 * 3600_000)).toEqual({
      action: "skip",
      nextRunAt: run + DAY,
    });
  });

  it("turns off on the third failure in a row; a success clears the count", () => {
    expect(afterAttempt(0, false)).toEqual({ failures: 1, turnOff: false });
    expect(afterAttempt(1, false)).toEqual({ failures: 2, turnOff: false });
    expect(afterAttempt(2, false)).toEqual({ failures: 3, turnOff: true });
    expect(afterAttempt(2, true)).toEqual({ failures: 0, turnOff: false });
  });
});
