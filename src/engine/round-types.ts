import type { Card, Deck, Difficulty, ExplainPrompt, Question } from "../decks/schema.js";
import type { Direction } from "./card-choices.js";
import type { MatchOptions } from "./match.js";
import type { RecallGrade } from "./recall.js";

export type RoundMode = "practice" | "recall" | "explain" | "test" | "review";
export const ROUND_MODES: readonly RoundMode[] = ["practice", "recall", "explain", "test", "review"];
export const LETTERS = ["A", "B", "C", "D", "E"] as const;

export class EngineError extends Error {
  constructor(
    /** few-answers: the round needs cards as choices, but they have under 4 distinct answers. */
    public readonly code: "no-items" | "none-typeable" | "bad-option" | "few-answers",
    message: string,
  ) {
    super(message);
    this.name = "EngineError";
  }
}

export interface RoundOptions {
  id: string;
  guildId: string;
  channelId: string;
  hostId: string;
  deck: Deck;
  mode: RoundMode;
  count: number;
  difficulty: Difficulty | "mixed";
  timerMs: number;
  solo: boolean;
  seed: number;
  now: number;
  /**
   * practice: ask cards as multiple choice this way round, and only cards. Without it a round asks
   * the deck's questions and tops up with cards (front to back) when there are too few.
   */
  direction?: Direction;
  /** recall: card ids in preferred order (due first), from pickRecallCards. */
  dueCardIds?: string[];
  /** review: the items to ask, in order (most overdue first), each from its own deck. */
  reviewItems?: ReviewPick[];
  /** practice/recall: players type the answer (typed.ts) instead of clicking or self-grading. */
  typed?: boolean;
}

export type ReviewPick = { deckId: string } & (
  { kind: "card"; card: Card } | { kind: "question"; question: Question }
);
/** A question as shown: `choices` in shuffled order, `correctIndex` into that order. */
export interface ShownQuestion extends Question {
  correctIndex: number;
}

export interface AnswerRecord {
  userId: string;
  /** The choice clicked; -1 for a typed answer. */
  choice: number;
  correct: boolean;
  points: number;
  elapsedMs: number;
  hintUsed: boolean;
  at: number;
  /** Typed answers: what was typed, and whether it was exact or forgiven typos. */
  typed?: { text: string; match: "exact" | "typo" | "wrong" | "rejected"; typos?: number };
}

export interface QuestionResult {
  index: number;
  itemId: string;
  correctIndex: number;
  correctLetter: string;
  /** Answers per shown choice. */
  distribution: number[];
  /** Fastest correct answer. */
  fastest: { userId: string; elapsedMs: number } | null;
  points: Record<string, number>;
  answered: number;
  reason: "timer" | "reveal" | "solo" | "stopped";
}

interface ItemBase {
  /** null until the item is reached. */
  openedAt: number | null;
  /** null when untimed (or not yet opened). */
  closesAt: number | null;
  closed: boolean;
  closedAt?: number;
  /** In the order they came; see answers.ts. */
  answers: AnswerRecord[];
  /** userIds who took the hint. */
  hintsUsed: string[];
  /** recall: userIds who revealed the back. */
  revealedBy?: string[];
  /** recall: each player's self-grade, for the round summary (schedules live elsewhere). */
  grades?: Record<string, RecallGrade>;
  /** Players who pressed "I was right" on this item (once each; see typed.ts overrideAnswer). */
  overrides?: string[];
  result?: QuestionResult;
  /** review rounds mix decks: the deck this item came from (else the round's deck). */
  deckId?: string;
}

// Snapshots, not ids: a deck edited mid-round must not change what is being asked.
export type RoundItem = ItemBase &
  (
    | { kind: "question"; question: ShownQuestion }
    | { kind: "card"; card: Card }
    | { kind: "prompt"; prompt: ExplainPrompt }
  );

export interface RoundState {
  version: 1;
  id: string;
  guildId: string;
  channelId: string;
  hostId: string;
  deckId: string;
  deckTitle: string;
  mode: RoundMode;
  difficulty: Difficulty | "mixed";
  solo: boolean;
  timerMs: number;
  seed: number;
  createdAt: number;
  status: "running" | "ended";
  endReason?: "finished" | "stopped" | "restart" | "interrupted";
  endedAt?: number;
  /** Current item; stays on the last item once the round ends. */
  index: number;
  items: RoundItem[];
  /** A daily quiz's question (see engine/daily.ts): survives restarts, holds no channel, no summary. */
  daily?: { day: string };
  /** Typed rounds: the deck's matching options, snapshotted like its items. */
  typed?: MatchOptions;
  /** Typed rounds: how many of the deck's items could not be typed and were left out. */
  leftOut?: number;
  /**
   * The language its messages are shown in, fixed when it starts (a locale id such as "de"; the
   * engine never reads it). Rounds stored before it existed have none and are shown in English.
   */
  locale?: string;
}

export type ItemView = { index: number; total: number; closesAt: number | null; deckTitle: string } & (
  | {
      kind: "question";
      question: {
        id: string;
        difficulty: Difficulty;
        prompt: string;
        code?: string;
        language?: string;
        hasHint: boolean;
        choices: { letter: string; text: string }[];
      };
    }
  | { kind: "card"; card: Card }
  | { kind: "prompt"; prompt: ExplainPrompt }
);
