/**
 * Anki packages for the tests (and the bench): legacy ones written by a third-party writer from npm
 * (anki-apkg-export), one in the current anki21b layout built as Anki lays it out (schema 18,
 * zstd), and a way to edit a package's collection with SQL to make damaged or hostile ones.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { zstdCompressSync } from "node:zlib";
import { unzipSync, zipSync } from "fflate";

interface AnkiExport {
  addCard(front: string, back: string, options?: { tags?: string[] }): void;
  save(): Promise<Uint8Array>;
}
const AnkiExportClass = (() => {
  const mod = createRequire(import.meta.url)("anki-apkg-export") as { default?: unknown };
  return (mod.default ?? mod) as new (deckName: string) => AnkiExport;
})();

/** A legacy package (collection.anki2, Basic note type) as anki-apkg-export writes it. */
export async function writtenByAnkiApkgExport(
  deckName: string,
  cards: readonly (readonly [string, string])[],
): Promise<Uint8Array> {
  const pkg = new AnkiExportClass(deckName);
  for (const [front, back] of cards) pkg.addCard(front, back);
  // sql.js, which the writer bundles, prints a deprecation notice on every save.
  const warn = console.warn;
  console.warn = () => {};
  try {
    return new Uint8Array(await pkg.save());
  } finally {
    console.warn = warn;
  }
}

/** Runs SQL on a package's collection (by default its only one) and zips it again. */
export function editCollection(
  apkg: Uint8Array,
  edit: (db: DatabaseSync) => void,
  entry = "collection.anki2",
): Uint8Array {
  const files = unzipSync(apkg);
  const dir = mkdtempSync(join(tmpdir(), "quizdeck-test-apkg-"));
  try {
    const path = join(dir, "c.sqlite");
    writeFileSync(path, files[entry]!);
    const db = new DatabaseSync(path);
    edit(db);
    db.close();
    files[entry] = new Uint8Array(readFileSync(path));
    return zipSync(files);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Turns the writer's one note type into Anki's Cloze type (type 1). */
export function makeCloze(db: DatabaseSync): void {
  const row = db.prepare("SELECT models FROM col").get() as { models: string };
  const models = JSON.parse(row.models) as Record<string, { type: number; name: string }>;
  for (const m of Object.values(models)) Object.assign(m, { type: 1, name: "Cloze" });
  db.prepare("UPDATE col SET models = ?").run(JSON.stringify(models));
}

export interface Note21b {
  fields: string[];
  cloze?: boolean;
}

/**
 * A package in the current default layout: collection.anki21b (schema 18, zstd-compressed), plus
 * the legacy collection.anki2 that only tells old Anki versions to update, as Anki writes it.
 */
export async function anki21bPackage(deckName: string, notes: readonly Note21b[]): Promise<Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "quizdeck-test-21b-"));
  try {
    const path = join(dir, "c.sqlite");
    const db = new DatabaseSync(path);
    db.exec(`
      CREATE TABLE col (id integer PRIMARY KEY, crt integer, mod integer, scm integer, ver integer, dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
      CREATE TABLE notes (id integer PRIMARY KEY, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld integer, csum integer, flags integer, data text);
      CREATE TABLE cards (id integer PRIMARY KEY, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, flags integer, data text);
      CREATE TABLE notetypes (id integer PRIMARY KEY, name text, mtime_secs integer, usn integer, config blob);
      CREATE TABLE fields (ntid integer, ord integer, name text, config blob, PRIMARY KEY (ntid, ord));
      CREATE TABLE templates (ntid integer, ord integer, name text, mtime_secs integer, usn integer, config blob, PRIMARY KEY (ntid, ord));
      CREATE TABLE decks (id integer PRIMARY KEY, name text, mtime_secs integer, usn integer, common blob, kind blob);
      INSERT INTO col VALUES (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '');
    `);
    // Notetype config is a protobuf; field 1 (varint) is the kind: 0 normal, 1 cloze. Field 3 is the CSS.
    const css = new TextEncoder().encode(".card { font-family: arial; }");
    const config = (kind: number) =>
      new Uint8Array([...(kind ? [0x08, kind] : []), 0x1a, css.length, ...css]);
    db.prepare("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)").run(1001, "Basic", config(0));
    db.prepare("INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)").run(1002, "Cloze", config(1));
    for (const [ntid, names] of [
      [1001, ["Front", "Back"]],
      [1002, ["Text", "Back Extra"]],
    ] as const)
      names.forEach((name, ord) =>
        db.prepare("INSERT INTO fields VALUES (?, ?, ?, x'')").run(ntid, ord, name),
      );
    db.prepare("INSERT INTO decks VALUES (1, 'Default', 0, 0, x'', x'')").run();
    db.prepare("INSERT INTO decks VALUES (2, ?, 0, 0, x'', x'')").run(deckName.replaceAll("::", "\x1f"));
    const note = db.prepare("INSERT INTO notes VALUES (?, ?, ?, 0, 0, '', ?, '', 0, 0, '')");
    const card = db.prepare(
      "INSERT INTO cards VALUES (?, ?, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')",
    );
    db.exec("BEGIN");
    notes.forEach((n, i) => {
      const id = 1_700_000_000_000 + i;
      note.run(id, `guid${i}`, n.cloze ? 1002 : 1001, n.fields.join("\x1f"));
      card.run(id, id);
    });
    db.exec("COMMIT");
    db.close();
    const stub = unzipSync(
      await writtenByAnkiApkgExport("Default", [
        ["Please update to the latest Anki version, then import the .colpkg/.apkg file again.", "-"],
      ]),
    );
    return zipSync({
      "collection.anki2": stub["collection.anki2"]!,
      "collection.anki21b": zstdCompressSync(readFileSync(path)),
      media: zstdCompressSync(new Uint8Array()),
      meta: new Uint8Array([0x08, 0x03]),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
