import { LIMITS, type Card, type Deck, type ExplainPrompt, type Question } from "./schema.js";

/**
 * Deck items at every documented limit at once (docs/decks.md), for tests and benches that must
 * show a renderer stays inside Discord's limits whatever a valid deck holds. `filler` is the text
 * repeated to fill each field; pass markup (mentions, masked links, code fences) to check that
 * escaping it cannot push a message over a limit.
 */
export interface MaxSizeOptions {
  filler?: string;
}

const DEFAULT_FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ";

/** Exactly `n` characters starting with `tag`, the rest `filler` repeated; never ends in a space (decks trim). */
export function filledText(n: number, tag: string, filler = DEFAULT_FILLER): string {
  let s = `${tag} `;
  while (s.length < n) s += filler;
  s = s.slice(0, n);
  return /\s$/.test(s) ? `${s.slice(0, -1)}.` : s;
}

const itemId = (tag: string) => filledText(LIMITS.itemId, tag, "-x").replace(/[^a-z0-9_-]/g, "-");

export function maxSizeQuestion(tag = "q", o: MaxSizeOptions = {}): Question {
  const text = (n: number, part: string) => filledText(n, `${tag}.${part}`, o.filler);
  const choices = Array.from({ length: LIMITS.choicesMax }, (_, k) => text(LIMITS.choice, `choice${k}`));
  return {
    id: itemId(tag),
    difficulty: "hard",
    prompt: text(LIMITS.prompt, "prompt"),
    // A code block that tries to close its own fence as often as it can (whatever the filler:
    // inside code, mention syntax is shown as written, and tests look for it outside code).
    code: filledText(LIMITS.code, `# ${tag}`, "x = '```'\n"),
    language: "x".repeat(LIMITS.language),
    choices,
    answer: choices[LIMITS.choicesMax - 1]!,
    explanation: text(LIMITS.explanation, "why"),
    steps: Array.from({ length: LIMITS.steps }, (_, k) => text(LIMITS.step, `step${k}`)),
    hint: text(LIMITS.hint, "hint"),
    mistakes: Array.from({ length: LIMITS.mistakes }, (_, k) => text(LIMITS.mistake, `mistake${k}`)),
  };
}

export function maxSizeCard(tag = "c", o: MaxSizeOptions = {}): Card {
  return {
    id: itemId(tag),
    level: "intermediate",
    front: filledText(LIMITS.cardFront, `${tag}.front`, o.filler),
    back: filledText(LIMITS.cardBack, `${tag}.back`, o.filler),
  };
}

export function maxSizePrompt(tag = "p", o: MaxSizeOptions = {}): ExplainPrompt {
  return {
    id: itemId(tag),
    prompt: filledText(LIMITS.prompt, `${tag}.prompt`, o.filler),
    hint: filledText(LIMITS.hint, `${tag}.hint`, o.filler),
    concepts: Array.from({ length: LIMITS.concepts }, (_, k) =>
      filledText(LIMITS.concept, `${tag}.concept${k}`, o.filler),
    ),
    modelAnswer: filledText(LIMITS.modelAnswer, `${tag}.model`, o.filler),
  };
}

/** A deck whose title, description, tags and `count` items of each kind are all at their limits. */
export function maxSizeDeck(count = 3, o: MaxSizeOptions = {}): Deck {
  const n = (p: string) => Array.from({ length: count }, (_, k) => `${p}${k}`);
  return {
    id: "m".repeat(LIMITS.deckId),
    title: filledText(LIMITS.title, "title", o.filler),
    description: filledText(LIMITS.description, "about", o.filler),
    tags: Array.from({ length: LIMITS.tags }, (_, k) => filledText(LIMITS.tag, `t${k}`, o.filler)),
    cards: n("c").map((tag) => maxSizeCard(tag, o)),
    questions: n("q").map((tag) => maxSizeQuestion(tag, o)),
    prompts: n("p").map((tag) => maxSizePrompt(tag, o)),
  };
}
