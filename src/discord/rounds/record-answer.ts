import type { RoundState } from "../../engine/index.js";
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
 * The one place an answer's outcome is recorded: a click, a typed answer and "I was right" all come
 * here, so whatever an answer updates for the player (stats, streaks, boards, and anything stored
 * with the award) an override updates too, as a correct answer.
 */
export function recordAnswer(
  ctx: BotContext,
  state: RoundState,
  a: AnswerOutcomeToRecord,
): Promise<AwardResult> {
  return awardAnswer(ctx.store, {
    awardId: `${state.id}:${a.itemIndex}:${a.userId}${a.override ? ":override" : ""}`,
    guildId: state.guildId,
    userId: a.userId,
    deckId: state.deckId,
    correct: a.correct,
    points: a.points,
    now: a.now,
    timeZone: a.timeZone,
    freshRound: ctx.rounds.createdByThisProcess(state.id),
    ...(a.override ? { override: true } : {}),
  });
}
