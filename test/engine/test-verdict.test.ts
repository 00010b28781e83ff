import { describe, expect, it } from "vitest";
import type { Difficulty } from "../../src/decks/schema.js";
import { seededRng } from "../../src/engine/random.js";
import { pickTestQuestions, testVerdict } from "../../src/engine/test-verdict.js";
import { deck } from "./fixtures.js";

const counts = (qs: { difficulty: Difficulty }[]) => ({
  easy: qs.filter((q) => q.difficulty === "easy").length,
  medium: qs.filter((q) => q.difficulty === "medium").length,
  hard: qs.filter((q) => q.difficulty === "hard").length,
});

/** `correct` right answers out of `total`, all medium. */
const score = (correct: number, total: number) =>
  testVerdict(
    Array.from({ length: total }, (_, i) => ({ difficulty: "medium" as const, correct: i < correct })),
  );

describe("pickTestQuestions", () => {
  it("picks 3 easy, 4 medium, 3 hard, ordered easy -> medium -> hard", () => {
    const picked = pickTestQuestions(deck(6, 6, 6).questions, seededRng(1));
    expect(picked).toHaveLength(10);
    expect(counts(picked)).toEqual({ easy: 3, medium: 4, hard: 3 });
    expect(picked.map((q) => q.difficulty)).toEqual([
      ...Array(3).fill("easy"),
      ...Array(4).fill("medium"),
      ...Array(3).fill("hard"),
    ]);
    expect(new Set(picked.map((q) => q.id)).size).toBe(10);
  });

  it("is reproducible for a seed and varies across seeds", () => {
    const qs = deck(6, 6, 6).questions;
    const ids = (seed: number) => pickTestQuestions(qs, seededRng(seed)).map((q) => q.id);
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)).not.toEqual(ids(6));
  });

  it("fills from the other difficulties when one is short", () => {
    const picked = pickTestQuestions(deck(1, 6, 6).questions, seededRng(2));
    expect(picked).toHaveLength(10);
    expect(counts(picked).easy).toBe(1);
    expect(counts(picked).medium + counts(picked).hard).toBe(9);
    expect(counts(picked).medium).toBeGreaterThanOrEqual(4);
    expect(counts(picked).hard).toBeGreaterThanOrEqual(3);

    const noHard = pickTestQuestions(deck(5, 5, 0).questions, seededRng(3));
    expect(counts(noHard)).toEqual({ easy: 5, medium: 5, hard: 0 });
  });

  it("takes everything when the deck has fewer than 10", () => {
    const picked = pickTestQuestions(deck(2, 3, 1).questions, seededRng(4));
    expect(counts(picked)).toEqual({ easy: 2, medium: 3, hard: 1 });
    expect(pickTestQuestions([], seededRng(4))).toEqual([]);
  });
});

describe("testVerdict", () => {
  it("applies thresholds at 49/50/79/80%", () => {
    expect(score(49, 100)).toMatchObject({ percent: 49, verdict: "weak" });
    expect(score(50, 100)).toMatchObject({ percent: 50, verdict: "needs work" });
    expect(score(79, 100)).toMatchObject({ percent: 79, verdict: "needs work" });
    expect(score(80, 100)).toMatchObject({ percent: 80, verdict: "strong" });
  });

  it("rounds the percentage down before comparing", () => {
    // 159/200 = 79.5% and 2/3 = 66.67%: never rounded up into the next band
    expect(score(159, 200)).toMatchObject({ percent: 79, verdict: "needs work" });
    expect(score(2, 3)).toMatchObject({ percent: 66, verdict: "needs work" });
    expect(score(0, 0)).toMatchObject({ correct: 0, total: 0, percent: 0, verdict: "weak" });
  });

  it("breaks results down by difficulty", () => {
    const v = testVerdict([
      { difficulty: "easy", correct: true },
      { difficulty: "easy", correct: true },
      { difficulty: "medium", correct: false },
      { difficulty: "hard", correct: true },
      { difficulty: "hard", correct: false },
    ]);
    expect(v).toMatchObject({ correct: 3, total: 5, percent: 60, verdict: "needs work" });
    expect(v.byDifficulty).toEqual({
      easy: { correct: 2, total: 2 },
      medium: { correct: 0, total: 1 },
      hard: { correct: 1, total: 2 },
    });
  });
});
