/** Deck files on disk → decks in memory, and the registry of built-in decks the bot serves. */
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DeckIssue } from "./errors.js";
import { DECK_EXTENSIONS, loadDeckText, type DeckLoadResult, type LoadOptions } from "./load.js";
import { DeckCache } from "./cache.js";
import type { Deck } from "./schema.js";
import { MAX_DECK_BYTES, sizeMessage } from "./source.js";

/** The repository's decks/ folder; the same path from src/decks and from the build output dist/decks. */
export const BUILTIN_DECKS_DIR = fileURLToPath(new URL("../../decks/", import.meta.url));

export function isDeckFileName(name: string): boolean {
  return DECK_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

/** Reads and loads one file. Never throws; the size is checked before reading so huge files cost nothing. */
export async function loadDeckFile(path: string, options: LoadOptions = {}): Promise<DeckLoadResult> {
  const maxBytes = options.maxBytes ?? MAX_DECK_BYTES;
  try {
    const info = await stat(path);
    if (!info.isFile()) return failed(path, "not a file");
    if (info.size > maxBytes) return failed(path, sizeMessage(info.size, maxBytes));
    return loadDeckText(await readFile(path), path, options);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return failed(
      path,
      code === "ENOENT" ? "file not found" : `could not read the file (${code ?? String(e)})`,
    );
  }
}

/**
 * Loads every deck file in `dir`. A broken file is reported in `problems` (with its warnings) and
 * skipped; the other decks still load, so one bad edit cannot take every deck offline.
 */
export async function loadDeckDir(
  dir: string,
  opts: { cacheDir?: string } = {},
): Promise<{ decks: Map<string, Deck>; problems: DeckIssue[] }> {
  const cache = opts.cacheDir ? new DeckCache(opts.cacheDir) : undefined;
  const decks = new Map<string, Deck>();
  const problems: DeckIssue[] = [];
  let names: string[];
  try {
    names = (await readdir(dir)).filter(isDeckFileName).sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    problems.push(issueAt(dir, `could not read the deck folder (${code ?? String(e)})`));
    return { decks, problems };
  }
  const fileOf = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    const result = cache ? await loadCached(cache, file) : await loadDeckFile(file);
    problems.push(...(result.ok ? result.warnings : [...result.errors, ...result.warnings]));
    if (!result.ok) continue;
    const other = fileOf.get(result.deck.id);
    if (other !== undefined) {
      problems.push(
        issueAt(file, `deck id "${result.deck.id}" is already used by ${other}; rename one of the files`),
      );
      continue;
    }
    fileOf.set(result.deck.id, file);
    decks.set(result.deck.id, result.deck);
  }
  return { decks, problems };
}

/** loadDeckFile through the cache: an unchanged file is not parsed again. */
async function loadCached(cache: DeckCache, file: string): Promise<DeckLoadResult> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_DECK_BYTES) return loadDeckFile(file);
    bytes = await readFile(file);
  } catch {
    return loadDeckFile(file);
  }
  const key = cache.key(file, bytes);
  const hit = await cache.get(key);
  if (hit) return { ok: true, deck: hit.deck, warnings: hit.warnings };
  const result = loadDeckText(bytes, file);
  if (result.ok) await cache.set(key, { deck: result.deck, warnings: result.warnings });
  return result;
}

/** The built-in decks, looked up by id and searched by the `deck` option's autocomplete. */
export class DeckRegistry {
  private readonly byId: ReadonlyMap<string, Deck>;
  private readonly sorted: readonly Deck[];

  constructor(decks: ReadonlyMap<string, Deck> | Iterable<Deck>) {
    const list = isMap(decks) ? [...decks.values()] : [...decks];
    this.byId = new Map(list.map((d) => [d.id, d]));
    this.sorted = [...this.byId.values()].sort(
      (a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }) || a.id.localeCompare(b.id),
    );
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Deck | undefined {
    return this.byId.get(id);
  }

  /** All decks, sorted by title. */
  list(): Deck[] {
    return [...this.sorted];
  }

  /**
   * Decks whose id or title contains `query` (case-insensitive), best first: exact id, then prefix
   * matches, then the rest, each by title. `limit` defaults to 25, Discord's autocomplete maximum.
   */
  search(query: string, limit = 25): Deck[] {
    const q = query.trim().toLowerCase();
    const rank = (d: Deck): number => {
      const title = d.title.toLowerCase();
      if (d.id === q) return 0;
      if (d.id.startsWith(q) || title.startsWith(q)) return 1;
      if (d.id.includes(q) || title.includes(q)) return 2;
      return 3;
    };
    return this.sorted
      .map((deck) => ({ deck, rank: rank(deck) }))
      .filter((r) => r.rank < 3)
      .sort((a, b) => a.rank - b.rank) // stable, so title order holds within a rank
      .slice(0, Math.max(0, limit))
      .map((r) => r.deck);
  }
}

function isMap(decks: ReadonlyMap<string, Deck> | Iterable<Deck>): decks is ReadonlyMap<string, Deck> {
  return decks instanceof Map;
}

function issueAt(file: string, message: string): DeckIssue {
  return { file, line: 1, column: 1, path: "", message, severity: "error" };
}

function failed(file: string, message: string): DeckLoadResult {
  return { ok: false, errors: [issueAt(file, message)], warnings: [] };
}
