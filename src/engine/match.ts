import osaDistance from "damerau-levenshtein";

/**
 * Typed answers: decides whether what a player typed counts as the expected answer. Pure, so the
 * table in test/engine/match.test.ts pins every rule down; docs/decks.md explains them to authors.
 */

/** What a typed item is checked against: the deck's answer plus its `accept:` and `reject:` lists. */
export interface MatchTarget {
  answer: string;
  accept?: readonly string[];
  reject?: readonly string[];
}

export interface MatchOptions {
  /** The deck's language (e.g. "en", "fr-CA"): which leading articles are dropped. Default "en". */
  language?: string;
  /** When true, "é" and "e" differ. */
  strictAccents?: boolean;
}

export type MatchResult =
  | { correct: true; kind: "exact"; typed: string; expected: string }
  | { correct: true; kind: "typo"; typos: number; typed: string; expected: string }
  /** `rejected`: it matched one of the deck's `reject:` near misses. */
  | { correct: false; kind: "wrong" | "rejected"; typed: string };

/** Leading articles per language (the primary subtag of the deck's `language`). */
const ARTICLES: Record<string, RegExp> = {
  en: /^(?:a|an|the) (?=.)/,
  es: /^(?:el|la|los|las|un|una) (?=.)/,
  fr: /^(?:(?:le|la|les|un|une) |l')(?=.)/,
  de: /^(?:der|die|das|ein|eine) (?=.)/,
  it: /^(?:(?:il|lo|la|i|gli|le|un|una) |l')(?=.)/,
};

// Quotes, brackets and sentence punctuation around an answer are noise; symbols such as + # $ % and a
// leading minus are meaning (C++, C#, -5), and so is the point of ".5".
const EDGE = "[\\s\\p{Pi}\\p{Pf}\\p{Ps}\\p{Pe}\"'`´,!?¡¿;:…]|\\.(?!\\d)";
const SURROUNDING = new RegExp(`^(?:${EDGE})+|(?:${EDGE}|\\.)+$`, "gu");
/** Letters that NFD does not split into a base letter and an accent. */
const UNACCENTED: Record<string, string> = { ø: "o", ł: "l", đ: "d", ħ: "h", æ: "ae", œ: "oe", ı: "i" };

/** Both sides of a comparison go through this: NFKC, case fold, accents, edges, spaces, article. */
export function normalizeAnswer(text: string, opts: MatchOptions = {}): string {
  let s = text.normalize("NFKC").toLowerCase().replaceAll("ß", "ss").replaceAll("ς", "σ");
  // Typographic apostrophes as typed on phones: l’eau is l'eau.
  s = s.replace(/[’‘ʼ]/g, "'");
  if (!opts.strictAccents) {
    s = s
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      .replace(/[øłđħæœı]/g, (c) => UNACCENTED[c] ?? c)
      .normalize("NFC");
  }
  s = s.replace(/\s+/gu, " ").replace(SURROUNDING, "");
  const article = ARTICLES[(opts.language ?? "en").toLowerCase().split("-")[0] ?? ""];
  return article ? s.replace(article, "") : s;
}

/** "1,000", "1000" and "1000.0" are one number; anything else (units, words, dates) is text. */
export function asNumber(normalized: string): number | null {
  const plain = /^[-+]?\d+(?:\.\d+)?$/.test(normalized) || /^[-+]?\.\d+$/.test(normalized);
  const grouped = /^[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(normalized);
  if (!plain && !grouped) return null;
  const n = Number(normalized.replaceAll(",", ""));
  return Number.isFinite(n) ? n : null;
}

/** Edits forgiven for an expected answer of this many characters (none for short answers). */
export function typoTolerance(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/** The forms an answer accepts: the whole text, and each part of "to do / to make" or "color; colour". */
export function answerParts(text: string): string[] {
  const parts = text
    .split(/ \/ |;/)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 1 ? [text, ...parts] : [text];
}

interface Form {
  raw: string;
  norm: string;
  num: number | null;
}

function forms(texts: readonly string[], opts: MatchOptions): Form[] {
  return texts.flatMap(answerParts).flatMap((raw) => {
    const norm = normalizeAnswer(raw, opts);
    return norm ? [{ raw, norm, num: asNumber(norm) }] : [];
  });
}

function same(typed: Form, f: Form): boolean {
  return f.num !== null ? typed.num === f.num : typed.norm === f.norm;
}

/**
 * Past this length an answer must match exactly (after normalising): the edit distance costs
 * length² and runs on the bot's main thread, and nobody types a paragraph to within two letters.
 */
export const TYPO_MAX_LENGTH = 200;

/** Edits between typed and a form, or null when beyond the form's tolerance (numbers get none). */
function typos(typed: Form, f: Form): number | null {
  if (f.num !== null || f.norm.length > TYPO_MAX_LENGTH) return null;
  const allowed = typoTolerance([...f.norm].length);
  // The length gap bounds the distance from below, so most wrong answers skip the matrix.
  if (allowed === 0 || Math.abs([...typed.norm].length - [...f.norm].length) > allowed) return null;
  const steps = osaDistance(typed.norm, f.norm).steps;
  return steps <= allowed ? steps : null;
}

/**
 * Checks a typed answer. An exact match (after normalising) of the answer or an `accept:` form
 * wins; then one of the deck's `reject:` near misses loses; then the closest form within its typo
 * tolerance wins, unless a `reject:` form is at least as close.
 */
export function matchAnswer(typedText: string, target: MatchTarget, opts: MatchOptions = {}): MatchResult {
  const typedRaw = typedText.trim();
  const norm = normalizeAnswer(typedRaw, opts);
  const wrong: MatchResult = { correct: false, kind: "wrong", typed: typedRaw };
  if (!norm) return wrong;
  const typed: Form = { raw: typedRaw, norm, num: asNumber(norm) };
  const good = forms([target.answer, ...(target.accept ?? [])], opts);
  const bad = forms(target.reject ?? [], opts);

  const exact = good.find((f) => same(typed, f));
  if (exact) return { correct: true, kind: "exact", typed: typedRaw, expected: exact.raw };
  if (bad.some((f) => same(typed, f))) return { correct: false, kind: "rejected", typed: typedRaw };

  let best: { form: Form; steps: number } | null = null;
  for (const form of good) {
    const steps = typos(typed, form);
    if (steps !== null && (!best || steps < best.steps)) best = { form, steps };
  }
  if (!best) return wrong;
  const within = best.steps;
  const nearMiss = bad.some(
    (f) =>
      f.num === null &&
      f.norm.length <= TYPO_MAX_LENGTH &&
      Math.abs([...typed.norm].length - [...f.norm].length) <= within &&
      osaDistance(typed.norm, f.norm).steps <= within,
  );
  if (nearMiss) return { correct: false, kind: "rejected", typed: typedRaw };
  return { correct: true, kind: "typo", typos: best.steps, typed: typedRaw, expected: best.form.raw };
}
