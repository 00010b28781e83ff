/**
 * Anki packages (.apkg): a zip holding the collection, an SQLite database. Legacy packages hold
 * `collection.anki2` or `collection.anki21` (note types as JSON in `col.models`); current Anki
 * writes `collection.anki21b`, zstd-compressed, with note types in their own tables (schema 18).
 * The collection is read with node:sqlite, read-only, from a temporary file that is always removed.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { zstdDecompressSync } from "node:zlib";
import { HtmlTooDeep, htmlToMarkdown, MAX_HTML_DEPTH } from "./html.js";
import { noteToCards } from "./notes.js";
import { readZipEntries, ZipProblem } from "./zip.js";
import { say } from "./messages.js";
import { ImportProblem, MAX_NOTES, type ImportedItems } from "./types.js";

/** Anki joins a note's fields, and schema 18 a deck's path, with the ASCII unit separator. */
const UNIT_SEPARATOR = "\x1f";

export const APKG_LIMITS = {
  compressedBytes: 8 * 1024 * 1024,
  uncompressedBytes: 64 * 1024 * 1024,
  /** Media files are entries too; a 20,000-note deck with pictures can have many. */
  entries: 65_536,
  /** Anki's own note types have 2-10 fields; this many is a hostile file. */
  fieldsPerNote: 100,
  /** One note's fields together. Longer is not a card a person studies. */
  noteChars: 256 * 1024,
} as const;

/** Newest layout first: a current package also holds a legacy collection that only says "update Anki". */
const COLLECTIONS = ["collection.anki21b", "collection.anki21", "collection.anki2"] as const;

const LAYOUTS = {
  "collection.anki21b": "formatApkgCurrent",
  "collection.anki21": "formatApkgAnki21",
  "collection.anki2": "formatApkgLegacy",
} as const satisfies Record<(typeof COLLECTIONS)[number], string>;

/**
 * `tempDir`: where the collection is written while it is read. A worker that may be terminated
 * mid-read is given one its parent removes afterwards; it is removed here too in the normal case.
 */
export function importApkg(bytes: Uint8Array, tempDir = tmpdir()): ImportedItems {
  if (bytes.byteLength > APKG_LIMITS.compressedBytes)
    throw new ImportProblem(
      say("packageTooLarge", { size: mb(bytes.byteLength), max: mb(APKG_LIMITS.compressedBytes) }),
    );
  let entries: Map<string, Uint8Array>;
  try {
    entries = readZipEntries(bytes, (name) => (COLLECTIONS as readonly string[]).includes(name), {
      maxUncompressedBytes: APKG_LIMITS.uncompressedBytes,
      maxEntries: APKG_LIMITS.entries,
    });
  } catch (e) {
    if (e instanceof ZipProblem) throw new ImportProblem(e.said);
    throw e;
  }
  const name = COLLECTIONS.find((n) => entries.has(n));
  if (name === undefined) throw new ImportProblem(say("noCollection"));
  let db = entries.get(name) as Uint8Array;
  if (name === "collection.anki21b") {
    const unpacked = [...entries.values()].reduce((n, e) => n + e.byteLength, 0) - db.byteLength;
    try {
      db = zstdDecompressSync(db, { maxOutputLength: APKG_LIMITS.uncompressedBytes - unpacked });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
        throw new ImportProblem(say("packageUnpacksTooLarge", { max: mb(APKG_LIMITS.uncompressedBytes) }));
      throw new ImportProblem(say("notZstd"));
    }
  }
  const items = withTempDatabase(db, tempDir, readCollection);
  items.detail = say(LAYOUTS[name]);
  return items;
}

function withTempDatabase<T>(bytes: Uint8Array, tempDir: string, read: (db: DatabaseSync) => T): T {
  const dir = mkdtempSync(join(tempDir, "quizdeck-apkg-"));
  try {
    const path = join(dir, "collection.sqlite");
    writeFileSync(path, bytes);
    const db = new DatabaseSync(path, { readOnly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  } catch (e) {
    if (e instanceof ImportProblem) throw e;
    const reason = e instanceof Error ? e.message : String(e);
    throw new ImportProblem(say("collectionUnreadable", { detail: reason }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface NoteType {
  name: string;
  cloze: boolean;
}

function readCollection(db: DatabaseSync): ImportedItems {
  const tables = new Set(
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((r) => String(r.name)),
  );
  if (!tables.has("notes") || !(tables.has("notetypes") || tables.has("col")))
    throw new ImportProblem(say("notACollection"));
  const count = Number(db.prepare("SELECT count(*) AS n FROM notes").get()?.n ?? 0);
  if (count > MAX_NOTES) throw new ImportProblem(say("tooManyNotes", { count, max: MAX_NOTES }));
  const types = tables.has("notetypes") ? noteTypesV18(db) : noteTypesLegacy(db);
  const out: ImportedItems = { format: "apkg", cards: [], questions: [], skipped: [] };
  const title = deckTitle(db, tables);
  if (title) out.title = title;

  const notes = db.prepare(
    `SELECT id, mid, CASE WHEN length(flds) > ${APKG_LIMITS.noteChars} THEN NULL ELSE flds END AS flds, length(flds) AS len FROM notes ORDER BY id`,
  );
  for (const row of notes.iterate()) {
    const id = String(row.id);
    const at = { note: id };
    if (typeof row.flds !== "string") {
      if (row.flds === null && Number(row.len) > APKG_LIMITS.noteChars)
        throw new ImportProblem(
          say("noteTooLong", {
            id,
            size: Math.round(Number(row.len) / 1024),
            max: APKG_LIMITS.noteChars / 1024,
          }),
        );
      throw new ImportProblem(say("noteNoFields", { id }));
    }
    const raw = row.flds.split(UNIT_SEPARATOR);
    if (raw.length > APKG_LIMITS.fieldsPerNote)
      throw new ImportProblem(
        say("noteTooManyFields", {
          id,
          count: raw.length,
          max: APKG_LIMITS.fieldsPerNote,
        }),
      );
    const type = types.get(String(row.mid));
    let fields;
    try {
      fields = raw.map(htmlToMarkdown);
    } catch (e) {
      if (e instanceof HtmlTooDeep)
        throw new ImportProblem(say("noteHtmlTooDeep", { id, max: MAX_HTML_DEPTH }));
      throw e;
    }
    noteToCards(fields, type?.cloze ?? /\{\{c\d+::/.test(raw[0] ?? ""), at, out);
  }
  return out;
}

/** Legacy collections keep every note type as JSON in col.models; type 1 is Cloze. */
function noteTypesLegacy(db: DatabaseSync): Map<string, NoteType> {
  const row = db.prepare("SELECT models FROM col LIMIT 1").get();
  const types = new Map<string, NoteType>();
  if (typeof row?.models !== "string") throw new ImportProblem(say("noNoteTypes"));
  let models: unknown;
  try {
    models = JSON.parse(row.models);
  } catch {
    throw new ImportProblem(say("noteTypesNotJson"));
  }
  if (typeof models !== "object" || models === null) return types;
  for (const [id, m] of Object.entries(models as Record<string, { name?: unknown; type?: unknown }>)) {
    const name = typeof m?.name === "string" ? m.name : "";
    types.set(id, { name, cloze: m?.type === 1 });
  }
  return types;
}

/** Schema 18 keeps note types in a table; whether one is Cloze is field 1 (`kind`) of its protobuf config. */
function noteTypesV18(db: DatabaseSync): Map<string, NoteType> {
  const types = new Map<string, NoteType>();
  for (const row of db.prepare("SELECT id, name, config FROM notetypes").iterate()) {
    const config = row.config instanceof Uint8Array ? row.config : new Uint8Array();
    types.set(String(row.id), { name: String(row.name), cloze: protobufVarint(config, 1) === 1 });
  }
  return types;
}

/**
 * The value of a top-level varint field in a protobuf message, or undefined. Only walks the wire
 * format's framing (no schema), which is all that is needed to read one enum.
 */
export function protobufVarint(buf: Uint8Array, wanted: number): number | undefined {
  let at = 0;
  const varint = (): number => {
    let value = 0;
    for (let shift = 0; shift < 64; shift += 7) {
      if (at >= buf.length) throw new RangeError("truncated");
      const b = buf[at++] as number;
      if (shift < 32) value += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return value;
    }
    throw new RangeError("varint too long");
  };
  try {
    while (at < buf.length) {
      const tag = varint();
      const field = Math.floor(tag / 8);
      const wire = tag % 8;
      if (wire === 0) {
        const v = varint();
        if (field === wanted) return v;
      } else if (wire === 2) at += varint();
      else if (wire === 1) at += 8;
      else if (wire === 5) at += 4;
      else return undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

/** The name of the one deck the notes are in, without its parents ("Spanish::Verbs" → "Verbs"). */
function deckTitle(db: DatabaseSync, tables: Set<string>): string | undefined {
  let names: string[];
  try {
    const used = new Set(
      db
        .prepare("SELECT DISTINCT did FROM cards")
        .all()
        .map((r) => String(r.did)),
    );
    if (tables.has("decks")) {
      names = db
        .prepare("SELECT id, name FROM decks")
        .all()
        .filter((r) => used.has(String(r.id)))
        .map((r) => String(r.name));
    } else {
      const decks = JSON.parse(
        String(db.prepare("SELECT decks FROM col LIMIT 1").get()?.decks ?? "{}"),
      ) as Record<string, { name?: unknown }>;
      names = Object.entries(decks)
        .filter(([id]) => used.has(id))
        .map(([, d]) => String(d?.name ?? ""));
    }
  } catch {
    return undefined;
  }
  if (names.length !== 1 || !names[0]) return undefined;
  return names[0].split("::").pop()?.split(UNIT_SEPARATOR).pop()?.trim() || undefined;
}

/** Megabytes with one decimal under 10 MB ("8.5", "9"), whole above. */
function mb(bytes: number): number {
  return Number((bytes / 2 ** 20).toFixed(bytes < 10 * 2 ** 20 ? 1 : 0));
}
