import { describe, expect, it } from "vitest";
import { findLetterReference } from "../../src/decks/lint.js";
import { loadDeckText } from "../../src/decks/load.js";
import { expectDeck, expectErrors, loadFixture } from "./helpers.js";

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

describe("typed answers: accept and reject", () => {
  const deck = (item: string[]) => ["title: t", ...item, ""].join("\n");

  it("loads accept, reject, typed and the deck's language and strict_accents", () => {
    const result = loadDeckText(
      deck([
        "language: fr",
        "strict_accents: true",
        "cards:",
        "  - front: Vienne est la capitale de quel pays ?",
        "    back: l'Autriche",
        "    reject: [Australie]",
        "questions:",
        "  - difficulty: easy",
        "    prompt: Capitale de l'Australie ?",
        "    choices: [Canberra, Sydney]",
        "    answer: Canberra",
        "    accept: [Canberra City]",
        "    typed: true",
        "    explanation: e",
      ]),
      "fr.yaml",
    );
    const loaded = expectDeck(result);
    expect(result.warnings).toEqual([]);
    expect(loaded.language).toBe("fr");
    expect(loaded.strictAccents).toBe(true);
    expect(loaded.cards[0]?.reject).toEqual(["Australie"]);
    expect(loaded.questions[0]).toMatchObject({ typed: true, accept: ["Canberra City"] });
  });

  it("refuses a reject that is also an accepted answer, and warns of an accept repeating the answer", () => {
    const result = loadDeckText(
      deck([
        "cards:",
        "  - front: f",
        "    back: Canberra",
        "    accept: [canberra, ACT]",
        "    reject: [Act]",
      ]),
      "c.yaml",
    );
    const errors = expectErrors(result);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      [
        "cards[0].reject[0]",
        '"Act" is also an accepted answer; a near miss must differ from every accepted answer',
      ],
    ]);
    expect(result.warnings.map((w) => w.path)).toEqual(["cards[0].accept[0]"]);
  });

  it("warns that accept: has no effect on an answer too long to be typed", () => {
    const long = "x".repeat(61);
    const result = loadDeckText(
      deck([
        "questions:",
        "  - difficulty: easy",
        "    prompt: p",
        `    choices: [${long}, y]`,
        `    answer: ${long}`,
        "    accept: [z]",
        "    explanation: e",
      ]),
      "q.yaml",
    );
    expect(result.warnings.map((w) => w.message)).toEqual([
      "accept: and reject: only apply to typed rounds, and an answer over 60 characters is only typed with typed: true",
    ]);
  });

  it("refuses a deck language that is not a language tag", () => {
    expect(
      expectErrors(
        loadDeckText(deck(["language: English", "cards:", "  - front: f", "    back: b"]), "l.yaml"),
      )[0]?.message,
    ).toContain("language tag");
  });
});
