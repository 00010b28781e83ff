import { answerReview, type RoundState } from "../../engine/index.js";
import { awardAnswer, type AwardResult } from "../../store/award-answer.js";
import type { BotContext } from "../context.js";

export interface AnswerOutcomeToRecord {
  userId: string;
  itemIndex: number;
  correct: boolean;
  points: number;
  now: number;
  timeZone: string;
  /** "I was right" on this item (override-answer.ts): its own award, counted as correct, no points. */
  override?: boolean;
}

/**
 * The one place an answer's outcome is recorded: the award (stats, streaks, boards) and the
 * player's review schedule of the question, stored together (see awardAnswer). A click, a typed
 * answer and "I was right" all come here, so an override updates whatever an answer does, as a
 * correct answer, and each one schedules the question for /review.
 */
export function recordAnswer(
  ctx: BotContext,
  state: RoundState,
  a: AnswerOutcomeToRecord,
): Promise<AwardResult> {
  const item = state.items[a.itemIndex];
  const deckId = item?.deckId ?? state.deckId;
  return awardAnswer(ctx.store, {
    awardId: `${state.id}:${a.itemIndex}:${a.userId}${a.override ? ":override" : ""}`,
    guildId: state.guildId,
    userId: a.userId,
    deckId,
    correct: a.correct,
    points: a.points,
    now: a.now,
    timeZone: a.timeZone,
    freshRound: ctx.rounds.createdByThisProcess(state.id),
    ...(item?.kind === "question"
      ? {
          review: answerReview({ deckId, itemId: item.question.id }, a.correct, a.now),
          difficulty: item.question.difficulty,
        }
      : {}),
    ...(a.override ? { override: true } : {}),
  });
}
