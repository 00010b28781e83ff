import { DIFFICULTIES, type Difficulty, type Question } from "../decks/schema.js";
import { shuffle, type Rng } from "./random.js";

export interface TestVerdict {
  correct: number;
  total: number;
  percent: number;
  verdict: "strong" | "needs work" | "weak";
  byDifficulty: Record<Difficulty, { correct: number; total: number }>;
}

export const STRONG_PERCENT = 80;
export const NEEDS_WORK_PERCENT = 50;

export function testVerdict(answers: { difficulty: Difficulty; correct: boolean }[]): TestVerdict {
  const byDifficulty = {
    easy: { correct: 0, total: 0 },
    medium: { correct: 0, total: 0 },
    hard: { correct: 0, total: 0 },
  };
  let correct = 0;
  for (const a of answers) {
    byDifficulty[a.difficulty].total++;
    if (a.correct) {
      byDifficulty[a.difficulty].correct++;
      correct++;
    }
  }
  const total = answers.length;
  // Integer maths, floored: 79.9% must read as 79 and stay "needs work".
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  const verdict =
    percent >= STRONG_PERCENT ? "strong" : percent >= NEEDS_WORK_PERCENT ? "needs work" : "weak";
  return { correct, total, percent, verdict, byDifficulty };
}

/** Share of a test per difficulty; 10 questions => 3 easy, 4 medium, 3 hard. */
function quotas(size: number): Record<Difficulty, number> {
  const easy = Math.floor(size * 0.3);
  const hard = Math.floor(size * 0.3);
  return { easy, medium: size - easy - hard, hard };
}

/** Order to top up from when a difficulty runs short: medium first keeps the test centred. */
const FILL_ORDER: Difficulty[] = ["medium", "easy", "hard"];

/** Works on anything with a difficulty, so cards waiting to become questions can be picked too. */
export function pickTestQuestions<Q extends { difficulty: Difficulty } = Question>(
  questions: Q[],
  rng: Rng,
  size = 10,
): Q[] {
  const pools = {} as Record<Difficulty, Q[]>;
  for (const d of DIFFICULTIES) {
    pools[d] = shuffle(
      questions.filter((q) => q.difficulty === d),
      rng,
    );
  }
  const available = DIFFICULTIES.reduce((sum, d) => sum + pools[d].length, 0);
  const n = Math.max(0, Math.min(Math.floor(size), available));
  const quota = quotas(n);
  const picked = {} as Record<Difficulty, Q[]>;
  for (const d of DIFFICULTIES) picked[d] = pools[d].splice(0, quota[d]);
  let count = DIFFICULTIES.reduce((sum, d) => sum + picked[d].length, 0);
  // Round-robin top-up so one short difficulty doesn't tilt the whole test toward another.
  while (count < n) {
    for (const d of FILL_ORDER) {
      const q = pools[d].shift();
      if (q && count < n) {
        picked[d].push(q);
        count++;
      }
    }
  }
  return DIFFICULTIES.flatMap((d) => picked[d]);
}
