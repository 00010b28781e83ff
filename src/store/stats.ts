import type { Kv } from "./kv.js";
import { copyStats, emptyStats, playerStatsSchema, type PlayerStats } from "./schemas.js";

export interface StatsRepo {
  /** Zeros when the player has no stats yet or the stored value is corrupt. */
  get(guildId: string, userId: string): Promise<PlayerStats>;
}

export const statsKey = (guildId: string, userId: string) => `stats:${guildId}:${userId}`;

export class KvStats implements StatsRepo {
  constructor(private readonly kv: Kv) {}

  async get(guildId: string, userId: string): Promise<PlayerStats> {
    // A copy: the cached object is shared with pending writes and must not be mutated by callers.
    return copyStats(await this.load(guildId, userId));
  }

  /** The cached value itself; for callers that treat it as read-only. */
  async load(guildId: string, userId: string): Promise<PlayerStats> {
    return (await this.kv.get(statsKey(guildId, userId), playerStatsSchema, true)) ?? emptyStats();
  }
}
