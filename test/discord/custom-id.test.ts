import { describe, expect, it } from "vitest";
import { encodeCustomId, parseCustomId, type CustomId } from "../../src/discord/custom-id.js";

describe("custom_id", () => {
  it("round-trips every kind and the edges of item and arg", () => {
    const kinds = [
      "answer",
      "hint",
      "reveal",
      "showCard",
      "grade",
      "check",
      "concepts",
      "next",
      "page",
    ] as const;
    for (const kind of kinds)
      for (const [item, arg] of [
        [0, 0],
        [999, 99],
        [10, 3],
      ] as const) {
        const id: CustomId = { kind, roundId: "r0und1d", item, arg };
        const raw = encodeCustomId(id);
        expect(raw.length).toBeLessThanOrEqual(100);
        expect(parseCustomId(raw)).toEqual(id);
      }
  });

  it("refuses anything encodeCustomId doesn't produce", () => {
    const forged = [
      undefined,
      42,
      "",
      "q1.a.r0und1d.0",
      "q2.a.r0und1d.0.0",
      "q1.z.r0und1d.0.0", // unknown kind
      "q1.a.R0UND1D.0.0",
      "q1.a.short.0.0",
      "q1.a.r0und1d.1000.0",
      "q1.a.r0und1d.0.100",
      "q1.a.r0und1d.-1.0",
      "q1.a.r0und1d.007.0",
      "q1.a.r0und1d.1e2.0",
      "q1.a.r0und1d. 1.0",
      "q1.a.r0und1d..0",
      "q1.a.r0und1d.0.0.extra",
      "q1.a.r0und1d.0.0\n",
      `q1.a.${"x".repeat(200)}.0.0`,
    ];
    for (const raw of forged) expect(parseCustomId(raw), String(raw)).toBeNull();
  });
});
