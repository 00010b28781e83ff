/**
 * Imported items → a YAML deck file. Each item is checked against the deck schema on its own, so one
 * over-long card is skipped (and reported) instead of failing the whole import; the file then goes
 * through the ordinary loader, so an imported deck is exactly the deck its YAML uploads as.
 */
import { stringify } from "yaml";
import { deriveItemId } from "../ids.js";
import { cardSchema, DECK_ID_PATTERN, LIMITS, questionSchema } from "../schema.js";
import { ImportProblem, type ImportedItems, type Skipped } from "./types.js";

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

/** zod's first complaint about an item, as "front must be at most 600 characters (it has 812)". */
function whyInvalid(
  error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] },
  item: Record<string, unknown>,
): string {
  const issue = error.issues[0];
  if (!issue) return "it does not fit the deck format";
  const field = issue.path.map(String).join(".");
  const value = issue.path.reduce<unknown>(
    (v, p) => (v as Record<PropertyKey, unknown> | undefined)?.[p],
    item,
  );
  const size =
    typeof value === "string" && /at most/.test(issue.message) ? ` (it has ${value.trim().length})` : "";
  return `${field ? `${field} ` : ""}${issue.message}${size}`;
}

export function buildDeck(items: ImportedItems, sourceName: string): BuiltDeck {
  const skipped = [...items.skipped];
  const seen = new Map<string, string>();
  const firstWith = (id: string, from: string) => {
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
    if (same !== undefined) skipped.push({ from: c.from, reason: `same front as ${same}` });
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
    if (same !== undefined) skipped.push({ from: q.from, reason: `same question as ${same}` });
    else questions.push(question);
  }

  const total = cards.length + questions.length;
  if (total === 0)
    throw new ImportProblem(
      skipped.length > 0
        ? `no card or question could be imported: all ${skipped.length} were skipped (first: ${skipped[0]!.from}: ${skipped[0]!.reason})`
        : "the file has no cards or questions",
    );
  if (total > LIMITS.items)
    throw new ImportProblem(
      `the file makes ${total.toLocaleString("en")} cards and questions; the limit is ${LIMITS.items.toLocaleString("en")} a deck. Split it into several files`,
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
