import {
  applyAnswerStreak,
  applyDailyStreak,
  type AnswerStreak,
  type DailyStreak,
  localDay,
  weekKey,
} from "../engine/streaks.js";
import { monthOf, recordActivity } from "../engine/activity.js";
import type { Difficulty } from "../decks/schema.js";
import { ACTIVITY_TTL_MS, activityKey } from "./activity.js";
import type { CardSchedule } from "../engine/recall.js";
import type { ReviewUpdate } from "../engine/review.js";
import { internalsOf } from "./internals.js";
import { guildKey, type BoardPeriod } from "./leaderboard.js";
import { awardMarkerSchema, copyStats, playerStatsSchema, type PlayerStats } from "./schemas.js";
import { reviewIndexKey, reviewIndexSchema, scheduleKey, withDue } from "./schedules.js";
import { cardScheduleSchema } from "./schemas.js";
import { statsKey } from "./stats.js";
import type { Store } from "./index.js";

export interface AwardInput {
  /** Unique per answer, e.g. roundId:itemIndex:userId; a repeat is ignored. */
  awardId: string;
  guildId: string;
  userId: string;
  deckId: string;
  correct: boolean;
  /** Non-negative integer. */
  points: number;
  now: number;
  /** The guild's timezone: the day for the daily streak and the week for the weekly board. */
  timeZone: string;
  /**
   * True when this process created the round, so no earlier process can have stored this award:
   * its marker is looked for only among this process's own writes, which saves a storage read per
   * answer (the marker is the one key of an award that is never cached yet).
   */
  freshRound?: boolean;
  /** The item's difficulty, for the accuracy-by-difficulty history (/stats). */
  difficulty?: Difficulty;
  /**
   * The player's review schedule of the item answered (engine/review.ts answerReview): stored with
   * the award, so an answer and its schedule land together and a repeated answer moves neither.
   */
  review?: ReviewUpdate;
  /**
   * "I was right" on an answer already awarded as a miss (its own awardId): counts it as correct
   * and as an override. Nothing else moves: no points, no boards, no streaks, no answer count.
   */
  override?: boolean;
}

export interface AwardResult {
  /** True when awardId was already applied: nothing changed and `stats` are the current ones. */
  duplicate: boolean;
  stats: PlayerStats;
  answerStreak: { before: AnswerStreak; after: AnswerStreak };
  dailyStreak: { before: DailyStreak; after: DailyStreak };
  /** The item's new review schedule (absent for a duplicate or without `review`). */
  review?: CardSchedule;
}

/** Markers only need to outlive any retry of the same answer. */
const MARKER_TTL_MS = 30 * 86_400_000;
/** Copies, since the stats objects are the cached ones. */
function streaks(before: PlayerStats, after: PlayerStats): Pick<AwardResult, "answerStreak" | "dailyStreak"> {
  return {
    answerStreak: { before: { ...before.answerStreak }, after: { ...after.answerStreak } },
    dailyStreak: { before: { ...before.dailyStreak }, after: { ...after.dailyStreak } },
  };
}

/**
 * The item's schedule and the player's index. The index (cached) lists every schedule written with
 * it, so a question the player never answered costs no storage read: the usual case in a crowd.
 */
async function previousSchedule(store: Store, r: { update: ReviewUpdate; sched: string; index: string }) {
  const { kv } = internalsOf(store);
  const index = await kv.get(r.index, reviewIndexSchema, true);
  const known = index !== undefined && Object.hasOwn(index.items, r.update.key);
  return [known ? await kv.get(r.sched, cardScheduleSchema, true) : undefined, index] as const;
}

/** An override moves only the correct count and its own tally; see AwardInput.override. */
function overridden(before: PlayerStats, now: number): PlayerStats {
  return {
    ...copyStats(before),
    correct: before.correct + 1,
    overrides: (before.overrides ?? 0) + 1,
    updatedAt: now,
  };
}

const markerKey = (guildId: string, awardId: string) => `award:${guildId}:${awardId}`;

/**
 * The one write for an answer: stats, both streaks, the all-time and weekly boards, and the
 * idempotency marker, all staged under the guild's lock and committed together (one batch, so on
 * SQLite they land atomically). Resolves once they are durable.
 */
export async function awardAnswer(store: Store, a: AwardInput): Promise<AwardResult> {
  const { kv, mutex, stats, leaderboard, activity } = internalsOf(store);
  if (!Number.isSafeInteger(a.points) || a.points < 0) {
    throw new RangeError(`points must be a non-negative integer, got ${a.points}`);
  }
  const periods: BoardPeriod[] = a.override
    ? []
    : [{ kind: "all" }, { kind: "week", week: weekKey(a.now, a.timeZone) }];
  const marker = markerKey(a.guildId, a.awardId);
  const sKey = statsKey(a.guildId, a.userId);
  const day = localDay(a.now, a.timeZone);
  const aKey = activityKey(a.guildId, a.userId, monthOf(day));
  const review = a.review && {
    update: a.review,
    sched: scheduleKey(a.guildId, a.userId, a.review.key),
    index: reviewIndexKey(a.guildId, a.userId),
  };

  // Storage reads happen here, concurrently; under the lock everything needed is then in memory.
  await Promise.all([
    a.freshRound
      ? stats.load(a.guildId, a.userId)
      : kv.getMany([marker, sKey], [awardMarkerSchema, playerStatsSchema], true),
    leaderboard.prefetch(a.guildId, a.userId, periods),
    activity.load(a.guildId, a.userId, monthOf(day)),
    review && previousSchedule(store, review),
  ]);

  return kv.transact(mutex, guildKey(a.guildId), async () => {
    const before = await stats.load(a.guildId, a.userId);
    if (a.freshRound ? kv.peek(marker) : await kv.get(marker, awardMarkerSchema, true)) {
      return (): AwardResult => ({ duplicate: true, stats: copyStats(before), ...streaks(before, before) });
    }
    // All reads first (both boards), then one synchronous step stages the whole award.
    const boards: (() => void)[] = [];
    for (const period of periods) boards.push(await leaderboard.plan(a.guildId, a.userId, a.points, period));
    const month = await activity.load(a.guildId, a.userId, monthOf(day));
    const [previous, index] = review ? await previousSchedule(store, review) : [];
    return (): AwardResult => {
      const after: PlayerStats = {
        version: 1,
        points: before.points + a.points,
        answered: before.answered + 1,
        correct: before.correct + (a.correct ? 1 : 0),
        answerStreak: applyAnswerStreak(before.answerStreak, a.correct),
        // Any answer counts as studying that day, right or wrong.
        dailyStreak: applyDailyStreak(before.dailyStreak, a.now, a.timeZone),
        decks: before.decks.includes(a.deckId) ? before.decks : [...before.decks, a.deckId],
        updatedAt: a.now,
        ...(before.overrides === undefined ? {} : { overrides: before.overrides }),
      };
      if (a.override) Object.assign(after, overridden(before, a.now));
      kv.set(sKey, after, { cache: true });
      // Cached, not just written: a concurrent duplicate's storage read must not be cached over it.
      kv.set(marker, { version: 1, at: a.now }, { ttl: MARKER_TTL_MS, cache: true });
      // An override re-judges an answer already counted that day; it is not another answer.
      if (!a.override) kv.set(aKey, recordActivity(month, day, a.correct, a.difficulty), { ttl: ACTIVITY_TTL_MS, cache: true });
      for (const apply of boards) apply();
      if (!review) return { duplicate: false, stats: copyStats(after), ...streaks(before, after) };
      const schedule = review.update.next(previous);
      kv.set(review.sched, schedule, { cache: true });
      kv.set(review.index, withDue(index, review.update.key, schedule.due), { cache: true });
      return { duplicate: false, stats: copyStats(after), ...streaks(before, after), review: { ...schedule } };
    };
  });
}
