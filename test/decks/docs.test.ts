import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue, loadDeckText } from "../../src/decks/load.js";
import { LIMITS } from "../../src/decks/schema.js";

const docs = readFileSync(new URL("../../docs/decks.md", import.meta.url), "utf8");

// Examples marked `<!-- checked: name.yaml -->` in docs/decks.md must stay valid decks.
const examples = [...docs.matchAll(/<!-- checked: (\S+) -->\s*```\w*\n([\s\S]*?)```/g)].map((m) => [
  m[1] ?? "",
  m[2] ?? "",
]);

describe("docs/decks.md", () => {
  it("has checked examples", () => {
    expect(examples.map(([name]) => name)).toEqual(["example-deck.yaml", "example-deck.json"]);
  });

  it.each(examples)("%s loads with no errors or warnings", (name, text) => {
    const result = loadDeckText(text, name);
    expect(result.ok ? result.warnings.map(formatIssue) : result.errors.map(formatIssue)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("states every length limit from LIMITS", () => {
    for (const [key, value] of Object.entries(LIMITS)) {
      if (key === "items" || key === "deckId" || key === "choicesMin") continue;
      expect(docs, `LIMITS.${key}`).toContain(String(value));
    }
    expect(docs).toContain("2000 items");
  });
});
