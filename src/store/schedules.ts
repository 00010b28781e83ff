import { z } from "zod";
import { RECALL_GRADES, type CardSchedule, type RecallGrade } from "../engine/recall.js";
import type { ReviewIndex } from "../engine/review.js";
import type { Kv } from "./kv.js";
import { guildKey } from "./leaderboard.js";
import type { KeyedMutex } from "./mutex.js";
import { cardScheduleSchema } from "./schemas.js";

/** A player's grade of one card in one round, and their schedule before it (null: never reviewed). */
export interface RoundGrade {
  roundId: string;
  item: number;
  grade: RecallGrade;
  before: CardSchedule | null;
}

export interface ScheduleRepo {
  get(guildId: string, userId: string, cardKey: string): Promise<CardSchedule | undefined>;
  /** Only the cards that have a (valid) schedule appear in the result. */
  getMany(guildId: string, userId: string, cardKeys: string[]): Promise<Record<string, CardSchedule>>;
  /** Stores the schedule and its due time in the player's review index. */
  set(guildId: string, userId: string, cardKey: string, s: CardSchedule): Promise<void>;
  /**
   * The player's review index (item key → due), or undefined when none was ever written.
   * `cardsIndexed` is false until addToIndex ran: card schedules graded before the index existed
   * may be missing from it.
   */
  index(guildId: string, userId: string): Promise<{ items: ReviewIndex; cardsIndexed: boolean } | undefined>;
  /** Adds entries the index lacks (never overwrites one), creating it if absent, and marks it cardsIndexed. */
  addToIndex(guildId: string, userId: string, entries: ReviewIndex): Promise<ReviewIndex>;
  /** The player's grade of item `item` of the round, if they graded it. */
  gradeOf(guildId: string, userId: string, roundId: string, item: number): Promise<RoundGrade | undefined>;
  /** Stores the schedule, its index entry and the grade that produced it together (one batch). */
  setGraded(guildId: string, userId: string, cardKey: string, s: CardSchedule, grade: RoundGrade): Promise<void>;
}

/** cardKey is deckId:cardId, so a player's schedules for one deck share a key prefix. */
export const scheduleKey = (guildId: string, userId: string, cardKey: string) =>
  `sched:${guildId}:${userId}:${cardKey}`;
export const reviewIndexKey = (guildId: string, userId: string) => `revidx:${guildId}:${userId}`;

const gradeKey = (guildId: string, userId: string, roundId: string, item: number) =>
  `graded:${guildId}:${roundId}:${item}:${userId}`;
/** As long as the round's own record: a click on one of its buttons can't come later. */
const GRADE_TTL_MS = 14 * 86_400_000;
const roundGradeSchema = z.object({
  version: z.literal(1),
  roundId: z.string(),
  item: z.number(),
  grade: z.enum(RECALL_GRADES as [RecallGrade, ...RecallGrade[]]),
  before: cardScheduleSchema.nullable(),
});

export interface StoredReviewIndex {
  version: 1;
  items: ReviewIndex;
  /** Set once the card schedules that predate the index were added (see ScheduleRepo.index). */
  cardsIndexed?: true;
}
export const reviewIndexSchema = z.object({
  version: z.literal(1),
  items: z.record(z.string(), z.number()),
  cardsIndexed: z.literal(true).optional(),
}) satisfies z.ZodType<StoredReviewIndex>;

/**
 * The index is rewritten whole on every answer, so it is bounded: past this many items the ones due
 * furthest ahead go (they are the best known; a later answer schedules them again).
 */
export const REVIEW_INDEX_CAP = 2000;

/** The index with one item's due time set; a copy, since the stored object is the cached one. */
export function withDue(index: StoredReviewIndex | undefined, key: string, due: number): StoredReviewIndex {
  let items: ReviewIndex = { ...index?.items, [key]: due };
  const keys = Object.keys(items);
  if (keys.length > REVIEW_INDEX_CAP) {
    items = Object.fromEntries(
      Object.entries(items)
        .sort((a, b) => a[1] - b[1])
        .slice(0, REVIEW_INDEX_CAP),
    );
  }
  return index?.cardsIndexed ? { version: 1, items, cardsIndexed: true } : { version: 1, items };
}

/**
 * Schedules are not cached (many per player, each read about once per round); the index is, as
 * every answer rewrites it. Index writes happen under the guild's lock, the one awardAnswer holds.
 */
export class KvSchedules implements ScheduleRepo {
  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  get(guildId: string, userId: string, cardKey: string): Promise<CardSchedule | undefined> {
    return this.kv.get(scheduleKey(guildId, userId, cardKey), cardScheduleSchema);
  }

  async getMany(guildId: string, userId: string, cardKeys: string[]): Promise<Record<string, CardSchedule>> {
    const values = await this.kv.getMany(
      cardKeys.map((k) => scheduleKey(guildId, userId, k)),
      cardScheduleSchema,
    );
    const out: Record<string, CardSchedule> = {};
    cardKeys.forEach((k, i) => {
      const v = values[i];
      if (v) out[k] = v;
    });
    return out;
  }

  set(guildId: string, userId: string, cardKey: string, s: CardSchedule): Promise<void> {
    return this.write(guildId, userId, cardKey, s);
  }

  setGraded(guildId: string, userId: string, cardKey: string, s: CardSchedule, grade: RoundGrade): Promise<void> {
    return this.write(guildId, userId, cardKey, s, grade);
  }

  async gradeOf(guildId: string, userId: string, roundId: string, item: number): Promise<RoundGrade | undefined> {
    const stored = await this.kv.get(gradeKey(guildId, userId, roundId, item), roundGradeSchema);
    if (!stored) return undefined;
    const { version: _version, ...grade } = stored;
    return grade;
  }

  /** The schedule, its entry in the player's review index and (if given) the grade, in one batch. */
  private write(guildId: string, userId: string, cardKey: string, s: CardSchedule, grade?: RoundGrade): Promise<void> {
    const iKey = reviewIndexKey(guildId, userId);
    return this.kv.transact(this.mutex, guildKey(guildId), async () => {
      const index = await this.kv.get(iKey, reviewIndexSchema, true);
      return () => {
        this.kv.set(scheduleKey(guildId, userId, cardKey), structuredClone(s)); // the flush may serialise later
        this.kv.set(iKey, withDue(index, cardKey, s.due), { cache: true });
        if (grade)
          this.kv.set(gradeKey(guildId, userId, grade.roundId, grade.item), structuredClone({ version: 1, ...grade }), {
            ttl: GRADE_TTL_MS,
          });
      };
    });
  }

  async index(
    guildId: string,
    userId: string,
  ): Promise<{ items: ReviewIndex; cardsIndexed: boolean } | undefined> {
    const stored = await this.kv.get(reviewIndexKey(guildId, userId), reviewIndexSchema, true);
    return stored ? { items: { ...stored.items }, cardsIndexed: stored.cardsIndexed === true } : undefined;
  }

  addToIndex(guildId: string, userId: string, entries: ReviewIndex): Promise<ReviewIndex> {
    const iKey = reviewIndexKey(guildId, userId);
    return this.kv.transact(this.mutex, guildKey(guildId), async () => {
      const index = await this.kv.get(iKey, reviewIndexSchema, true);
      return () => {
        const missing = Object.entries(entries).filter(([k]) => !index || !Object.hasOwn(index.items, k));
        if (index?.cardsIndexed && missing.length === 0) return { ...index.items };
        const value: StoredReviewIndex = {
          version: 1,
          items: { ...Object.fromEntries(missing), ...index?.items },
          cardsIndexed: true,
        };
        this.kv.set(iKey, value, { cache: true });
        return { ...value.items };
      };
    });
  }
}
