import { describe, expect, it } from "vitest";
import { seededRng, shuffle } from "../../src/engine/random.js";

describe("seededRng", () => {
  it("repeats the same sequence for the same seed, in [0, 1)", () => {
    const a = seededRng(42);
    const b = seededRng(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("differs across seeds, including fractional and large ones", () => {
    const first = (seed: number) => seededRng(seed)();
    expect(first(1)).not.toBe(first(2));
    expect(first(0.25)).not.toBe(first(0.75)); // Math.random()-style seeds must not collapse to 0
    expect(first(1_764_000_000_000)).not.toBe(first(1_764_000_000_000 + 2 ** 32));
  });
});

describe("shuffle", () => {
  it("returns a permutation copy and leaves the input alone", () => {
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffle(input, seededRng(7));
    expect(input).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect([...out].sort()).toEqual(input);
    expect(out).not.toEqual(input);
    expect(shuffle(input, seededRng(7))).toEqual(out);
  });
});
