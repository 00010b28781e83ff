import { describe, expect, it } from "vitest";
import { deriveItemId } from "../../src/decks/ids.js";
import { loadDeckText } from "../../src/decks/load.js";
import type { Deck } from "../../src/decks/schema.js";
import { expectDeck } from "./helpers.js";

const card = (front: string, back = "b") =>
  `  - front: ${JSON.stringify(front)}\n    back: ${JSON.stringify(back)}`;
const question = (prompt: string, code?: string) =>
  [
    "  - difficulty: easy",
    `    prompt: ${JSON.stringify(prompt)}`,
    ...(code ? [`    code: ${JSON.stringify(code)}`] : []),
    "    choices: [x, y]",
    "    answer: x",
    "    explanation: e",
  ].join("\n");

function load(cards: string[], questions: string[] = []): Deck {
  const text = [
    "title: t",
    "cards:",
    ...cards,
    ...(questions.length ? ["questions:", ...questions] : []),
  ].join("\n");
  return expectDeck(loadDeckText(`${text}\n`, "ids.yaml"));
}

const idOf = (deck: Deck, front: string) => deck.cards.find((c) => c.front === front)?.id;

describe("derived ids", () => {
  it("depend only on the item's own text: reordering and editing other items keep them", () => {
    const before = load([card("alpha"), card("beta"), card("gamma")]);
    const after = load([card("gamma"), card("beta", "an edited back"), card("new card"), card("alpha")]);
    for (const front of ["alpha", "beta", "gamma"]) expect(idOf(after, front)).toBe(idOf(before, front));
  });

  it("ignore case and spacing but change with the text", () => {
    expect(deriveItemId("card", "What  is\nasyncio?")).toBe(deriveItemId("card", "what is asyncio?"));
    expect(deriveItemId("card", "What is asyncio?")).not.toBe(deriveItemId("card", "What is asyncio.run?"));
  });

  it("are prefixed by kind and fit the item id pattern", () => {
    expect(deriveItemId("card", "x")).toMatch(/^c-[0-9a-f]{10}$/);
    expect(deriveItemId("question", "x")).toMatch(/^q-[0-9a-f]{10}$/);
    expect(deriveItemId("prompt", "x")).toMatch(/^p-[0-9a-f]{10}$/);
  });

  it("of questions include the code, so 'What does this print?' can be asked about several snippets", () => {
    const deck = load(
      [card("c")],
      [question("What does this print?", "print(1)"), question("What does this print?", "print(2)")],
    );
    const [a, b] = deck.questions;
    expect(a?.id).not.toBe(b?.id);
  });

  it("an explicit id wins and is kept as written", () => {
    const deck = load([`  - id: my-card\n${card("alpha").replace("  - ", "    ")}`]);
    expect(deck.cards[0]?.id).toBe("my-card");
  });
});
