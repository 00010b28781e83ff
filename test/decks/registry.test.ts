import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DeckRegistry, loadDeckDir, loadDeckFile } from "../../src/decks/registry.js";
import type { Deck } from "../../src/decks/schema.js";

const deckText = (title: string) => `title: ${title}\ncards:\n  - front: f\n    back: b\n`;

describe("loadDeckDir", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "quizdeck-decks-"));
    await writeFile(join(dir, "sql.yaml"), deckText("SQL"));
    await writeFile(join(dir, "git.yml"), deckText("Git"));
    await writeFile(
      join(dir, "http.json"),
      JSON.stringify({ title: "HTTP", cards: [{ front: "f", back: "b" }] }),
    );
    await writeFile(join(dir, "broken.yaml"), "title: Broken\ncards:\n  - front: f\n");
    await writeFile(
      join(dir, "sql.json"),
      JSON.stringify({ title: "SQL again", cards: [{ front: "f", back: "b" }] }),
    );
    await writeFile(join(dir, "README.md"), "# not a deck");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("loads the good decks and reports the broken ones without failing", async () => {
    const { decks, problems } = await loadDeckDir(dir);
    expect([...decks.keys()].sort()).toEqual(["git", "http", "sql"]);
    // Files load in name order, so of sql.json and sql.yaml the first wins and the other is refused.
    expect(decks.get("sql")?.title).toBe("SQL again");
    expect(problems.map((p) => [p.file.slice(dir.length + 1), p.line, p.path, p.message])).toEqual([
      ["broken.yaml", 3, "cards[0].back", "required field is missing; add back: to this card"],
      [
        "sql.yaml",
        1,
        "",
        `deck id "sql" is already used by ${join(dir, "sql.json")}; rename one of the files`,
      ],
    ]);
  });

  it("reports a missing folder as a problem", async () => {
    const { decks, problems } = await loadDeckDir(join(dir, "nope"));
    expect(decks.size).toBe(0);
    expect(problems[0]?.message).toMatch(/could not read the deck folder \(ENOENT\)/);
  });

  it("loadDeckFile refuses a missing file and checks the size before reading", async () => {
    const missing = await loadDeckFile(join(dir, "missing.yaml"));
    expect(missing.ok ? [] : missing.errors.map((e) => e.message)).toEqual(["file not found"]);
    const big = join(dir, "big.yaml");
    await writeFile(big, `title: t\ndescription: ${"x".repeat(2048)}\n`);
    const result = await loadDeckFile(big, { maxBytes: 1024 });
    expect(result.ok ? [] : result.errors.map((e) => e.message)).toEqual([
      "file is 3 KB; the limit is 1 KB. Split it into smaller decks",
    ]);
    await rm(big);
  });
});

describe("DeckRegistry", () => {
  const deck = (id: string, title: string): Deck => ({
    id,
    title,
    tags: [],
    cards: [],
    questions: [],
    prompts: [],
  });
  const registry = new DeckRegistry(
    new Map(
      [
        deck("python-asyncio", "Python asyncio"),
        deck("js-promises", "JavaScript promises"),
        deck("django-async", "Async Django"),
        deck("sql", "SQL joins"),
      ].map((d) => [d.id, d]),
    ),
  );

  it("gets by id", () => {
    expect(registry.get("sql")?.title).toBe("SQL joins");
    expect(registry.get("nope")).toBeUndefined();
    expect(registry.size).toBe(4);
  });

  it("lists by title", () => {
    expect(registry.list().map((d) => d.title)).toEqual([
      "Async Django",
      "JavaScript promises",
      "Python asyncio",
      "SQL joins",
    ]);
  });

  it("searches id and title case-insensitively, prefix matches first", () => {
    expect(registry.search("ASYNC").map((d) => d.id)).toEqual(["django-async", "python-asyncio"]);
    expect(registry.search("py").map((d) => d.id)).toEqual(["python-asyncio"]);
    expect(registry.search("s").map((d) => d.id)).toEqual([
      "sql",
      "django-async",
      "js-promises",
      "python-asyncio",
    ]);
    expect(registry.search("").map((d) => d.id)).toHaveLength(4);
    expect(registry.search("", 2)).toHaveLength(2);
    expect(registry.search("zzz")).toEqual([]);
  });

  it("caps search results at 25, Discord's autocomplete limit", () => {
    const many = new DeckRegistry(Array.from({ length: 40 }, (_, i) => deck(`d${i}`, `Deck ${i}`)));
    expect(many.search("deck")).toHaveLength(25);
  });
});
