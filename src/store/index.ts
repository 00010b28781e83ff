import type Keyv from "keyv";
import { openKeyv, type OpenKeyvOptions } from "./adapter.js";
import { consoleLogger, StoreError, storeError, type Logger } from "./errors.js";
import { registerInternals } from "./internals.js";
import { Kv } from "./kv.js";
import { KvLeaderboard, type LeaderboardRepo } from "./leaderboard.js";
import { KeyedMutex } from "./mutex.js";
import { KvGuildDecks, type GuildDeckRepo } from "./decks.js";
import { KvRounds, type RoundRepo } from "./rounds.js";
import { KvSchedules, type ScheduleRepo } from "./schedules.js";
import { KvSettings, type SettingsRepo } from "./settings.js";
import { KvDailies, type DailyRepo } from "./dailies.js";
import { KvActivity, type ActivityRepo } from "./activity.js";
import { KvReminders, type ReminderRepo } from "./reminders.js";
import { KvStats, type StatsRepo } from "./stats.js";
import { sweepExpired } from "./sweep.js";
import { TOKEN_KEY_PREFIX } from "./rounds.js";
import type { LeaseBackend } from "./leases.js";

export { StoreError, type Logger };
export { EXPIRY_SWEEP_MS, startExpirySweep, TOKEN_SWEEP_MS } from "./sweep.js";
export type { LeaseBackend } from "./leases.js";
export type { PlayerStats } from "./schemas.js";
export type { StatsRepo } from "./stats.js";
export type { BoardPeriod, LeaderboardEntry, LeaderboardRepo, PlayerRank } from "./leaderboard.js";
export { TOP_SIZE } from "./leaderboard.js";
export type { ScheduleRepo } from "./schedules.js";
export type { ActivityRepo } from "./activity.js";
export type { GuildDeckRecord, GuildDeckRepo, GuildDeckSummary } from "./decks.js";
export type { GuildSettings, SettingsPatch, SettingsRepo } from "./settings.js";
export { DEFAULT_SETTINGS, isTimeZone } from "./settings.js";
export type { RoundMessage, RoundRepo } from "./rounds.js";
export { awardAnswer, type AwardInput, type AwardResult } from "./award-answer.js";
export type { ReminderConfig, ReminderRepo } from "./reminders.js";
export type { DailyConfig, DailyDisabledReason, DailyRepo, DailyRound, RunningStreak } from "./dailies.js";

export const DEFAULT_STORE_URL = "sqlite://data/quizdeck.sqlite";

export interface Store {
  stats: StatsRepo;
  leaderboard: LeaderboardRepo;
  schedules: ScheduleRepo;
  decks: GuildDeckRepo;
  settings: SettingsRepo;
  rounds: RoundRepo;
  dailies: DailyRepo;
  activity: ActivityRepo;
  reminders: ReminderRepo;
  /** Shard leases: which process may serve which shard (see src/discord/shard-lease.ts). */
  leases: LeaseBackend;
  /** The underlying Keyv (namespace "quizdeck"), for tests and maintenance scripts. */
  keyv: Keyv;
  /**
   * Deletes rows whose expiry is before `now` (SQLite and PostgreSQL; Redis expires its own keys)
   * and resolves with their number. Keyv only drops an expired row when it is read again.
   */
  sweepExpired(now?: number): Promise<number>;
  /** The same for stored interaction tokens only: run every minute, so none outlives 15 minutes. */
  sweepExpiredTokens(now?: number): Promise<number>;
  /** SQLite only: `PRAGMA journal_mode` as the connection reports it ("wal"). */
  journalMode(): Promise<string | undefined>;
  /** Waits for pending writes, then closes the connection. */
  close(): Promise<void>;
}

export interface OpenStoreOptions extends Pick<OpenKeyvOptions, "namespace" | "observe" | "checkpointMs"> {
  logger?: Logger;
  /** Entries kept in memory for hot keys (stats, leaderboard aggregates, settings); 0 disables it. */
  cacheLimit?: number;
  /** false: plain @keyv/sqlite (one statement per key); only for comparing in the bench. */
  batchedSqlite?: boolean;
}

/** Opens the store for a STORE_URL (see DEFAULT_STORE_URL). Fails with StoreError, e.g. on a read-only file. */
export async function openStore(
  url: string = DEFAULT_STORE_URL,
  opts: OpenStoreOptions = {},
): Promise<Store> {
  const logger = opts.logger ?? consoleLogger;
  const { keyv, sqliteQuery, deleteExpired, leases } = await openKeyv(url, opts);
  const kv = new Kv(keyv, logger, opts.cacheLimit);
  try {
    // Fail now with a clear message rather than on the first answer (read-only file, bad URL...).
    kv.set("meta", { version: 1, openedAt: Date.now() });
    await kv.commit();
  } catch (error) {
    await keyv.disconnect().catch(() => {});
    throw storeError(`write to the store at ${url}`, error);
  }

  const mutex = new KeyedMutex();
  const stats = new KvStats(kv);
  const leaderboard = new KvLeaderboard(kv, mutex);
  const activity = new KvActivity(kv);
  let closing: Promise<void> | undefined;
  const store: Store = {
    stats,
    leaderboard,
    schedules: new KvSchedules(kv, mutex),
    decks: new KvGuildDecks(kv, mutex),
    settings: new KvSettings(kv, mutex),
    rounds: new KvRounds(kv, mutex),
    dailies: new KvDailies(kv, mutex),
    activity,
    reminders: new KvReminders(kv, mutex),
    keyv,
    leases,
    sweepExpired: (now = Date.now()) => sweepExpired(deleteExpired, now),
    sweepExpiredTokens: (now = Date.now()) => sweepExpired(deleteExpired, now, TOKEN_KEY_PREFIX),
    async journalMode() {
      const rows = (await sqliteQuery?.("PRAGMA journal_mode")) as { journal_mode?: string }[] | undefined;
      return rows?.[0]?.journal_mode;
    },
    close() {
      closing ??= kv
        .close()
        .finally(() =>
          keyv.disconnect().catch((error: unknown) => logger.warn({ error }, "store: close failed")),
        );
      return closing;
    },
  };
  registerInternals(store, { kv, mutex, stats, leaderboard, activity });
  return store;
}

/** STORE_URL from the environment, or the default SQLite file. */
export function storeUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return env.STORE_URL?.trim() || DEFAULT_STORE_URL;
}
