import {
  applyAnswerStreak,
  applyDailyStreak,
  type AnswerStreak,
  type DailyStreak,
  weekKey,
} from "../engine/streaks.js";
import { internalsOf } from "./internals.js";
import { guildKey, type BoardPeriod } from "./leaderboard.js";
import { awardMarkerSchema, copyStats, playerStatsSchema, type PlayerStats } from "./schemas.js";
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
  const { kv, mutex, stats, leaderboard } = internalsOf(store);
  if (!Number.isSafeInteger(a.points) || a.points < 0) {
    throw new RangeError(`points must be a non-negative integer, got ${a.points}`);
  }
  const periods: BoardPeriod[] = a.override
    ? []
    : [{ kind: "all" }, { kind: "week", week: weekKey(a.now, a.timeZone) }];
  const marker = markerKey(a.guildId, a.awardId);
  const sKey = statsKey(a.guildId, a.userId);

  // Storage reads happen here, concurrently; under the lock everything needed is then in memory.
  await Promise.all([
    a.freshRound
      ? stats.load(a.guildId, a.userId)
      : kv.getMany([marker, sKey], [awardMarkerSchema, playerStatsSchema], true),
    leaderboard.prefetch(a.guildId, a.userId, periods),
  ]);

  return kv.transact(mutex, guildKey(a.guildId), async () => {
    const before = await stats.load(a.guildId, a.userId);
    if (a.freshRound ? kv.peek(marker) : await kv.get(marker, awardMarkerSchema, true)) {
      return (): AwardResult => ({ duplicate: true, stats: copyStats(before), ...streaks(before, before) });
    }
    // All reads first (both boards), then one synchronous step stages the whole award.
    const boards: (() => void)[] = [];
    for (const period of periods) boards.push(await leaderboard.plan(a.guildId, a.userId, a.points, period));
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
      for (const apply of boards) apply();
      return { duplicate: false, stats: copyStats(after), ...streaks(before, after) };
    };
  });
}
