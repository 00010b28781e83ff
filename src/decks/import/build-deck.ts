/**
 * Imported items → a YAML deck file. Each item is checked against the deck schema on its own, so one
 * over-long card is skipped (and reported) instead of failing the whole import; the file then goes
 * through the ordinary loader, so an imported deck is exactly the deck its YAML uploads as.
 */
import { stringify } from "yaml";
import { deriveItemId } from "../ids.js";
import { verbatim, type Said } from "../said.js";
import { cardSchema, DECK_ID_PATTERN, LIMITS, questionSchema } from "../schema.js";
import { say } from "./messages.js";
import { ImportProblem, type ImportedItems, type Origin, type Skipped } from "./types.js";

export interface BuiltDeck {
  /** `<id>.yaml`: the name the deck is stored and exported under. */
  fileName: string;
  yaml: string;
  skipped: Skipped[];
}

/** Export names like "Spanish Verbs (1).apkg" are normal here, so the id is made from it, not demanded. */
export function deckIdFor(fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]*$/, "");
  const slug = base
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+/, "")
    .slice(0, LIMITS.deckId)
    .replace(/-+$/, "");
  return DECK_ID_PATTERN.test(slug) ? slug : "imported-deck";
}

function titleFor(items: ImportedItems, fileName: string): string {
  const base = (fileName.split(/[\\/]/).pop() ?? fileName)
    .replace(/\.[^.]*$/, "")
    .replace(/[_]+/g, " ")
    .trim();
  const title = (items.title?.trim() || base || "Imported deck").replace(/\s+/g, " ");
  return title.length > LIMITS.title ? `${title.slice(0, LIMITS.title - 1)}…` : title;
}

/** What whyInvalid reads of a zod issue. */
interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly code?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
}

/**
 * zod's first complaint about an item, as "front must be at most 600 characters (it has 812)": a
 * code when the message is one the deck schema writes (src/decks/schema.ts), else zod's words as
 * they are.
 */
export function whyInvalid(error: { issues: readonly SchemaIssue[] }, item: Record<string, unknown>): Said {
  const issue = error.issues[0];
  if (!issue) return say("itemDoesNotFit");
  const field = issue.path.map(String).join(".");
  const value = issue.path.reduce<unknown>(
    (v, p) => (v as Record<PropertyKey, unknown> | undefined)?.[p],
    item,
  );
  const size =
    typeof value === "string" && /at most/.test(issue.message) ? ` (it has ${value.trim().length})` : "";
  const english = `${field ? `${field} ` : ""}${issue.message}${size}`;
  const said = field ? schemaSaid(issue, field, value) : undefined;
  // Only when the template says exactly what zod said: any other message stays zod's own.
  return said?.message === english ? said : verbatim(english);
}

function schemaSaid(issue: SchemaIssue, field: string, value: unknown): Said | undefined {
  const { code, origin } = issue;
  if (code === "too_big" && origin === "string" && typeof value === "string")
    return say("fieldTooLong", { field, max: Number(issue.maximum), size: value.trim().length });
  if (code === "too_small" && origin === "string") return say("fieldEmpty", { field });
  if (code === "too_small" && origin === "array" && field === "choices")
    return say("fieldTooFewChoices", { field, min: Number(issue.minimum) });
  if (code === "too_big" && origin === "array" && field === "choices")
    return say("fieldTooManyChoices", { field, max: Number(issue.maximum) });
  return undefined;
}

export function buildDeck(items: ImportedItems, sourceName: string): BuiltDeck {
  const skipped = [...items.skipped];
  const seen = new Map<string, Origin>();
  const firstWith = (id: string, from: Origin) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, from);
    return first;
  };

  const cards: Record<string, unknown>[] = [];
  for (const c of items.cards) {
    const card = { front: c.front, back: c.back };
    const parsed = cardSchema.safeParse(card);
    if (!parsed.success) {
      skipped.push({ from: c.from, reason: whyInvalid(parsed.error, card) });
      continue;
    }
    const same = firstWith(deriveItemId("card", c.front), c.from);
    if (same !== undefined) skipped.push({ from: c.from, reason: say("sameFrontAs", { first: same }) });
    else cards.push(card);
  }

  const questions: Record<string, unknown>[] = [];
  for (const q of items.questions) {
    const choices = [...new Set([q.answer, ...q.wrong])];
    const question = {
      difficulty: q.difficulty ?? "medium",
      prompt: q.prompt,
      choices,
      answer: q.answer,
      // A question needs an explanation; without one the reveal says the answer again.
      explanation: q.explanation ?? q.answer,
      ...(q.hint ? { hint: q.hint } : {}),
    };
    const parsed = questionSchema.safeParse(question);
    if (!parsed.success) {
      skipped.push({ from: q.from, reason: whyInvalid(parsed.error, question) });
      continue;
    }
    const same = firstWith(deriveItemId("question", q.prompt), q.from);
    if (same !== undefined) skipped.push({ from: q.from, reason: say("sameQuestionAs", { first: same }) });
    else questions.push(question);
  }

  const total = cards.length + questions.length;
  if (total === 0)
    throw new ImportProblem(
      skipped[0]
        ? say("allSkipped", { count: skipped.length, from: skipped[0].from, reason: skipped[0].reason })
        : say("noCardsOrQuestions"),
    );
  if (total > LIMITS.items)
    throw new ImportProblem(
      say("tooManyCardsAndQuestions", {
        count: total,
        max: LIMITS.items,
      }),
    );

  const tags = (items.tags ?? []).filter((t) => t.length <= LIMITS.tag).slice(0, LIMITS.tags);
  const id = deckIdFor(sourceName);
  const deck = {
    title: titleFor(items, sourceName),
    ...(tags.length > 0 ? { tags } : {}),
    ...(cards.length > 0 ? { cards } : {}),
    ...(questions.length > 0 ? { questions } : {}),
  };
  const comment = `# Imported by quizdeck from ${(sourceName.split(/[\\/]/).pop() ?? sourceName).replace(/[\r\n]/g, " ")}. Edit it and upload it again with /deck add replace:true.\n`;
  return { fileName: `${id}.yaml`, yaml: comment + stringify(deck, { lineWidth: 0 }), skipped };
}
