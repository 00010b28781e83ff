import { describe, expect, it } from "vitest";
import { checkConcepts } from "../../src/engine/explain.js";
import { prompt } from "./fixtures.js";

describe("checkConcepts", () => {
  it("counts ticked concepts in concept order", () => {
    expect(checkConcepts(prompt("p"), [2, 0])).toEqual({
      got: 2,
      total: 3,
      covered: ["alpha", "gamma"],
      missed: ["beta"],
    });
  });

  it("ignores out-of-range, fractional and duplicate ticks", () => {
    expect(checkConcepts(prompt("p"), [1, 1, 3, -1, 0.5])).toEqual({
      got: 1,
      total: 3,
      covered: ["beta"],
      missed: ["alpha", "gamma"],
    });
    expect(checkConcepts(prompt("p"), []).got).toBe(0);
  });
});
