import type { Client } from "discord.js";
import type { Config } from "../config.js";
import type { DeckRegistry } from "../decks/registry.js";
import type { Logger } from "../log.js";
import type { ImagePool } from "../images/pool.js";
import type { Store } from "../store/index.js";
import type { Messenger } from "./messenger.js";
import type { RoundRuntime } from "./rounds/runtime.js";
import type { DailyScheduler } from "./daily/scheduler.js";
import type { ReminderScheduler } from "./review/reminder-scheduler.js";
import type { StartupSteps } from "./startup.js";
import type { ShardLeases } from "./shard-lease.js";

/** What every handler gets: the wired parts of the bot. Tests build one with their own clock. */
export interface BotContext {
  config: Config;
  log: Logger;
  store: Store;
  decks: DeckRegistry;
  rounds: RoundRuntime;
  messenger: Messenger;
  client: Client;
  /** Draws /stats, /leaderboard and podium pictures off the main thread. */
  images: ImagePool;
  now(): number;
  /** The daily-quiz scheduler, once started (on ready). */
  daily?: DailyScheduler;
  /** The review-reminder scheduler, once started (on ready). */
  reminders?: ReminderScheduler;
  /** Command registration and round recovery, retried until done (see StartupSteps). */
  startup?: StartupSteps;
  /** The leases of this process's shards in the shared store (see ShardLeases). */
  leases?: ShardLeases;
  /** The timer ending abandoned private rounds (see startIdleSweep). */
  idleSweep?: { stop(): void };
}
