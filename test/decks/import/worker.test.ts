/** Uploads are parsed in a worker thread: same result as in-process, a time budget, nothing left behind. */
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { usePrivateTmpdir } from "./helpers.js";
import { parseUpload } from "../../../src/decks/import/index.js";
import { parseInWorker } from "../../../src/decks/parse-in-worker.js";
import { anki21bPackage } from "./packages.js";

const bytes = (s: string) => new TextEncoder().encode(s);
usePrivateTmpdir();
const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith("quizdeck-upload-"));

describe("parsing in a worker thread", () => {
  it("gives what parsing in-process gives, for decks, imports and refusals", async () => {
    const cases: [string, Uint8Array][] = [
      ["cells.yaml", bytes("title: Cells\ncards:\n  - front: a\n    back: b\n")],
      ["set.csv", bytes("front,back\nHund,dog\n")],
      ["broken.yaml", bytes("title: [\n")],
      ["acids.apkg", await anki21bPackage("Acids", [{ fields: ["HCl", "hydrochloric acid"] }])],
    ];
    for (const [name, content] of cases) {
      const before = leftovers();
      expect(await parseInWorker(content, name), name).toEqual(parseUpload(content, name));
      expect(leftovers()).toEqual(before);
    }
  });

  it("ends a parse that runs over its budget, and removes its temporary files", async () => {
    const notes = Array.from({ length: 2_000 }, (_, i) => ({
      fields: [`<div>${"<b>x</b>".repeat(30)} ${i}</div>`, `back ${i}`],
    }));
    const apkg = await anki21bPackage("Big", notes);
    const before = leftovers();
    // 1 ms: writing the collection to disk alone takes longer.
    const r = await parseInWorker(apkg, "big.apkg", {}, 1);
    expect(r).toMatchObject({ ok: false, failure: "timeout" });
    expect(leftovers()).toEqual(before);
  });
});
