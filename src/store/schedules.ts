import type { CardSchedule } from "../engine/recall.js";
import type { Kv } from "./kv.js";
import { cardScheduleSchema } from "./schemas.js";

export interface ScheduleRepo {
  get(guildId: string, userId: string, cardKey: string): Promise<CardSchedule | undefined>;
  /** Only the cards that have a (valid) schedule appear in the result. */
  getMany(guildId: string, userId: string, cardKeys: string[]): Promise<Record<string, CardSchedule>>;
  set(guildId: string, userId: string, cardKey: string, s: CardSchedule): Promise<void>;
}

/** cardKey is deckId:cardId, so a player's schedules for one deck share a key prefix. */
const key = (guildId: string, userId: string, cardKey: string) => `sched:${guildId}:${userId}:${cardKey}`;

// Not cached: there are many cards per player and each is read about once per round.
export class KvSchedules implements ScheduleRepo {
  constructor(private readonly kv: Kv) {}

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
    this.kv.set(key(guildId, userId, cardKey), structuredClone(s)); // the flush may serialise later
    return this.kv.commit();
  }
}
