import { describe, expect, it } from "vitest";
import { findLetterReference } from "../../src/decks/lint.js";
import { loadDeckText } from "../../src/decks/load.js";
import { expectDeck, loadFixture } from "./helpers.js";

describe("letter warnings", () => {
  it("flags every field that names a choice letter, at its own line, and still loads the deck", () => {
    const result = loadFixture("letter-warnings.yaml");
    expectDeck(result);
    expect(result.warnings.map((w) => [w.line, w.column, w.path])).toEqual([
      [7, 18, "questions[0].explanation"],
      [8, 11, "questions[0].hint"],
      [10, 9, "questions[0].steps[0]"],
      [12, 9, "questions[0].mistakes[0]"],
      [15, 22, "questions[1].choices[1]"],
    ]);
    expect(result.warnings[0]?.message).toBe(
      '"Option A" refers to a choice by its letter, but choices are shuffled for every player; refer to the choice by its text instead',
    );
    expect(result.warnings.every((w) => w.severity === "warning")).toBe(true);
    expect(result.warnings[4]?.message).toContain('write "None of these" instead');
  });

  it.each([
    "Option A is wrong.",
    "options B and C both leak",
    "Choice E",
    "A) is the classic mistake",
    "People pick (C) first.",
    "so x = D",
    "The answer is B.",
    "the answer is B because it awaits",
    "B is correct.",
    "answer (D)",
  ])("flags %j", (text) => {
    expect(findLetterReference(text)).toBeDefined();
  });

  it.each([
    "A list is mutable.",
    "What does a(B) return?",
    "Compare `max(A, B)` with `A == B`.",
    "Plan A failed.",
    "The answer is A function that returns a coroutine.",
    "C is a systems language.",
    "Type hints (PEP 484) are optional.",
    "Use option -A to list all files",
  ])("does not flag %j", (text) => {
    expect(findLetterReference(text)).toBeUndefined();
  });

  it("does not look inside code", () => {
    const deck = [
      "title: t",
      "questions:",
      "  - difficulty: easy",
      "    prompt: What does this print?",
      "    code: |",
      "      answer = B",
      "      print(answer is B)",
      "    choices: [x, y]",
      "    answer: x",
      "    explanation: e",
      "",
    ].join("\n");
    expect(loadDeckText(deck, "c.yaml").warnings).toEqual([]);
  });
});
