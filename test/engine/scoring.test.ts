import { describe, expect, it } from "vitest";
import { BASE_POINTS, scoreAnswer } from "../../src/engine/scoring.js";

const at = (elapsedMs: number, extra: Partial<Parameters<typeof scoreAnswer>[0]> = {}) =>
  scoreAnswer({ difficulty: "medium", correct: true, elapsedMs, timerMs: 20_000, hintUsed: false, ...extra });

describe("scoreAnswer", () => {
  it("uses 10/20/30 base points", () => {
    expect(BASE_POINTS).toEqual({ easy: 10, medium: 20, hard: 30 });
    for (const d of ["easy", "medium", "hard"] as const) {
      expect(scoreAnswer({ difficulty: d, correct: true, elapsedMs: 0, timerMs: 0, hintUsed: false })).toBe(
        BASE_POINTS[d],
      );
    }
  });

  it("gives +50% at 0 ms and +0 at or after the timer end, linear between", () => {
    expect(at(0)).toBe(30);
    expect(at(10_000)).toBe(25);
    expect(at(20_000)).toBe(20);
    expect(at(25_000)).toBe(20);
    expect(at(-5)).toBe(30); // clock skew never pushes past the cap
    expect(
      scoreAnswer({ difficulty: "hard", correct: true, elapsedMs: 0, timerMs: 15_000, hintUsed: false }),
    ).toBe(45);
  });

  it("halves the total when a hint was used, rounding to an integer", () => {
    expect(at(0, { hintUsed: true })).toBe(15);
    expect(at(20_000, { hintUsed: true })).toBe(10);
    // easy at 3/4 of the timer left: 10 + 3.75 = 13.75, halved 6.875 => 7
    expect(at(5_000, { difficulty: "easy", hintUsed: true })).toBe(7);
  });

  it("gives 0 for a wrong answer however fast", () => {
    expect(at(0, { correct: false })).toBe(0);
    expect(at(0, { correct: false, hintUsed: true })).toBe(0);
  });
});
