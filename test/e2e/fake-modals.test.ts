import { describe, expect, it } from "vitest";
import {
  checkMessageLimits,
  checkModal,
  modalSubmitData,
  readModal,
} from "../../src/playground/fake-discord/index.js";

const input = (extra: Record<string, unknown> = {}) => ({
  type: 4,
  custom_id: "answer",
  label: "Answer",
  style: 1,
  max_length: 20,
  ...extra,
});
const modal = (extra: Record<string, unknown> = {}, inputs = [input()]) => ({
  custom_id: "q1.w.abcdef.0.0",
  title: "Your answer",
  components: inputs.map((c) => ({ type: 1, components: [c] })),
  ...extra,
});

describe("fake Discord modals", () => {
  it("accepts a modal within Discord's limits, as a MODAL callback too", () => {
    expect(checkModal(modal())).toEqual([]);
    expect(checkMessageLimits({ type: 9, data: modal() })).toEqual([]);
    expect(checkMessageLimits({ type: 6 })).toEqual([]);
  });

  it("reports each broken limit", () => {
    expect(checkModal(modal({ custom_id: "x".repeat(101) }))).toEqual([
      "modal custom_id must be 1-100 characters (got 101)",
    ]);
    expect(checkModal(modal({ title: "t".repeat(46) }))).toEqual([
      "modal title must be 1-45 characters (got 46)",
    ]);
    expect(checkModal(modal({}, []))).toEqual(["modal needs 1-5 rows (got 0)"]);
    expect(
      checkModal(
        modal(
          {},
          Array.from({ length: 6 }, () => input()),
        ),
      ),
    ).toEqual(["modal needs 1-5 rows (got 6)"]);
    expect(checkModal(modal({}, [input({ label: "l".repeat(46) })]))).toEqual([
      "text input 0: label must be 1-45 characters (got 46)",
    ]);
    expect(checkModal(modal({}, [input({ max_length: 4001 })]))).toEqual([
      "text input 0: max_length must be 1-4000 (got 4001)",
    ]);
    expect(checkModal(modal({}, [input({ type: 2 })]))).toEqual([
      "modal row 0 holds a component that is not a text input",
    ]);
    expect(checkModal(modal({ components: [{ type: 1, components: [input(), input()] }] }))).toEqual([
      "modal row 0 must be an action row with one text input",
    ]);
    expect(checkMessageLimits({ type: 9 })).toEqual(["modal callback without data"]);
  });

  it("builds the MODAL_SUBMIT a user can send, and refuses what Discord's client would not send", () => {
    const m = readModal(modal());
    expect(modalSubmitData(m, { answer: "Canberra" })).toEqual({
      custom_id: "q1.w.abcdef.0.0",
      components: [{ type: 1, components: [{ type: 4, custom_id: "answer", value: "Canberra" }] }],
    });
    expect(() => modalSubmitData(m, { answer: "" })).toThrow(/required/);
    expect(() => modalSubmitData(m, { answer: "x".repeat(21) })).toThrow(/0-20 characters/);
    expect(() => modalSubmitData(m, { other: "x" })).toThrow(/no input "other"/);
  });
});
