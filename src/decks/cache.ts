import type { Said } from "./said.js";
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { DIFFICULTIES, LEVELS, type Deck } from "./schema.js";
import type { DeckIssue } from "./errors.js";

/**
 * Checked decks, kept as JSON by the hash of their file's bytes. Parsing YAML with positions is
 * the slow part of start-up (about 3 MB/s); a deck file that has not changed since the last start
 * is read back from here instead. Bump CACHE_VERSION whenever the loader's rules change, so
 * entries checked by older rules are not trusted.
 */
const CACHE_VERSION = 2; // 2: issues carry their code and parameters (said.ts)

const saidSchema: z.ZodType<Said> = z.lazy(() =>
  z.object({
    message: z.string(),
    code: z.string().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number(), saidSchema])).optional(),
  }),
);
const issueSchema = z.object({
  file: z.string(),
  line: z.number(),
  column: z.number(),
  path: z.string(),
  message: z.string(),
  code: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number(), saidSchema])).optional(),
  severity: z.enum(["error", "warning"]),
});
const deckSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string().optional(),
  tags: z.array(z.string()),
  cards: z.array(z.object({ id: z.string(), level: z.enum(LEVELS), front: z.string(), back: z.string() })),
  questions: z.array(
    z.object({
      id: z.string(),
      difficulty: z.enum(DIFFICULTIES),
      prompt: z.string(),
      code: z.string().optional(),
      language: z.string().optional(),
      choices: z.array(z.string()),
      answer: z.string(),
      explanation: z.string(),
      steps: z.array(z.string()),
      hint: z.string().optional(),
      mistakes: z.array(z.string()),
    }),
  ),
  prompts: z.array(
    z.object({
      id: z.string(),
      prompt: z.string(),
      hint: z.string().optional(),
      concepts: z.array(z.string()),
      modelAnswer: z.string(),
    }),
  ),
}) satisfies z.ZodType<Deck>;
const entrySchema = z.object({
  version: z.literal(CACHE_VERSION),
  deck: deckSchema,
  warnings: z.array(issueSchema),
});

export interface CachedDeck {
  deck: Deck;
  warnings: DeckIssue[];
}

export class DeckCache {
  constructor(private readonly dir: string) {}

  /** The file name is part of the key: it is the deck's id and appears in every issue. */
  key(fileName: string, bytes: Uint8Array): string {
    return createHash("sha256").update(`${CACHE_VERSION}\0${fileName}\0`).update(bytes).digest("hex");
  }

  /** A cached deck, or undefined when absent or unreadable (then the file is simply loaded again). */
  async get(key: string): Promise<CachedDeck | undefined> {
    try {
      const parsed = entrySchema.safeParse(JSON.parse(await readFile(join(this.dir, `${key}.json`), "utf8")));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  /** Best effort: a cache that can't be written only makes the next start slower. */
  async set(key: string, entry: CachedDeck): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true });
      const tmp = join(this.dir, `${key}.${process.pid}.tmp`);
      await writeFile(tmp, JSON.stringify({ version: CACHE_VERSION, ...entry }));
      await rename(tmp, join(this.dir, `${key}.json`));
    } catch {
      /* ignored on purpose, see above */
    }
  }
}
