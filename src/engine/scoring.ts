import type { Difficulty } from "../decks/schema.js";

export const BASE_POINTS: Record<Difficulty, number> = { easy: 10, medium: 20, hard: 30 };

/** The speed bonus tops out at this share of the base points (an instant answer). */
export const MAX_SPEED_BONUS = 0.5;

export interface ScoreInput {
  difficulty: Difficulty;
  correct: boolean;
  elapsedMs: number;
  timerMs: number;
  hintUsed: boolean;
}

/**
 * Points for one answer. See docs/scoring.md. The bonus is linear in the share of the timer left,
 * so it is 0 with no timer (solo/untimed rounds) and never negative for late or clock-skewed answers.
 */
export function scoreAnswer(i: ScoreInput): number {
  if (!i.correct) return 0;
  const base = BASE_POINTS[i.difficulty];
  let bonus = 0;
  if (i.timerMs > 0) {
    const left = Math.min(1, Math.max(0, (i.timerMs - Math.max(0, i.elapsedMs)) / i.timerMs));
    bonus = base * MAX_SPEED_BONUS * left;
  }
  const total = i.hintUsed ? (base + bonus) / 2 : base + bonus;
  return Math.round(total);
}
