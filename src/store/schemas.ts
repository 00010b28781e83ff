import { z } from "zod";
import { DIFFICULTIES, LEVELS, type Deck } from "../decks/schema.js";
import type { AnswerStreak, DailyStreak } from "../engine/streaks.js";
import type { CardSchedule } from "../engine/recall.js";
import type { RoundItem, RoundState } from "../engine/round.js";

// Every stored value carries `version: 1`; a later format bumps it and reads migrate explicitly.
const count = z.number().int().min(0);

export const answerStreakSchema = z.object({ current: count, best: count }) satisfies z.ZodType<AnswerStreak>;
export const dailyStreakSchema = z.object({
  current: count,
  best: count,
  lastDay: z.string().nullable(),
}) satisfies z.ZodType<DailyStreak>;

export interface PlayerStats {
  version: 1;
  points: number;
  answered: number;
  correct: number;
  answerStreak: AnswerStreak;
  dailyStreak: DailyStreak;
  /** Deck ids played. */
  decks: string[];
  updatedAt: number;
  /** Answers counted as correct by the player's "I was right" (included in `correct`). */
  overrides?: number;
}

export const playerStatsSchema = z.object({
  version: z.literal(1),
  points: z.number().min(0),
  answered: count,
  correct: count,
  answerStreak: answerStreakSchema,
  dailyStreak: dailyStreakSchema,
  decks: z.array(z.string()),
  updatedAt: z.number(),
  overrides: count.optional(),
}) satisfies z.ZodType<PlayerStats>;

export function emptyStats(): PlayerStats {
  return {
    version: 1,
    points: 0,
    answered: 0,
    correct: 0,
    answerStreak: { current: 0, best: 0 },
    dailyStreak: { current: 0, best: 0, lastDay: null },
    decks: [],
    updatedAt: 0,
  };
}

/** A deep copy; cheaper than structuredClone on the award path. */
export function copyStats(s: PlayerStats): PlayerStats {
  return {
    ...s,
    answerStreak: { ...s.answerStreak },
    dailyStreak: { ...s.dailyStreak },
    decks: [...s.decks],
  };
}

export const awardMarkerSchema = z.object({ version: z.literal(1), at: z.number() });

// Engine-owned shapes: checked loosely here (the engine validates semantics), extra fields kept.
export const cardScheduleSchema = z.looseObject({
  version: z.literal(1),
  due: z.number(),
  stability: z.number(),
  difficulty: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
}) as unknown as z.ZodType<CardSchedule>;

export const roundItemSchema = z
  .looseObject({ kind: z.string() })
  .transform(answersAsList) as unknown as z.ZodType<RoundItem>;

/** A round's own record: closed items are stored apart and appear as null (see KvRounds.save). */
export const storedRoundSchema = z.looseObject({
  version: z.literal(1),
  id: z.string(),
  guildId: z.string(),
  channelId: z.string(),
  status: z.enum(["running", "ended"]),
  index: z.number(),
  items: z.array(z.union([z.null(), roundItemSchema])),
}) as unknown as z.ZodType<Omit<RoundState, "items"> & { items: (RoundItem | null)[] }>;

/** Rounds saved by earlier versions kept a question's answers keyed by player; now they are a list in arrival order. */
function answersAsList(item: unknown): unknown {
  if (typeof item !== "object" || item === null || !("answers" in item)) return item;
  const answers = item.answers;
  if (Array.isArray(answers) || typeof answers !== "object" || answers === null) return item;
  const list = Object.entries(answers as Record<string, { at?: number }>)
    .map(([userId, a]) => ({ ...a, userId }))
    .sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  return { ...item, answers: list };
}

const str = z.string();
export const deckSchema = z.object({
  id: str,
  title: str,
  description: str.optional(),
  tags: z.array(str),
  language: str.optional(),
  strictAccents: z.boolean().optional(),
  cards: z.array(
    z.object({
      id: str,
      level: z.enum(LEVELS),
      front: str,
      back: str,
      accept: z.array(str).optional(),
      reject: z.array(str).optional(),
    }),
  ),
  questions: z.array(
    z.object({
      id: str,
      difficulty: z.enum(DIFFICULTIES),
      prompt: str,
      code: str.optional(),
      language: str.optional(),
      choices: z.array(str),
      answer: str,
      explanation: str,
      steps: z.array(str),
      hint: str.optional(),
      mistakes: z.array(str),
      typed: z.boolean().optional(),
      accept: z.array(str).optional(),
      reject: z.array(str).optional(),
    }),
  ),
  prompts: z.array(
    z.object({ id: str, prompt: str, hint: str.optional(), concepts: z.array(str), modelAnswer: str }),
  ),
}) satisfies z.ZodType<Deck>;
