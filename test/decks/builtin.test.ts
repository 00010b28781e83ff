import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssue, loadDeckText } from "../../src/decks/load.js";
import { BUILTIN_DECKS_DIR, isDeckFileName } from "../../src/decks/registry.js";

// The built-in decks are content, written separately; these tests hold them to the same bar as the
// linter, plus enough questions of each difficulty for a full round.
const files = readdirSync(BUILTIN_DECKS_DIR).filter(isDeckFileName).sort();
const load = (name: string) => loadDeckText(readFileSync(join(BUILTIN_DECKS_DIR, name)), `decks/${name}`);

describe("built-in decks", () => {
  // Not skipped when the folder is empty or a deck went missing: that is a broken release.
  it("are all there", () => {
    expect(files).toEqual(
      expect.arrayContaining(["django-async.yaml", "js-promises.yaml", "python-asyncio.yaml"]),
    );
  });

  it.each(files)("%s loads with no errors or warnings and has at least 10 questions", (name) => {
    const result = load(name);
    const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
    expect(issues.map(formatIssue)).toEqual([]);
    if (result.ok) expect(result.deck.questions.length).toBeGreaterThanOrEqual(10);
  });

  const balanced = ["python-asyncio.yaml", "js-promises.yaml"];
  it.each(balanced)("%s has >= 3 easy, >= 4 medium and >= 3 hard questions", (name) => {
    const result = load(name);
    if (!result.ok) expect.fail(result.errors.map(formatIssue).join("\n"));
    const count = (d: string) => result.deck.questions.filter((q) => q.difficulty === d).length;
    expect({ easy: count("easy"), medium: count("medium"), hard: count("hard") }).toEqual({
      easy: expect.toSatisfy((n: number) => n >= 3),
      medium: expect.toSatisfy((n: number) => n >= 4),
      hard: expect.toSatisfy((n: number) => n >= 3),
    });
  });
});
