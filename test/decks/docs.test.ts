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

  it("states every limit from LIMITS in the row of the field it limits", () => {
    const L = LIMITS;
    // Field (as in the tables) → the "Limit" column's text, built from LIMITS: a changed limit, or
    // a row that lost its number, fails here (not just "the number appears somewhere").
    const expected: Record<string, string> = {
      title: `${L.title} characters`,
      description: `${L.description} characters`,
      tags: `${L.tags} tags, ${L.tag} characters`,
      id: `${L.itemId} characters`,
      front: `${L.cardFront} characters`,
      back: `${L.cardBack} characters`,
      prompt: `${L.prompt} characters`,
      code: `${L.code} characters`,
      language: `${L.language} characters, like \`python\``,
      choices: `${L.choicesMin} to ${L.choicesMax}, ${L.choice} characters each`,
      explanation: `${L.explanation} characters`,
      steps: `${L.steps} steps, ${L.step} characters each`,
      hint: `${L.hint} characters`,
      mistakes: `${L.mistakes} mistakes, ${L.mistake} characters each`,
      concepts: `1 to ${L.concepts}, ${L.concept} characters each`,
      model_answer: `${L.modelAnswer} characters`,
    };
    const limitsOf = (field: string) =>
      docs
        .split("\n")
        .filter((line) => line.startsWith(`| \`${field}\``))
        .map((line) => line.split("|")[3]?.trim());
    for (const [field, text] of Object.entries(expected)) {
      const rows = limitsOf(field);
      expect(rows.length, `a table row for ${field}`).toBeGreaterThan(0);
      // `language` names two fields: a question's code tag (limited) and the deck's answer language.
      const allowed = field === "language" ? [text, "a tag like `en`, `fr-CA`"] : [text];
      for (const limit of rows) expect(allowed, field).toContain(limit);
      if (field === "language") expect(rows, field).toContain(text);
    }
    expect(docs).toContain(`at most **${L.items} items**`);
    expect(docs).toContain(`Use 1-${L.deckId} lowercase letters`);
  });
});
