/**
 * Deck file → Deck. Never throws: every problem, including hostile input and our own bugs, comes back
 * as an issue with a line and column so that authors can fix their file without reading our code.
 */
import type { z } from "zod";
import {
  byPosition,
  formatPath,
  saidFields,
  type DeckIssue,
  type PathPart,
  type RawIssue,
} from "./errors.js";
import { say } from "./messages.js";
import { verbatim, type Said } from "./said.js";
import { itemId } from "./ids.js";
import { lintDeck, type LintInput } from "./lint.js";
import {
  cardSchema,
  DECK_ID_PATTERN,
  deckFileSchema,
  promptSchema,
  SCHEMA_SAID,
  questionSchema,
  type Deck,
  type DeckFile,
} from "./schema.js";
import { didYouMean } from "./similar.js";
import { decodeDeckText, MAX_DECK_BYTES } from "./source.js";
import { parseYamlTree, type YamlTree } from "./yaml-tree.js";

export { formatIssue, type DeckIssue } from "./errors.js";

export type DeckLoadResult =
  { ok: true; deck: Deck; warnings: DeckIssue[] } | { ok: false; errors: DeckIssue[]; warnings: DeckIssue[] };

export interface LoadOptions {
  /** Byte limit; 1 MB for built-in decks. Uploads (`/deck add`) will pass a smaller one. */
  maxBytes?: number;
}

export const DECK_EXTENSIONS = [".yaml", ".yml", ".json"] as const;

/** Past this many, more errors only bury the first ones (and a garbage file could have 100 000). */
export const MAX_REPORTED_ERRORS = 100;

export function loadDeckText(
  text: string | Uint8Array,
  fileName: string,
  options: LoadOptions = {},
): DeckLoadResult {
  try {
    return load(text, fileName, options.maxBytes ?? MAX_DECK_BYTES);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fail([fileIssue(fileName, say("loadBug", { detail: reason }))]);
  }
}

function load(input: string | Uint8Array, fileName: string, maxBytes: number): DeckLoadResult {
  const fileProblems: DeckIssue[] = [];
  const named = deckIdFromFileName(fileName);
  if ("problem" in named) fileProblems.push(fileIssue(fileName, named.problem));

  const decoded = decodeDeckText(input, maxBytes);
  if (!decoded.ok) return fail([...fileProblems, fileIssue(fileName, decoded.said)]);

  const tree = parseYamlTree(decoded.text);
  const issues = [
    ...fileProblems,
    ...tree.issues.map((si) => ({
      file: fileName,
      ...tree.position(si.offset),
      path: si.path ?? "",
      ...saidFields(si),
      severity: si.severity,
    })),
  ];
  const place = (raw: RawIssue): DeckIssue => ({
    file: fileName,
    ...tree.position(tree.locate(raw.path, raw.at)),
    path: formatPath(raw.path),
    ...saidFields(raw),
    severity: raw.severity,
  });

  const root = tree.value;
  if (root !== undefined && !isRecord(root)) {
    const said = root === null ? say("fileEmpty") : say("fileNotMapping", { actual: describe(root) });
    issues.push(place({ path: [], ...said, severity: "error" }));
  }
  if (!isRecord(root)) return fail(issues);

  const parsed = deckFileSchema.safeParse(root);
  if (!parsed.success) issues.push(...describeIssues(parsed.error.issues, root, tree).map(place));
  issues.push(...lintDeck(parsed.success ? parsed.data : validItems(root)).map(place));

  if (!parsed.success || "problem" in named || issues.some((i) => i.severity === "error"))
    return fail(issues);
  return {
    ok: true,
    deck: toDeck(named.id, parsed.data),
    warnings: issues.sort(byPosition).slice(0, MAX_REPORTED_ERRORS),
  };
}

/** The deck id is the file name, so a deck's id is visible (and unique) in the folder listing. */
export function deckIdFromFileName(fileName: string): { id: string } | { problem: Said } {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const ext = DECK_EXTENSIONS.find((e) => base.toLowerCase().endsWith(e));
  if (ext === undefined) return { problem: say("fileExtension", { extensions: DECK_EXTENSIONS.join(", ") }) };
  const id = base.slice(0, -ext.length);
  if (DECK_ID_PATTERN.test(id)) return { id };
  const slug =
    id
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+/, "")
      .slice(0, 32)
      .replace(/-+$/, "") || "my-deck";
  return { problem: say("badFileName", { id, suggested: `${slug}${ext}` }) };
}

function toDeck(id: string, file: DeckFile): Deck {
  return {
    id,
    title: file.title,
    ...(file.description === undefined ? {} : { description: file.description }),
    tags: file.tags,
    ...(file.language === undefined ? {} : { language: file.language }),
    ...(file.strict_accents === undefined ? {} : { strictAccents: file.strict_accents }),
    cards: file.cards.map((c) => ({
      id: itemId("card", c),
      level: c.level,
      front: c.front,
      back: c.back,
      ...alternativesOf(c),
    })),
    questions: file.questions.map((q) => {
      // Block scalars (`code: |`) end with a newline that would show as an empty line in Discord.
      const code = q.code?.replace(/^(?:[ \t]*\r?\n)+/, "").trimEnd();
      return {
        id: itemId("question", q),
        difficulty: q.difficulty,
        prompt: q.prompt,
        ...(code ? { code } : {}),
        ...(q.language === undefined ? {} : { language: q.language }),
        choices: q.choices,
        answer: q.answer,
        explanation: q.explanation,
        steps: q.steps ?? [],
        ...(q.hint === undefined ? {} : { hint: q.hint }),
        mistakes: q.mistakes ?? [],
        ...(q.typed === undefined ? {} : { typed: q.typed }),
        ...alternativesOf(q),
      };
    }),
    prompts: file.prompts.map((p) => ({
      id: itemId("prompt", p),
      prompt: p.prompt,
      ...(p.hint === undefined ? {} : { hint: p.hint }),
      concepts: p.concepts,
      modelAnswer: p.model_answer,
    })),
  };
}

/** `accept:` and `reject:` only when written, so decks without typed answers stay as they were. */
function alternativesOf(item: { accept?: string[] | undefined; reject?: string[] | undefined }) {
  return {
    ...(item.accept?.length ? { accept: item.accept } : {}),
    ...(item.reject?.length ? { reject: item.reject } : {}),
  };
}

/** When the deck as a whole fails the schema, the items that pass are still cross-checked. */
function validItems(root: Record<string, unknown>): LintInput {
  // A value that is not a list still counts as one (broken) item, so the deck is not also called empty.
  const each = <T>(value: unknown, schema: z.ZodType<T>) =>
    Array.isArray(value)
      ? value.map((item) => schema.safeParse(item).data)
      : value === undefined
        ? []
        : [undefined];
  return {
    cards: each(root.cards, cardSchema),
    questions: each(root.questions, questionSchema),
    prompts: each(root.prompts, promptSchema),
  };
}

const SCHEMAS: Record<string, { shape: object }> = {
  cards: cardSchema,
  questions: questionSchema,
  prompts: promptSchema,
};

/**
 * A misspelt field is reported once, as "unknown field … did you mean answer?", rather than also as
 * "answer is missing".
 */
function describeIssues(issues: readonly z.core.$ZodIssue[], root: unknown, tree: YamlTree): RawIssue[] {
  const described = issues.flatMap((iss) => describeIssue(iss, root, tree));
  const guessed = new Set(
    described.flatMap((r) => (r.guess === undefined ? [] : [formatPath([...r.path.slice(0, -1), r.guess])])),
  );
  return described.filter((r) => !(r.missing && guessed.has(formatPath(r.path))));
}

type DescribedIssue = RawIssue & { guess?: string; missing?: boolean };

/** Rewrites zod's messages into ones that say what to do, with the value the author actually wrote. */
function describeIssue(iss: z.core.$ZodIssue, root: unknown, tree: YamlTree): DescribedIssue[] {
  const path = iss.path.filter((p): p is PathPart => typeof p !== "symbol");
  const actual = valueAt(root, path);
  const error = (said: Said): RawIssue => ({ path, ...saidFields(said), severity: "error" });

  switch (iss.code) {
    case "invalid_type": {
      if (actual === undefined) {
        if (tree.empty.has(formatPath(path))) return [error(say("mustNotBeEmpty"))];
        const field = String(path.at(-1));
        const owner = path.length <= 1 ? "Deck" : MISSING_IN[String(path[0])];
        const said = owner
          ? say(`missingIn${owner}`, { field })
          : verbatim(`required field is missing; add ${field}: to this ${String(path[0]).replace(/s$/, "")}`);
        return [{ ...error(said), missing: true }];
      }
      const code = { string: "mustBeText", array: "mustBeList", object: "mustBeMapping" } as const;
      const known = code[iss.expected as keyof typeof code];
      return [
        error(
          known
            ? say(known, { actual: describe(actual) })
            : verbatim(`must be ${iss.expected}, not ${describe(actual).message}`),
        ),
      ];
    }
    case "invalid_value":
      return [
        error(say("notAllowed", { value: String(actual), allowed: iss.values.map(String).join(", ") })),
      ];
    case "unrecognized_keys": {
      const allowed = Object.keys(
        (path.length === 0 ? deckFileSchema : SCHEMAS[String(path[0])])?.shape ?? {},
      );
      return iss.keys.map((key) => {
        const guess = didYouMean(key, allowed);
        const said = guess
          ? say("unknownFieldGuess", { key, guess })
          : say("unknownFieldList", { key, allowed: allowed.join(", ") });
        return { path: [...path, key], ...saidFields(said), severity: "error", at: "key", guess };
      });
    }
    case "too_big":
    case "too_small": {
      const size =
        typeof actual === "string" ? actual.trim().length : Array.isArray(actual) ? actual.length : undefined;
      const problem = SCHEMA_SAID.get(iss.message) ?? verbatim(iss.message);
      return [error(size === undefined || size === 0 ? problem : say("withSize", { problem, size }))];
    }
    default:
      return [error(SCHEMA_SAID.get(iss.message) ?? verbatim(iss.message))];
  }
}

/** Which sentence says a required field is missing, by the list the item is in. */
const MISSING_IN: Record<string, "Card" | "Question" | "Prompt"> = {
  cards: "Card",
  questions: "Question",
  prompts: "Prompt",
};

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

function describe(value: unknown): Said {
  if (Array.isArray(value)) return say("aList");
  if (isRecord(value)) return say("aMapping");
  if (typeof value === "string")
    return say("someText", { text: value.length > 40 ? `${value.slice(0, 40)}…` : value });
  return say("aValue", { value: String(value) });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fileIssue(file: string, said: Said): DeckIssue {
  return { file, line: 1, column: 1, path: "", ...saidFields(said), severity: "error" };
}

function fail(issues: DeckIssue[]): DeckLoadResult {
  const errors = issues.filter((i) => i.severity === "error").sort(byPosition);
  const warnings = issues
    .filter((i) => i.severity === "warning")
    .sort(byPosition)
    .slice(0, MAX_REPORTED_ERRORS);
  if (errors.length <= MAX_REPORTED_ERRORS) return { ok: false, errors, warnings };
  const firstHidden = errors[MAX_REPORTED_ERRORS] as DeckIssue;
  const more = `…and ${errors.length - MAX_REPORTED_ERRORS} more errors not shown; fix the ones above first`;
  return {
    ok: false,
    errors: [...errors.slice(0, MAX_REPORTED_ERRORS), { ...firstHidden, path: "", message: more }],
    warnings,
  };
}
