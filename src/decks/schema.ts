import { z } from "zod";
import { say } from "./messages.js";
import type { Said } from "./said.js";

/**
 * The schema's messages by their English text: zod keeps only the text of a message, and the
 * loader looks it up here to say the problem as a code (see said.ts).
 */
export const SCHEMA_SAID = new Map<string, Said>();
function said(s: Said): { message: string } {
  SCHEMA_SAID.set(s.message, s);
  return { message: s.message };
}

/**
 * Deck limits. Each one exists so that every message the bot renders from a deck stays inside
 * Discord's limits (embed description 4096, field 1024, title 256, 6000 per message; 25 select
 * options; 100-char select labels; 5 buttons a row). docs/decks.md states them for authors.
 */
export const LIMITS = {
  deckId: 32,
  title: 100,
  description: 300,
  tags: 10,
  tag: 30,
  itemId: 40,
  items: 2000,
  cardFront: 600,
  cardBack: 1000,
  prompt: 700,
  code: 1200,
  language: 20,
  choicesMin: 2,
  choicesMax: 5,
  choice: 150,
  explanation: 800,
  steps: 6,
  step: 150,
  hint: 300,
  mistakes: 5,
  mistake: 150,
  concepts: 10,
  concept: 100,
  modelAnswer: 1000,
  alternatives: 10,
  alternative: 150,
  typedAnswer: 60,
} as const;

export const LEVELS = ["beginner", "intermediate", "advanced"] as const;
export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export type Level = (typeof LEVELS)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];

export const DECK_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/;
export const ITEM_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,39}$/;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, said(say("mustNotBeEmpty")))
    .max(max, said(say("textTooLong", { max })));

const itemId = z
  .string()
  .regex(ITEM_ID_PATTERN, said(say("badItemId")))
  .optional();

/** YAML scalars arrive as the text written (see yaml-tree.ts), so `true`/`false` are read here. */
const flag = z
  .union([z.boolean(), z.enum(["true", "false"])], said(say("mustBeBoolean")))
  .transform((v) => v === true || v === "true")
  .optional();

/** Typed answers: other answers that count (`accept:`) and near misses that must not (`reject:`). */
const alternatives = z
  .array(text(LIMITS.alternative))
  .max(LIMITS.alternatives, said(say("tooManyAlternatives", { max: LIMITS.alternatives })))
  .optional();

export const cardSchema = z.strictObject({
  id: itemId,
  level: z.enum(LEVELS).default("beginner"),
  front: text(LIMITS.cardFront),
  back: text(LIMITS.cardBack),
  accept: alternatives,
  reject: alternatives,
});

export const questionSchema = z.strictObject({
  id: itemId,
  difficulty: z.enum(DIFFICULTIES),
  prompt: text(LIMITS.prompt),
  code: z
    .string()
    .max(LIMITS.code, said(say("textTooLong", { max: LIMITS.code })))
    .optional(),
  language: z
    .string()
    .regex(/^[a-z0-9+#-]{1,20}$/, said(say("badCodeLanguage")))
    .optional(),
  choices: z
    .array(text(LIMITS.choice))
    .min(LIMITS.choicesMin, said(say("tooFewChoices", { min: LIMITS.choicesMin })))
    .max(LIMITS.choicesMax, said(say("tooManyChoices", { max: LIMITS.choicesMax }))),
  answer: text(LIMITS.choice),
  explanation: text(LIMITS.explanation),
  steps: z
    .array(text(LIMITS.step))
    .max(LIMITS.steps, said(say("tooManySteps", { max: LIMITS.steps })))
    .optional(),
  hint: text(LIMITS.hint).optional(),
  mistakes: z
    .array(text(LIMITS.mistake))
    .max(LIMITS.mistakes, said(say("tooManyMistakes", { max: LIMITS.mistakes })))
    .optional(),
  typed: flag,
  accept: alternatives,
  reject: alternatives,
});

export const promptSchema = z.strictObject({
  id: itemId,
  prompt: text(LIMITS.prompt),
  hint: text(LIMITS.hint).optional(),
  concepts: z
    .array(text(LIMITS.concept))
    .min(1, said(say("noConcepts")))
    .max(LIMITS.concepts, said(say("tooManyConcepts", { max: LIMITS.concepts }))),
  model_answer: text(LIMITS.modelAnswer),
});

/** A deck file as written by an author (YAML or JSON). Checks needing the whole file live in the linter. */
export const deckFileSchema = z.strictObject({
  title: text(LIMITS.title),
  description: text(LIMITS.description).optional(),
  tags: z
    .array(text(LIMITS.tag))
    .max(LIMITS.tags, said(say("tooManyTags", { max: LIMITS.tags })))
    .default([]),
  cards: z.array(cardSchema).default([]),
  questions: z.array(questionSchema).default([]),
  prompts: z.array(promptSchema).default([]),
  /** The language answers are written in (for typed answers: which leading articles to ignore). */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, said(say("badDeckLanguage")))
    .optional(),
  strict_accents: flag,
});

export type DeckFile = z.infer<typeof deckFileSchema>;

/** A loaded deck: every item carries its stable id (explicit, or derived from its text). */
export interface Card {
  id: string;
  level: Level;
  front: string;
  back: string;
  accept?: string[];
  reject?: string[];
}
export interface Question {
  id: string;
  difficulty: Difficulty;
  prompt: string;
  code?: string;
  language?: string;
  choices: string[];
  answer: string;
  explanation: string;
  steps: string[];
  hint?: string;
  mistakes: string[];
  /** Typed rounds ask it even when its answer is longer than LIMITS.typedAnswer. */
  typed?: boolean;
  accept?: string[];
  reject?: string[];
}
export interface ExplainPrompt {
  id: string;
  prompt: string;
  hint?: string;
  concepts: string[];
  modelAnswer: string;
}
export interface Deck {
  id: string;
  title: string;
  description?: string;
  tags: string[];
  cards: Card[];
  questions: Question[];
  prompts: ExplainPrompt[];
  /** Language tag of the answers (typed answers: leading articles); absent means English. */
  language?: string;
  /** Typed answers: accents count ("é" is not "e"). */
  strictAccents?: boolean;
}
