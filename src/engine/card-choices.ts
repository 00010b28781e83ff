import type { Card, Difficulty, Level, Question } from "../decks/schema.js";
import { shuffle, type Rng } from "./random.js";

/**
 * Cards played as multiple choice: the card's back is the answer, and three backs of other cards
 * of the same deck are the wrong choices. Pure: the round's seeded rng decides every pick.
 */

/** Which side is asked. Values are Discord-safe option values; the command shows them with an arrow. */
export const DIRECTIONS = ["front-back", "back-front"] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** The answer and three wrong choices, all different from each other. */
export const CHOICES_PER_CARD = 4;
/** How many of the most similar candidates the wrong choices are drawn from, so rounds vary. */
const POOL = 6;

/** A card's level stands for its difficulty, so `/practice difficulty:` and `/test` quotas apply to cards. */
export const LEVEL_DIFFICULTY: Record<Level, Difficulty> = {
  beginner: "easy",
  intermediate: "medium",
  advanced: "hard",
};

/**
 * Two texts are the same choice when they differ only in case, spacing or punctuation ("Paris"
 * and "paris.", "1,000" and "1000"). Symbols stay, so "C++" and "C#" differ; so does a decimal
 * point, so "3.5" and "35" differ.
 */
export function choiceKey(text: string): string {
  const lower = text.normalize("NFKC").toLowerCase();
  const key = lower
    .replace(/(?<=\d)\.(?=\d)/gu, "\u0000")
    .replace(/[\p{P}\s]+/gu, "")
    .replaceAll("\u0000", ".");
  // All punctuation ("?!" or "..."): compare what is there rather than call it empty.
  return key || lower.replace(/\s+/g, "");
}

export type ChoiceKind = "number" | "date" | "text";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATE_PATTERNS = [
  /^\d{4}-\d{1,2}(?:-\d{1,2})?(?:[t ]\d{1,2}:\d{2}.*)?$/i, // 1969-07-20, 2024-03
  /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/, // 20/07/1969, 7.20.69
  new RegExp(
    `^(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,?(?:\\s+\\d{1,4})?$`,
    "i",
  ), // 20 July 1969, July 20, 1969
  /^(?:c\.\s*|circa\s+)?\d{1,4}\s*(?:ad|bc|bce|ce)$/i, // 44 BC
  /^(?:c\.\s*|circa\s+)?(?:1\d{3}|20\d{2})s?$/i, // a year such as 1066 or the 1990s
  /^\d{1,2}(?:st|nd|rd|th)\s+century(?:\s+(?:ad|bc|bce|ce))?$/i, // 5th century BC
];
// A number, maybe signed, grouped, decimal or scientific, with a short unit: 42, -3.5, 1,000 km, 12%, 9.81 m/s²
const NUMBER =
  /^[~≈<>]?\s*[-+−]?(?:\d[\d,' ]*(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?\s*(?:%|°[cfk]?|[\p{L}µ/²³·]{1,12})?$/iu;

/** What sort of answer a text is, so a number is offered among numbers and a date among dates. */
export function choiceKind(text: string): ChoiceKind {
  const s = text.trim();
  if (DATE_PATTERNS.some((p) => p.test(s))) return "date";
  if (NUMBER.test(s) || /^\d+\s*\/\s*\d+$/.test(s)) return "number";
  return "text";
}

/** One possible choice: a distinct answer text of the deck, with what similarity is judged on. */
interface Candidate {
  text: string;
  key: string;
  kind: ChoiceKind;
  /** log(length + 4): lengths compare as ratios (5 vs 10 is as far as 50 vs 100), short texts smoothed. */
  size: number;
}

/** Every distinct answer a deck's cards offer for a direction, once each (first spelling wins), in deck order. */
export interface CardChoicePool {
  direction: Direction;
  candidates: readonly Candidate[];
}

const askedSide = (card: Card, direction: Direction) => (direction === "front-back" ? card.front : card.back);
const answerSide = (card: Card, direction: Direction) =>
  direction === "front-back" ? card.back : card.front;
const sizeOf = (text: string) => Math.log(text.length + 4);

// A loaded deck is never edited in place (an upload replaces it), so its pool is built once per
// direction: about 3 us a card, which a 2000-card deck would otherwise pay on every round.
const pools = new WeakMap<readonly Card[], Partial<Record<Direction, CardChoicePool>>>();

export function cardChoicePool(cards: readonly Card[], direction: Direction): CardChoicePool {
  const cached = pools.get(cards)?.[direction];
  if (cached) return cached;
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const card of cards) {
    const text = answerSide(card, direction).trim();
    const key = choiceKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    candidates.push({ text, key, kind: choiceKind(text), size: sizeOf(text) });
  }
  const pool = { direction, candidates };
  pools.set(cards, { ...pools.get(cards), [direction]: pool });
  return pool;
}

/** Distinct answers a deck's cards have (after normalising); under CHOICES_PER_CARD they can't be played as choices. */
export const distinctAnswers = (cards: readonly Card[], direction: Direction) =>
  cardChoicePool(cards, direction).candidates.length;

export const canPlayCardsAsChoices = (cards: readonly Card[], direction: Direction) =>
  distinctAnswers(cards, direction) >= CHOICES_PER_CARD;

/**
 * Keeps the `max` closest candidates seen, closest first. A tie keeps the earlier one (deck order),
 * so the result depends only on the deck and the draw only on the seed.
 */
function keepClosest(best: { c: Candidate; d: number }[], c: Candidate, d: number, max: number) {
  if (best.length === max && d >= best[max - 1]!.d) return;
  let at = best.length;
  while (at > 0 && best[at - 1]!.d > d) at--;
  best.splice(at, 0, { c, d });
  if (best.length > max) best.pop();
}

/** Three wrong choices for `answer`: same kind first, then nearest in length, drawn by the rng from the closest few. */
function wrongChoices(pool: CardChoicePool, answer: string, rng: Rng): string[] {
  const want = CHOICES_PER_CARD - 1;
  const key = choiceKey(answer);
  const kind = choiceKind(answer);
  const size = sizeOf(answer.trim());
  // One pass, no sort: a round asks up to 20 cards of a deck of up to 2000.
  const same: { c: Candidate; d: number }[] = [];
  const others: { c: Candidate; d: number }[] = [];
  let sameCount = 0;
  for (const c of pool.candidates) {
    if (c.key === key) continue;
    const d = Math.abs(c.size - size);
    if (c.kind === kind) {
      sameCount++;
      keepClosest(same, c, d, POOL);
    } else keepClosest(others, c, d, POOL);
  }
  if (sameCount >= want)
    return shuffle(same, rng)
      .slice(0, want)
      .map((x) => x.c.text);
  const fill = shuffle(others, rng).slice(0, want - same.length);
  return [...same, ...fill].map((x) => x.c.text);
}

/**
 * A card as a multiple-choice question: asked by its front (or back, reversed), answered by the
 * other side, with the card's back as the explanation. It keeps the card's id, so whatever is
 * tracked per item survives re-importing the same file. Undefined when the pool is too small.
 */
export function cardQuestion(card: Card, pool: CardChoicePool, rng: Rng): Question | undefined {
  const answer = answerSide(card, pool.direction).trim();
  const wrong = wrongChoices(pool, answer, rng);
  if (wrong.length < CHOICES_PER_CARD - 1) return undefined;
  return {
    id: card.id,
    difficulty: LEVEL_DIFFICULTY[card.level],
    prompt: askedSide(card, pool.direction),
    choices: [answer, ...wrong],
    answer,
    explanation: card.back,
    steps: [],
    mistakes: [],
  };
}
