import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadDeckDir } from "../../src/decks/registry.js";

const deck = (title: string) => `title: ${title}
questions:
  - difficulty: easy
    prompt: Which is right? (see option A)
    choices: [Yes, No]
    answer: "Yes"
    explanation: Because.
`;

let dir: string;
let decks: string;
let cache: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "quizdeck-cache-"));
  decks = join(dir, "decks");
  cache = join(dir, "cache");
  await (await import("node:fs/promises")).mkdir(decks);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("deck cache", () => {
  it("serves an unchanged file from the cache with the same deck and warnings", async () => {
    await writeFile(join(decks, "one.yaml"), deck("One"));
    const cold = await loadDeckDir(decks, { cacheDir: cache });
    expect(await readdir(cache)).toHaveLength(1);
    const warm = await loadDeckDir(decks, { cacheDir: cache });
    expect(warm.decks.get("one")).toEqual(cold.decks.get("one"));
    expect(warm.problems).toEqual(cold.problems);
    expect(warm.problems.some((p) => p.severity === "warning")).toBe(true);
    // And it really came from the cache (equal results alone would pass with the cache off): a
    // valid entry with a marked title is what the next load serves for the unchanged file.
    const [entry] = await readdir(cache);
    const stored = JSON.parse(await readFile(join(cache, entry!), "utf8")) as { deck: { title: string } };
    stored.deck.title = "Served from the cache";
    await writeFile(join(cache, entry!), JSON.stringify(stored));
    expect((await loadDeckDir(decks, { cacheDir: cache })).decks.get("one")?.title).toBe(
      "Served from the cache",
    );
  });

  it("loads a changed file again instead of serving the old one", async () => {
    await writeFile(join(decks, "one.yaml"), deck("One"));
    await loadDeckDir(decks, { cacheDir: cache });
    await writeFile(join(decks, "one.yaml"), deck("One, edited"));
    const after = await loadDeckDir(decks, { cacheDir: cache });
    expect(after.decks.get("one")?.title).toBe("One, edited");
  });

  it("ignores a corrupt or tampered entry and never caches a broken deck", async () => {
    await writeFile(join(decks, "one.yaml"), deck("One"));
    await loadDeckDir(decks, { cacheDir: cache });
    const [entry] = await readdir(cache);
    await writeFile(
      join(cache, entry!),
      JSON.stringify({ version: 1, deck: { id: "one", title: 42 }, warnings: [] }),
    );
    const after = await loadDeckDir(decks, { cacheDir: cache });
    expect(after.decks.get("one")?.title).toBe("One");

    await writeFile(join(decks, "bad.yaml"), "title: Bad\nquestions: []\n");
    const bad = await loadDeckDir(decks, { cacheDir: cache });
    expect(bad.decks.has("bad")).toBe(false);
    expect(bad.problems.some((p) => p.severity === "error" && p.file.endsWith("bad.yaml"))).toBe(true);
    expect(await readdir(cache)).toHaveLength(1);
  });
});
