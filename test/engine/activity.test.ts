import { describe, expect, it } from "vitest";
import {
  difficultyTotals,
  dueForecast,
  historyMonths,
  lastDays,
  recordActivity,
  yearHeatmap,
  type ActivityMonth,
} from "../../src/engine/activity.js";

const at = (iso: string) => Date.parse(iso);

describe("activity history", () => {
  it("counts answers by the server's local day and by difficulty", () => {
    let m: ActivityMonth | undefined;
    m = recordActivity(m, "2026-11-29", true, "easy");
    m = recordActivity(m, "2026-11-29", false, "hard");
    m = recordActivity(m, "2026-11-30", true, "hard");
    expect(m.days).toEqual({ "2026-11-29": [1, 1], "2026-11-30": [1, 0] });
    expect(difficultyTotals([m])).toEqual({
      easy: { correct: 1, total: 1 },
      medium: { correct: 0, total: 0 },
      hard: { correct: 1, total: 2 },
    });
  });

  it("lists the last 30 days ending today in the time zone, zeros included", () => {
    const m = recordActivity(undefined, "2026-11-30", true, undefined);
    // 23:30 UTC on the 29th is already the 30th in Tokyo.
    const days = lastDays([m], at("2026-11-29T23:30:00Z"), "Asia/Tokyo", 30);
    expect(days).toHaveLength(30);
    expect(days.at(-1)).toEqual({ day: "2026-11-30", correct: 1, wrong: 0 });
    expect(days[0]!.day).toBe("2026-11-01");
    expect(lastDays([m], at("2026-11-29T23:30:00Z"), "UTC", 30).at(-1)).toEqual({
      day: "2026-11-29",
      correct: 0,
      wrong: 0,
    });
  });

  it("draws a year heat map only with more than 30 days of history, Monday first", () => {
    const now = at("2026-11-30T12:00:00Z"); // a Monday
    const recent = recordActivity(undefined, "2026-11-10", true, undefined);
    expect(yearHeatmap([recent], now, "UTC")).toBeNull();
    const old = recordActivity(undefined, "2026-09-01", false, undefined);
    const map = yearHeatmap([old, recent], now, "UTC")!;
    expect(map).toHaveLength(52 * 7 + 1);
    expect(map.at(-1)).toBe(0);
    expect(map.reduce((a, b) => a + b, 0)).toBe(2);
  });

  it("forecasts items due per day, overdue ones today", () => {
    const now = at("2026-11-30T12:00:00Z");
    const f = dueForecast(
      [at("2026-11-20T00:00:00Z"), now + 3_600_000, now + 86_400_000, now + 20 * 86_400_000],
      now,
      "UTC",
    );
    expect(f).toHaveLength(14);
    expect(f.slice(0, 3)).toEqual([2, 1, 0]);
    expect(f.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it("reads 13 months at most for the history", () => {
    const months = historyMonths(at("2026-11-30T12:00:00Z"), "UTC");
    expect(months.at(-1)).toBe("2026-11");
    expect(months.length).toBeLessThanOrEqual(13);
    expect(months[0]! <= "2025-12").toBe(true);
  });
});
