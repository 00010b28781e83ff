import { z } from "zod";
import { parseTime } from "../engine/daily.js";
import { dailyStreakOn, localDay, previousDay, type DailyStreak } from "../engine/streaks.js";
import type { Kv } from "./kv.js";
import type { KeyedMutex } from "./mutex.js";

export const DAILY_DISABLED_REASONS = ["channel-missing", "no-permission", "deck-removed", "deck-empty"] as const;
export type DailyDisabledReason = (typeof DAILY_DISABLED_REASONS)[number];

/** A posted daily question still to be revealed (its round holds the state). */
export interface DailyRound {
  roundId: string;
  day: string;
  closesAt: number;
}

export interface DailyConfig {
  version: 1;
  channelId: string;
  /** "HH:MM" in the server's time zone. */
  time: string;
  deckId: string;
  /** Questions per day, 1-5. */
  questions: number;
  enabled: boolean;
  /** Why the bot turned it off by itself (shown in /daily status); null when a moderator did, or it is on. */
  disabledReason: DailyDisabledReason | null;
  /** The next scheduled post; null while disabled. */
  nextRunAt: number | null;
  /** Per deck, the question ids asked in the current rotation cycle. */
  rotation: Record<string, string[]>;
  open: DailyRound[];
  setBy: string;
  updatedAt: number;
}

export interface RunningStreak {
  userId: string;
  current: number;
  best: number;
}

export interface DailyRepo {
  get(guildId: string): Promise<DailyConfig | undefined>;
  /** Read-modify-write of a guild's daily under the store's lock; `fn` returns the new config, or undefined to delete it. */
  update(guildId: string, fn: (c: DailyConfig | undefined) => DailyConfig | undefined): Promise<DailyConfig | undefined>;
  /**
   * The next run (null while off) of each of these guilds that has a daily: one batched read of
   * their keys, then served from memory. Per guild rather than one index key for the whole bot:
   * with shards, processes caching a shared key would overwrite each other's entries.
   */
  schedule(guildIds: Iterable<string>): Promise<Record<string, number | null>>;
  /** Claims the post of `day` (the server's local date): true once, false ever after. */
  claimDay(guildId: string, day: string, now: number): Promise<boolean>;
  /** Records a player's daily streak after it changed, for the server's board of running streaks. */
  noteStreak(guildId: string, userId: string, streak: DailyStreak, now: number, timeZone: string): Promise<void>;
  /** The longest streaks still running (played today or yesterday), longest first. */
  runningStreaks(guildId: string, n: number, now: number, timeZone: string): Promise<RunningStreak[]>;
}

const roundSchema = z.object({ roundId: z.string(), day: z.string(), closesAt: z.number() });
const configSchema = z.object({
  version: z.literal(1),
  channelId: z.string().min(1),
  time: z.string().refine((s) => /^\d{2}:\d{2}$/.test(s) && parseTime(s) !== null, { message: "must be HH:MM" }),
  deckId: z.string().min(1),
  questions: z.number().int().min(1).max(5),
  enabled: z.boolean(),
  disabledReason: z.enum(DAILY_DISABLED_REASONS).nullable(),
  nextRunAt: z.number().nullable(),
  rotation: z.record(z.string(), z.array(z.string())),
  open: z.array(roundSchema),
  setBy: z.string(),
  updatedAt: z.number(),
}) satisfies z.ZodType<DailyConfig>;
const claimSchema = z.object({ version: z.literal(1), at: z.number() });
const boardSchema = z.object({
  version: z.literal(1),
  players: z.record(z.string(), z.object({ current: z.number().int().min(0), best: z.number().int().min(0), lastDay: z.string() })),
});

const keys = {
  config: (guildId: string) => `daily:${guildId}`,
  claim: (guildId: string, day: string) => `dailypost:${guildId}:${day}`,
  board: (guildId: string) => `dstreaks:${guildId}`,
};
/** A server's config and claims change a few times a day: one lock per server covers both. */
const lock = (guildId: string) => `daily:${guildId}`;
/** A claim only has to outlive the day it names (and any time-zone change around it). */
const CLAIM_TTL_MS = 8 * 86_400_000;
/**
 * Players kept on a server's board of running streaks. Broken streaks are pruned on every write;
 * past the cap the shortest go, so in a huge server the board is the top BOARD_CAP, which is
 * plenty for a top 10: a dropped player comes back with their next day's (longer) streak. The
 * whole board is rewritten on each player's first answer of a day, so it is kept small.
 */
export const BOARD_CAP = 100;

type BoardEntry = { current: number; lastDay: string };

/**
 * Still running: played yesterday or today. Checked for every entry of the board on a player's first
 * answer of each day, so it stays a plain string comparison (YYYY-MM-DD orders as text) rather than
 * dailyStreakOn's date arithmetic.
 */
const isRunning = (s: BoardEntry, yesterday: string) => s.current > 0 && s.lastDay >= yesterday;

/** True when the board has BOARD_CAP running streaks, none shorter than `current`. */
function wouldBeCut(players: Record<string, BoardEntry>, current: number, yesterday: string): boolean {
  let running = 0;
  for (const id in players) {
    const s = players[id]!;
    if (!isRunning(s, yesterday)) continue;
    if (s.current < current) return false;
    running++;
  }
  return running >= BOARD_CAP;
}

export class KvDailies implements DailyRepo {
  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  async get(guildId: string): Promise<DailyConfig | undefined> {
    const c = await this.kv.get(keys.config(guildId), configSchema, true);
    return c ? structuredClone(c) : undefined;
  }

  update(guildId: string, fn: (c: DailyConfig | undefined) => DailyConfig | undefined): Promise<DailyConfig | undefined> {
    return this.kv.transact(this.mutex, lock(guildId), async () => {
      const current = await this.get(guildId);
      const next = fn(current);
      if (next === current) return () => next; // unchanged: nothing to write
      if (next !== undefined) {
        const parsed = configSchema.safeParse(next);
        if (!parsed.success) throw new RangeError(`invalid daily config: ${parsed.error.issues[0]?.message ?? "?"}`);
      }
      return () => {
        if (next === undefined) {
          this.kv.delete(keys.config(guildId));
          return undefined;
        }
        const value = structuredClone(next);
        this.kv.set(keys.config(guildId), value, { cache: true });
        return structuredClone(value);
      };
    });
  }

  async schedule(guildIds: Iterable<string>): Promise<Record<string, number | null>> {
    const ids = [...guildIds];
    // Cached, absent ones included, so later ticks cost no storage reads.
    const configs = await this.kv.getMany(ids.map(keys.config), configSchema, true);
    const out: Record<string, number | null> = {};
    ids.forEach((id, k) => {
      const c = configs[k];
      if (c) out[id] = c.nextRunAt;
    });
    return out;
  }

  claimDay(guildId: string, day: string, now: number): Promise<boolean> {
    const key = keys.claim(guildId, day);
    return this.kv.transact(this.mutex, lock(guildId), async () => {
      const taken = await this.kv.get(key, claimSchema, true);
      return () => {
        if (taken) return false;
        this.kv.set(key, { version: 1, at: now }, { ttl: CLAIM_TTL_MS, cache: true });
        return true;
      };
    });
  }

  async noteStreak(guildId: string, userId: string, streak: DailyStreak, now: number, timeZone: string): Promise<void> {
    const key = keys.board(guildId);
    const yesterday = previousDay(localDay(now, timeZone));
    await this.kv.transact(this.mutex, key, async () => {
      const stored = (await this.kv.get(key, boardSchema, true))?.players ?? {};
      return () => {
        // A late write of an older streak (two answers racing) must not replace a newer one.
        const known = stored[userId];
        if (streak.lastDay !== null && known && known.lastDay > streak.lastDay) return;
        // A player off a full board whose streak is no longer than any running one there would be
        // cut again at once: nothing to write. (The usual case in a big server: everyone's first
        // day of a streak. Rewriting the board for each of them was most of a crowd's garbage.)
        if (!known && wouldBeCut(stored, streak.current, yesterday)) return;
        const players = { ...stored };
        if (streak.lastDay !== null && streak.current > 0)
          players[userId] = { current: streak.current, best: streak.best, lastDay: streak.lastDay };
        else delete players[userId];
        // Sorting is only needed to cut a full board.
        let kept = Object.entries(players).filter(([, s]) => isRunning(s, yesterday));
        if (kept.length > BOARD_CAP) kept = kept.sort((a, b) => b[1].current - a[1].current).slice(0, BOARD_CAP);
        this.kv.set(key, { version: 1, players: Object.fromEntries(kept) }, { cache: true });
      };
    });
  }

  async runningStreaks(guildId: string, n: number, now: number, timeZone: string): Promise<RunningStreak[]> {
    const players = (await this.kv.get(keys.board(guildId), boardSchema, true))?.players ?? {};
    const today = localDay(now, timeZone);
    return Object.entries(players)
      .map(([userId, s]) => ({ userId, current: dailyStreakOn(s, today), best: s.best }))
      .filter((s) => s.current > 0)
      .sort((a, b) => b.current - a.current || b.best - a.best || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0))
      .slice(0, Math.max(0, n));
  }
}
