import { z } from "zod";
import { parseTime } from "../engine/daily.js";
import type { Kv } from "./kv.js";
import type { KeyedMutex } from "./mutex.js";

/** A player's daily review reminder in one server (times are in that server's time zone). */
export interface ReminderConfig {
  version: 1;
  /** "HH:MM". */
  time: string;
  enabled: boolean;
  /** Why the bot turned it off by itself (noted in /stats); null when the player did, or it is on. */
  disabledReason: "dm-failed" | null;
  /** The next run; null while off. */
  nextRunAt: number | null;
  /** Failed DMs in a row (see engine/reminders.ts afterAttempt). */
  failures: number;
  /** The player's client language when they turned it on (the DM speaks it); English without it. */
  locale?: string;
  updatedAt: number;
}

export interface ReminderRepo {
  get(guildId: string, userId: string): Promise<ReminderConfig | undefined>;
  /** Read-modify-write under the store's lock; `fn` returns the new config (or the same object: no write). */
  update(
    guildId: string,
    userId: string,
    fn: (c: ReminderConfig | undefined) => ReminderConfig | undefined,
  ): Promise<ReminderConfig | undefined>;
  /**
   * The next run of every reminder that is on in these servers, by player: one key per server (its
   * index of players with a reminder), read once and then served from memory, never a scan.
   */
  schedule(guildIds: Iterable<string>): Promise<{ guildId: string; userId: string; at: number }[]>;
  /** Claims the reminder of `day` (the server's local date) for a player: true once, false ever after. */
  claimDay(guildId: string, userId: string, day: string, now: number): Promise<boolean>;
}

const configSchema = z.object({
  version: z.literal(1),
  time: z
    .string()
    .refine((s) => /^\d{2}:\d{2}$/.test(s) && parseTime(s) !== null, { message: "must be HH:MM" }),
  enabled: z.boolean(),
  disabledReason: z.enum(["dm-failed"]).nullable(),
  nextRunAt: z.number().nullable(),
  failures: z.number().int().min(0),
  updatedAt: z.number(),
  locale: z.string().max(16).optional(),
}) satisfies z.ZodType<ReminderConfig>;
const indexSchema = z.object({ version: z.literal(1), users: z.record(z.string(), z.number()) });
const claimSchema = z.object({ version: z.literal(1), at: z.number() });

const keys = {
  config: (guildId: string, userId: string) => `remind:${guildId}:${userId}`,
  index: (guildId: string) => `remindidx:${guildId}`,
  claim: (guildId: string, userId: string, day: string) => `remindsent:${guildId}:${userId}:${day}`,
};
/** Config and index change together, a few times a day per player: one lock per server. */
const lock = (guildId: string) => `remind:${guildId}`;
/** A claim only has to outlive the day it names (and any time-zone change around it). */
const CLAIM_TTL_MS = 8 * 86_400_000;

export class KvReminders implements ReminderRepo {
  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  async get(guildId: string, userId: string): Promise<ReminderConfig | undefined> {
    const c = await this.kv.get(keys.config(guildId, userId), configSchema, true);
    return c ? { ...c } : undefined;
  }

  update(
    guildId: string,
    userId: string,
    fn: (c: ReminderConfig | undefined) => ReminderConfig | undefined,
  ): Promise<ReminderConfig | undefined> {
    return this.kv.transact(this.mutex, lock(guildId), async () => {
      const [current, index] = await Promise.all([
        this.get(guildId, userId),
        this.kv.get(keys.index(guildId), indexSchema, true),
      ]);
      const next = fn(current);
      if (next === current) return () => next;
      if (next !== undefined) {
        const parsed = configSchema.safeParse(next);
        if (!parsed.success)
          throw new RangeError(`invalid reminder: ${parsed.error.issues[0]?.message ?? "?"}`);
      }
      return () => {
        const users = { ...index?.users };
        if (next?.enabled && next.nextRunAt !== null) users[userId] = next.nextRunAt;
        else delete users[userId];
        this.kv.set(keys.index(guildId), { version: 1, users }, { cache: true });
        if (next === undefined) {
          this.kv.delete(keys.config(guildId, userId));
          return undefined;
        }
        this.kv.set(keys.config(guildId, userId), { ...next }, { cache: true });
        return { ...next };
      };
    });
  }

  async schedule(guildIds: Iterable<string>): Promise<{ guildId: string; userId: string; at: number }[]> {
    const ids = [...guildIds];
    // Cached, absent ones included, so later ticks cost no storage reads.
    const indexes = await this.kv.getMany(ids.map(keys.index), indexSchema, true);
    return ids.flatMap((guildId, k) =>
      Object.entries(indexes[k]?.users ?? {}).map(([userId, at]) => ({ guildId, userId, at })),
    );
  }

  claimDay(guildId: string, userId: string, day: string, now: number): Promise<boolean> {
    const key = keys.claim(guildId, userId, day);
    return this.kv.transact(this.mutex, lock(guildId), async () => {
      const taken = await this.kv.get(key, claimSchema, true);
      return () => {
        if (taken) return false;
        this.kv.set(key, { version: 1, at: now }, { ttl: CLAIM_TTL_MS, cache: true });
        return true;
      };
    });
  }
}
