/**
 * Anki packages: written by anki-apkg-export (legacy layout), built in the anki21b layout, and
 * damaged or hostile ones made from those with SQL or by hand.
 */
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import type { DatabaseSync } from "node:sqlite";
import { zstdCompressSync } from "node:zlib";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { protobufVarint } from "../../../src/decks/import/apkg.js";
import { anki21bPackage, editCollection, makeCloze, writtenByAnkiApkgExport } from "./packages.js";
import { cardPairs, imported, refusal, skippedText, usePrivateTmpdir } from "./helpers.js";

/** 80 MB of zeros in a ~80 KB zip; built once, it takes seconds. */
let bombZip: Uint8Array | undefined;
const bomb = () =>
  (bombZip ??= zipSync({ "collection.anki2": [new Uint8Array(80 * 2 ** 20), { level: 1 }] })).slice();

usePrivateTmpdir();
const tempLeftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith("quizdeck-apkg-"));

describe("Anki package, legacy layout (anki-apkg-export)", () => {
  it("turns Basic notes into cards, HTML into Discord markdown, and names the deck after the Anki deck", async () => {
    const apkg = await writtenByAnkiApkgExport("Spanish::Verbs", [
      ["<b>hablar</b>", "to speak<br>(regular -ar)"],
      ["<div>comer</div>", "<ul><li>to eat</li><li>to have lunch</li></ul>"],
      ["ser &amp; estar", "to be &lt;two kinds&gt;"],
      ["2 * 3", "`six`"],
    ]);
    const before = tempLeftovers();
    const r = imported("Spanish Verbs.apkg", apkg);
    expect(r.imported).toMatchObject({
      format: "apkg",
      detail: { message: "Anki package (legacy layout, collection.anki2)", code: "formatApkgLegacy" },
      skipped: [],
    });
    expect(r.deck).toMatchObject({ id: "spanish-verbs", title: "Verbs" });
    expect(cardPairs(r)).toEqual([
      ["**hablar**", "to speak\n(regular -ar)"],
      ["comer", "- to eat\n- to have lunch"],
      ["ser & estar", "to be <two kinds>"],
      ["2 \\* 3", "\\`six\\`"],
    ]);
    expect(tempLeftovers()).toEqual(before);
  });

  it("makes one card per cloze number, and skips media-only and empty notes with their note id", async () => {
    const apkg = editCollection(
      await writtenByAnkiApkgExport("Cells", [
        ["The {{c1::nucleus}} holds {{c2::DNA::a molecule}}; {{c1::it}} is big.", "extra"],
        ['<img src="cell.png">', ""],
        ["[sound:x.mp3]", ""],
        ["No deletions here", ""],
      ]),
      makeCloze,
    );
    const r = imported("cells.apkg", apkg);
    expect(cardPairs(r)).toEqual([
      ["The [...] holds DNA; [...] is big.", "nucleus, it"],
      ["The nucleus holds [a molecule]; it is big.", "DNA"],
    ]);
    expect(r.imported?.skipped.map((s) => s.reason.message)).toEqual([
      "only images or sounds, which are not shown yet",
      "only images or sounds, which are not shown yet",
      "a Cloze note without any {{c1::...}} deletion",
    ]);
    expect(r.imported?.skipped.every((s) => /^note \d{13}$/.test(s.from.message))).toBe(true);
    expect(r.imported?.skipped.map((s) => s.from.code)).toEqual(["originNote", "originNote", "originNote"]);
  });

  it("gives the same ids on re-import of the same file", async () => {
    const apkg = await writtenByAnkiApkgExport("D", [
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(imported("d.apkg", apkg).deck.cards.map((c) => c.id)).toEqual(
      imported("d.apkg", apkg).deck.cards.map((c) => c.id),
    );
  });
});

describe("Anki package, current layout (collection.anki21b, zstd)", () => {
  it("reads note types from the schema-18 tables, Basic and Cloze, and prefers it over the legacy stub", async () => {
    const apkg = await anki21bPackage("Chemistry::Acids", [
      { fields: ["HCl", "hydrochloric <i>acid</i>"] },
      { fields: ["{{c1::H2SO4}} is sulfuric acid", ""], cloze: true },
      { fields: ["only front", ""] },
    ]);
    const r = imported("acids.apkg", apkg);
    expect(r.imported?.detail.message).toBe("Anki package (current Anki layout, collection.anki21b)");
    expect(r.deck.title).toBe("Acids");
    expect(cardPairs(r)).toEqual([
      ["HCl", "hydrochloric *acid*"],
      ["[...] is sulfuric acid", "H2SO4"],
    ]);
    expect(skippedText(r)).toEqual([expect.stringMatching(/^note \d+: the back is empty$/)]);
  });

  it("reads the kind of a note type from its protobuf config", () => {
    expect(protobufVarint(new Uint8Array([0x08, 0x01, 0x1a, 0x01, 0x41]), 1)).toBe(1);
    expect(protobufVarint(new Uint8Array([0x1a, 0x01, 0x41]), 1)).toBeUndefined();
    expect(protobufVarint(new Uint8Array([0x1a, 0x7f]), 1)).toBeUndefined();
  });
});

describe("hostile and damaged packages: a clear error, nothing imported", () => {
  it("refuses a file that is not a zip, and a zip without a collection", () => {
    expect(refusal("x.apkg", "title: not a zip\n")).toMatch(/not a zip archive/);
    expect(refusal("x.apkg", zipSync({ "readme.txt": new TextEncoder().encode("hi") }))).toMatch(
      /no Anki collection in it/,
    );
  });

  it("refuses path traversal names and zip bombs", () => {
    expect(refusal("x.apkg", zipSync({ "../../etc/cron.d/x": new Uint8Array(4) }))).toMatch(
      /points outside the archive/,
    );
    expect(refusal("x.apkg", zipSync({ "/abs/collection.anki2": new Uint8Array(4) }))).toMatch(
      /absolute path/,
    );
    expect(bomb().byteLength).toBeLessThan(1_000_000);
    expect(refusal("x.apkg", bomb())).toMatch(/unpacks to more than 64 MB; the limit is 64 MB/);
  });

  it("counts what it inflates, not what the header claims", () => {
    const lying = bomb();
    // Rewrite the declared sizes (local header offset 22, central directory +24) to 1 KB.
    const view = new DataView(lying.buffer, lying.byteOffset);
    view.setUint32(22, 1024, true);
    const central = lying.findIndex(
      (_, i) => i + 4 <= lying.length && view.getUint32(i, true) === 0x02014b50,
    );
    view.setUint32(central + 24, 1024, true);
    expect(refusal("x.apkg", lying)).toMatch(/unpacks to more than 64 MB/);
  });

  it("refuses a zstd bomb in collection.anki21b", () => {
    const apkg = zipSync({ "collection.anki21b": zstdCompressSync(new Uint8Array(100 * 2 ** 20)) });
    expect(refusal("x.apkg", apkg)).toMatch(/unpacks to more than 64 MB/);
    expect(refusal("x.apkg", zipSync({ "collection.anki21b": new Uint8Array(64).fill(7) }))).toMatch(
      /not zstd-compressed/,
    );
  });

  it("refuses a corrupt database, a wrong schema, huge fields and 10,000 fields a note", async () => {
    const base = await writtenByAnkiApkgExport("X", [["a", "b"]]);
    expect(
      refusal(
        "x.apkg",
        zipSync({ "collection.anki2": new TextEncoder().encode("SQLite format 3\0 garbage".repeat(40)) }),
      ),
    ).toMatch(/not a readable Anki database/);
    expect(
      refusal(
        "x.apkg",
        editCollection(base, (db) => db.exec("DROP TABLE notes")),
      ),
    ).toMatch(/not an Anki collection/);
    expect(
      refusal(
        "x.apkg",
        editCollection(base, (db) => db.exec("ALTER TABLE notes RENAME COLUMN flds TO f")),
      ),
    ).toMatch(/not a readable Anki database/);
    const huge = editCollection(base, (db) =>
      db.prepare("UPDATE notes SET flds = ?").run(`a\x1f${"b".repeat(300_000)}`),
    );
    expect(refusal("x.apkg", huge)).toMatch(/note \d+ has 293 KB of text; the limit is 256 KB a note/);
    const wide = editCollection(base, (db) =>
      db.prepare("UPDATE notes SET flds = ?").run(Array(10_000).fill("f").join("\x1f")),
    );
    expect(refusal("x.apkg", wide)).toMatch(/note \d+ has 10,000 fields; Anki notes have at most 100/);
    const deep = editCollection(base, (db) =>
      db.prepare("UPDATE notes SET flds = ?").run(`${"<b>".repeat(10_000)}x\x1fy`),
    );
    expect(refusal("x.apkg", deep)).toMatch(/note \d+: HTML nested more than 100 levels deep/);
    expect(
      refusal(
        "x.apkg",
        editCollection(base, (db) => db.exec("UPDATE col SET models = '{not json'")),
      ),
    ).toMatch(/not valid JSON/);
  });

  it("refuses more than 20,000 notes and more than 2,000 items, naming the limit", async () => {
    const base = await writtenByAnkiApkgExport("X", [["a", "b"]]);
    const copies = (n: number) => (db: DatabaseSync) =>
      db.exec(`WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${n})
        INSERT INTO notes (id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data)
        SELECT 1000 + i, 'g' || i, (SELECT mid FROM notes LIMIT 1), 0, 0, '', 'front ' || i || char(31) || 'back', '', 0, 0, '' FROM k`);
    expect(refusal("x.apkg", editCollection(base, copies(20_000)))).toMatch(
      /has 20,001 notes; the limit is 20,000/,
    );
    expect(refusal("x.apkg", editCollection(base, copies(2_000)))).toMatch(
      /makes 2,001 cards and questions; the limit is 2,000 a deck/,
    );
  });

  it("refuses a package over 8 MB", () => {
    expect(refusal("x.apkg", new Uint8Array(8 * 2 ** 20 + 1))).toMatch(/is 8 MB; the limit is 8 MB/);
  });
});
