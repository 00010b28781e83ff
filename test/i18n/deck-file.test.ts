/**
 * Problems in an uploaded deck file are said as codes (src/decks/said.ts): the CLI prints the
 * English message, the bot words the code in the member's language. English from the catalogue
 * must read exactly as the CLI's line; every other language must have its own words.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue, loadDeckText, type DeckIssue } from "../../src/decks/load.js";
import { IMPORT_MESSAGES } from "../../src/decks/import/messages.js";
import { DECK_MESSAGES } from "../../src/decks/messages.js";
import { fill, type Said } from "../../src/decks/said.js";
import { catalogues } from "../../src/i18n/catalogues.js";
import { LOCALES, tr } from "../../src/strings.js";

const FIXTURES = "test/decks/fixtures";
const INLINE: Record<string, string> = {
  "empty.yaml": "",
  "list.yaml": "- a\n- b\n",
  "types.yaml": "title: [a]\ntags: x\nquestions:\n  - difficulty: hardest\n    prompt: 3\n",
  "missing.yaml": "title: T\ncards:\n  - back: b\nprompts:\n  - prompt: p\n",
  "long.yaml": `title: ${"t".repeat(300)}\ncards:\n  - front: f\n    back: b\n    colour: red\n`,
  "alias.yaml": "title: *nope\ncards:\n  - front: f\n    back: b\n",
  "dup.yaml": "title: T\ntitle: U\ncards:\n  - front: f\n    back: b\n",
  "Bad Name.yaml": "title: T\ncards:\n  - front: f\n    back: b\n",
  "typed.yaml": `title: T\nquestions:\n  - difficulty: easy\n    prompt: p\n    choices: [a, b]\n    answer: a\n    accept: [a]\n    reject: [a]\n    explanation: e\n`,
};

/** Every issue (errors and warnings) of the fixture decks and the inline ones. */
function issues(): DeckIssue[] {
  const files: [string, string][] = [
    ...readdirSync(FIXTURES)
      .filter((f) => f !== "billion-laughs.yaml")
      .map((f): [string, string] => [f, readFileSync(`${FIXTURES}/${f}`, "utf8")]),
    ...Object.entries(INLINE),
  ];
  return files.flatMap(([name, text]) => {
    const r = loadDeckText(text, name);
    return r.ok ? r.warnings : [...r.errors, ...r.warnings];
  });
}

const TEMPLATES: Record<string, string> = { ...DECK_MESSAGES, ...IMPORT_MESSAGES };

/** The codes in a said problem and its nested parameters. */
function codes(s: Said): string[] {
  return [
    ...(s.code ? [s.code] : []),
    ...Object.values(s.params ?? {}).flatMap((v) => (typeof v === "object" ? codes(v) : [])),
  ];
}

describe("deck-file problems as codes", () => {
  const all = issues();

  it("covers many kinds of problem (the sample is worth checking)", () => {
    expect(new Set(all.flatMap(codes)).size).toBeGreaterThan(20);
  });

  it("the loader and the importers never define one code twice", () => {
    const shared = Object.keys(DECK_MESSAGES).filter((k) => Object.hasOwn(IMPORT_MESSAGES, k));
    expect(shared).toEqual([]);
  });

  it("every issue has a known code whose template gives its English message", () => {
    for (const issue of all) {
      expect(issue.code, issue.message).toBeDefined();
      for (const code of codes(issue)) expect(TEMPLATES[code], code).toBeDefined();
      expect(fill(TEMPLATES[issue.code!]!, issue.params ?? {})).toBe(issue.message);
    }
  });

  it("in English, the bot's line is the CLI's line", () => {
    for (const issue of all) expect(tr("en").deckIssue(issue)).toBe(formatIssue(issue));
  });

  /** Templates with no word to translate ("YAML: {{detail}}", "{{value}}") may read the same. */
  const wordless = (code: string) =>
    !/[a-z]{3,}/i.test((TEMPLATES[code] ?? "").replace(/\{\{\w+\}\}/g, "").replace("YAML", ""));

  it.each(LOCALES.filter((l) => l !== "en"))("%s words every problem in its own language", (locale) => {
    const t = tr(locale);
    for (const issue of all) {
      if (wordless(issue.code!)) continue;
      const said = t.deckFile(issue);
      expect(said, issue.code).not.toBe(issue.message);
      expect(said).not.toMatch(/\{\{|\}\}/);
    }
    // The severity word is the language's own (it may happen to be spelled as in English).
    const first = all.find((issue) => issue.severity === "error")!;
    expect(t.deckIssue(first)).toContain(` ${catalogues[locale].deckFileError!} `);
  });
});
