import { z } from "zod";

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
    .min(1, { message: "must not be empty" })
    .max(max, { message: `must be at most ${max} characters` });

const itemId = z
  .string()
  .regex(ITEM_ID_PATTERN, { message: "id must be 1-40 lowercase letters, digits, '-' or '_'" })
  .optional();

export const cardSchema = z.strictObject({
  id: itemId,
  level: z.enum(LEVELS).default("beginner"),
  front: text(LIMITS.cardFront),
  back: text(LIMITS.cardBack),
});

export const questionSchema = z.strictObject({
  id: itemId,
  difficulty: z.enum(DIFFICULTIES),
  prompt: text(LIMITS.prompt),
  code: z.string().max(LIMITS.code, { message: `must be at most ${LIMITS.code} characters` }).optional(),
  language: z
    .string()
    .regex(/^[a-z0-9+#-]{1,20}$/, { message: "language must be a short code-block tag such as python" })
    .optional(),
  choices: z
    .array(text(LIMITS.choice))
    .min(LIMITS.choicesMin, { message: `needs at least ${LIMITS.choicesMin} choices` })
    .max(LIMITS.choicesMax, { message: `allows at most ${LIMITS.choicesMax} choices` }),
  answer: text(LIMITS.choice),
  explanation: text(LIMITS.explanation),
  steps: z.array(text(LIMITS.step)).max(LIMITS.steps, { message: `allows at most ${LIMITS.steps} steps` }).optional(),
  hint: text(LIMITS.hint).optional(),
  mistakes: z
    .array(text(LIMITS.mistake))
    .max(LIMITS.mistakes, { message: `allows at most ${LIMITS.mistakes} mistakes` })
    .optional(),
});

export const promptSchema = z.strictObject({
  id: itemId,
  prompt: text(LIMITS.prompt),
  hint: text(LIMITS.hint).optional(),
  concepts: z
    .array(text(LIMITS.concept))
    .min(1, { message: "needs at least 1 concept" })
    .max(LIMITS.concepts, { message: `allows at most ${LIMITS.concepts} concepts` }),
  model_answer: text(LIMITS.modelAnswer),
});

/** A deck file as written by an author (YAML or JSON). Checks needing the whole file live in the linter. */
export const deckFileSchema = z.strictObject({
  title: text(LIMITS.title),
  description: text(LIMITS.description).optional(),
  tags: z
    .array(text(LIMITS.tag))
    .max(LIMITS.tags, { message: `allows at most ${LIMITS.tags} tags` })
    .default([]),
  cards: z.array(cardSchema).default([]),
  questions: z.array(questionSchema).default([]),
  prompts: z.array(promptSchema).default([]),
});

export type DeckFile = z.infer<typeof deckFileSchema>;

/** A loaded deck: every item carries its stable id (explicit, or derived from its text). */
export interface Card {
  id: string;
  level: Level;
  front: string;
  back: string;
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
}
