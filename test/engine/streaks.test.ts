import { describe, expect, it } from "vitest";
import {
  applyAnswerStreak,
  applyDailyStreak,
  currentDailyStreak,
  localDay,
  previousDay,
  weekKey,
  type DailyStreak,
} from "../../src/engine/streaks.js";

const t = (iso: string) => Date.parse(iso);
const NY = "America/New_York";
const AKL = "Pacific/Auckland";

describe("applyAnswerStreak", () => {
  it("counts consecutive correct answers and keeps the best", () => {
    let s = { current: 0, best: 0 };
    for (const c of [true, true, true, false, true]) s = applyAnswerStreak(s, c);
    expect(s).toEqual({ current: 1, best: 3 });
  });
});

describe("localDay", () => {
  it("uses the timezone's calendar day", () => {
    const now = t("2026-11-25T03:00:00Z");
    expect(localDay(now, "UTC")).toBe("2026-11-25");
    expect(localDay(now, NY)).toBe("2026-11-24");
    expect(localDay(t("2026-11-24T11:30:00Z"), AKL)).toBe("2026-11-25");
  });

  it("throws RangeError for an unknown timezone", () => {
    expect(() => localDay(0, "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});

describe("applyDailyStreak", () => {
  const empty: DailyStreak = { current: 0, best: 0, lastDay: null };

  it("starts at 1, ignores a second play the same day, and grows the next day", () => {
    let s = applyDailyStreak(empty, t("2026-11-24T15:00:00Z"), NY);
    expect(s).toEqual({ current: 1, best: 1, lastDay: "2026-11-24" });
    expect(applyDailyStreak(s, t("2026-11-25T04:59:00Z"), NY)).toBe(s); // 23:59 the same NY day
    s = applyDailyStreak(s, t("2026-11-25T05:01:00Z"), NY); // 00:01 the next NY day
    expect(s).toEqual({ current: 2, best: 2, lastDay: "2026-11-25" });
  });

  it("crosses midnight in Auckland even though the UTC date does not change", () => {
    let s = applyDailyStreak(empty, t("2026-11-24T10:59:00Z"), AKL); // 23:59 NZDT Nov 24
    s = applyDailyStreak(s, t("2026-11-24T11:01:00Z"), AKL); // 00:01 NZDT Nov 25
    expect(s).toEqual({ current: 2, best: 2, lastDay: "2026-11-25" });
    // In UTC both plays are on Nov 24: no increase
    const utc = applyDailyStreak(
      applyDailyStreak(empty, t("2026-11-24T10:59:00Z"), "UTC"),
      t("2026-11-24T11:01:00Z"),
      "UTC",
    );
    expect(utc.current).toBe(1);
  });

  it("resets to 1 after a missed day but keeps the best", () => {
    const s: DailyStreak = { current: 5, best: 7, lastDay: "2026-11-20" };
    expect(applyDailyStreak(s, t("2026-11-22T15:00:00Z"), NY)).toEqual({
      current: 1,
      best: 7,
      lastDay: "2026-11-22",
    });
    expect(applyDailyStreak(s, t("2026-11-21T15:00:00Z"), NY)).toEqual({
      current: 6,
      best: 7,
      lastDay: "2026-11-21",
    });
  });

  it("counts calendar days across DST changes, not 24-hour spans", () => {
    // New York springs forward on 2026-03-08 (a 23-hour day).
    const sat = { current: 3, best: 3, lastDay: localDay(t("2026-03-08T04:59:00Z"), NY) }; // 23:59 EST Sat 7th
    expect(sat.lastDay).toBe("2026-03-07");
    // 00:01 EDT Mon 9th is only ~23 h later, but Sunday was missed.
    expect(applyDailyStreak(sat, t("2026-03-09T04:01:00Z"), NY)).toMatchObject({
      current: 1,
      lastDay: "2026-03-09",
    });
    // 23:30 EDT Sun 8th is the next day.
    expect(applyDailyStreak(sat, t("2026-03-09T03:30:00Z"), NY)).toMatchObject({
      current: 4,
      lastDay: "2026-03-08",
    });
    // Falls back on 2026-11-01 (a 25-hour day): 00:10 EDT and 23:50 EST are 24h40m apart, same day.
    const sun = applyDailyStreak(
      { current: 1, best: 1, lastDay: "2026-10-31" },
      t("2026-11-01T04:10:00Z"),
      NY,
    );
    expect(sun).toMatchObject({ current: 2, lastDay: "2026-11-01" });
    expect(applyDailyStreak(sun, t("2026-11-02T04:50:00Z"), NY)).toBe(sun);
    // Auckland falls back on 2026-04-05: 23:30 NZST that day is still the 5th.
    expect(localDay(t("2026-04-05T11:30:00Z"), AKL)).toBe("2026-04-05");
  });
});

describe("currentDailyStreak", () => {
  const s: DailyStreak = { current: 4, best: 9, lastDay: "2026-11-24" };

  it("is alive today and yesterday, broken after that", () => {
    expect(currentDailyStreak(s, t("2026-11-24T20:00:00Z"), NY)).toBe(4);
    expect(currentDailyStreak(s, t("2026-11-26T04:59:00Z"), NY)).toBe(4); // 23:59 Nov 25 in NY
    expect(currentDailyStreak(s, t("2026-11-26T05:01:00Z"), NY)).toBe(0); // 00:01 Nov 26 in NY
    expect(currentDailyStreak({ current: 0, best: 0, lastDay: null }, 0, NY)).toBe(0);
  });
});

describe("weekKey", () => {
  it("gives ISO weeks, including year boundaries", () => {
    expect(weekKey(t("2026-11-25T12:00:00Z"), "UTC")).toBe("2026-W48");
    expect(weekKey(t("2026-01-01T12:00:00Z"), "UTC")).toBe("2026-W01");
    expect(weekKey(t("2027-01-01T12:00:00Z"), "UTC")).toBe("2026-W53");
    expect(weekKey(t("2024-12-30T12:00:00Z"), "UTC")).toBe("2025-W01");
  });

  it("uses the local day in the timezone", () => {
    // Monday 04:30 UTC is still Sunday evening in New York
    const now = t("2026-11-30T04:30:00Z");
    expect(weekKey(now, "UTC")).toBe("2026-W49");
    expect(weekKey(now, NY)).toBe("2026-W48");
    // Sunday 12:30 UTC is already Monday in Auckland
    expect(weekKey(t("2026-11-29T12:30:00Z"), AKL)).toBe("2026-W49");
  });
});

describe("previousDay", () => {
  it("steps back across month, year and leap-day boundaries", () => {
    expect(previousDay("2026-03-01")).toBe("2026-02-28");
    expect(previousDay("2028-03-01")).toBe("2028-02-29");
    expect(previousDay("2027-01-01")).toBe("2026-12-31");
    expect(previousDay("2026-11-02")).toBe("2026-11-01");
  });
});
