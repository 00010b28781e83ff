import { createHash } from "node:crypto";

export type ItemKind = "card" | "question" | "prompt";

const PREFIX: Record<ItemKind, string> = { card: "c-", question: "q-", prompt: "p-" };

/** Case, spacing and Unicode form do not change an item's identity. */
export function normaliseText(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * The id of an item without an explicit `id`. It depends only on the item's own text, so progress
 * (streaks, spaced repetition) survives reordering the deck and editing other items; editing this
 * item's text gives it a new id, which is why authors can pin one with `id:`.
 */
export function deriveItemId(kind: ItemKind, text: string): string {
  return PREFIX[kind] + createHash("sha256").update(normaliseText(text)).digest("hex").slice(0, 10);
}

/**
 * The text an id is derived from. Questions include their code: decks often ask "What does this
 * print?" about several snippets.
 */
export function identityText(
  kind: ItemKind,
  item: { front?: string; prompt?: string; code?: string | undefined },
): string {
  if (kind === "card") return item.front ?? "";
  const code = kind === "question" && item.code?.trim() ? `\n${item.code}` : "";
  return (item.prompt ?? "") + code;
}

export function itemId(
  kind: ItemKind,
  item: { id?: string | undefined; front?: string; prompt?: string; code?: string | undefined },
): string {
  return item.id ?? deriveItemId(kind, identityText(kind, item));
}
