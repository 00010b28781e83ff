import { z } from "zod";
import { RECALL_GRADES, type CardSchedule, type RecallGrade } from "../engine/recall.js";
import type { Kv } from "./kv.js";
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
  set(guildId: string, userId: string, cardKey: string, s: CardSchedule): Promise<void>;
  /**
   * How many of the player's scheduled cards are due at `now`, among decks whose id `deckIds`
   * accepts: read from one index key per player (deck bodies and schedules are never read).
   */
  dueCount(
    guildId: string,
    userId: string,
    now: number,
    deckIds: (deckId: string) => boolean,
  ): Promise<number | undefined>;
  /**
   * Builds the player's due index from their schedules of these cards: for players whose schedules
   * were written before the index existed (dueCount is undefined for them). Done once per player.
   */
  rebuildDueIndex(guildId: string, userId: string, cardKeys: string[]): Promise<void>;
  /** The player's grade of item `item` of the round, if they graded it. */
  gradeOf(guildId: string, userId: string, roundId: string, item: number): Promise<RoundGrade | undefined>;
  /** Stores the schedule and the grade that produced it together (one batch). */
  setGraded(
    guildId: string,
    userId: string,
    cardKey: string,
    s: CardSchedule,
    grade: RoundGrade,
  ): Promise<void>;
}

/** cardKey is deckId:cardId, so a player's schedules for one deck share a key prefix. */
const key = (guildId: string, userId: string, cardKey: string) => `sched:${guildId}:${userId}:${cardKey}`;
/** Per player: each scheduled card's due time, so /stats counts due cards from one read. */
const dueIndexKey = (guildId: string, userId: string) => `scheddue:${guildId}:${userId}`;
const dueIndexSchema = z.object({ version: z.literal(1), due: z.record(z.string(), z.number()) });

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

// Not cached: there are many cards per player and each is read about once per round.
export class KvSchedules implements ScheduleRepo {
  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  get(guildId: string, userId: string, cardKey: string): Promise<CardSchedule | undefined> {
    return this.kv.get(key(guildId, userId, cardKey), cardScheduleSchema);
  }

  async getMany(guildId: string, userId: string, cardKeys: string[]): Promise<Record<string, CardSchedule>> {
    const values = await this.kv.getMany(
      cardKeys.map((k) => key(guildId, userId, k)),
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

  async dueCount(
    guildId: string,
    userId: string,
    now: number,
    deckIds: (deckId: string) => boolean,
  ): Promise<number | undefined> {
    const index = await this.kv.get(dueIndexKey(guildId, userId), dueIndexSchema);
    if (!index) return undefined;
    let due = 0;
    for (const [cardKey, at] of Object.entries(index.due)) {
      if (at <= now && deckIds(cardKey.slice(0, cardKey.indexOf(":")))) due++;
    }
    return due;
  }

  async rebuildDueIndex(guildId: string, userId: string, cardKeys: string[]): Promise<void> {
    await this.kv.transact(this.mutex, dueIndexKey(guildId, userId), async () => {
      const [index, found] = await Promise.all([
        this.kv.get(dueIndexKey(guildId, userId), dueIndexSchema),
        this.getMany(guildId, userId, cardKeys),
      ]);
      return () => {
        // Entries written meanwhile (a grade) are newer than what was read: they win.
        const due = {
          ...Object.fromEntries(Object.entries(found).map(([k, s]) => [k, s.due])),
          ...index?.due,
        };
        this.kv.set(dueIndexKey(guildId, userId), { version: 1, due });
      };
    });
  }

  /** The schedule, its entry in the player's due index and (if given) the grade, in one batch. */
  private async write(guildId: string, userId: string, cardKey: string, s: CardSchedule, grade?: RoundGrade) {
    await this.kv.transact(this.mutex, dueIndexKey(guildId, userId), async () => {
      const index = await this.kv.get(dueIndexKey(guildId, userId), dueIndexSchema);
      return () => {
        this.kv.set(key(guildId, userId, cardKey), structuredClone(s)); // the flush may serialise later
        this.kv.set(dueIndexKey(guildId, userId), { version: 1, due: { ...index?.due, [cardKey]: s.due } });
        if (grade)
          this.kv.set(
            gradeKey(guildId, userId, grade.roundId, grade.item),
            structuredClone({ version: 1, ...grade }),
            {
              ttl: GRADE_TTL_MS,
            },
          );
      };
    });
  }

  async gradeOf(
    guildId: string,
    userId: string,
    roundId: string,
    item: number,
  ): Promise<RoundGrade | undefined> {
    const stored = await this.kv.get(gradeKey(guildId, userId, roundId, item), roundGradeSchema);
    if (!stored) return undefined;
    const { version: _version, ...grade } = stored;
    return grade;
  }

  setGraded(
    guildId: string,
    userId: string,
    cardKey: string,
    s: CardSchedule,
    grade: RoundGrade,
  ): Promise<void> {
    return this.write(guildId, userId, cardKey, s, grade);
  }
}
