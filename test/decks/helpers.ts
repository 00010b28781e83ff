import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { loadDeckText, type DeckIssue, type DeckLoadResult } from "../../src/decks/load.js";
import type { Deck } from "../../src/decks/schema.js";

export const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** Loads a fixture as raw bytes, as the registry does, named by its repository path. */
export function loadFixture(name: string): DeckLoadResult {
  return loadDeckText(readFileSync(FIXTURES + name), `test/decks/fixtures/${name}`);
}

export function expectErrors(result: DeckLoadResult): DeckIssue[] {
  if (result.ok) expect.fail(`expected errors, but the deck loaded`);
  return result.errors;
}

export function expectDeck(result: DeckLoadResult): Deck {
  if (!result.ok) expect.fail(`expected a deck, got:\n${result.errors.map((e) => e.message).join("\n")}`);
  return result.deck;
}

/** The only error of a result, with the fields a test usually checks. */
export function onlyError(result: DeckLoadResult): Pick<DeckIssue, "line" | "column" | "path" | "message"> {
  const errors = expectErrors(result);
  expect(errors.map((e) => e.message)).toHaveLength(1);
  const { line, column, path, message } = errors[0] as DeckIssue;
  return { line, column, path, message };
}
