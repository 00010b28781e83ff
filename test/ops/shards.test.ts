import type { Client } from "discord.js";
import { describe, expect, it } from "vitest";
import { isPrimaryShard, ownsGuild, shardOf } from "../../src/discord/shards.js";

const client = (shard: { ids: number[]; count: number } | null) => ({ shard }) as unknown as Client;

describe("shard ownership", () => {
  it("follows Discord's (guild_id >> 22) % shard_count", () => {
    // The low 22 bits (worker, process, increment) never matter; the timestamp part does.
    expect(shardOf("41771983423143937", 1)).toBe(0);
    expect(shardOf("41771983423143937", 10)).toBe(Number((41771983423143937n >> 22n) % 10n));
    expect(shardOf(String((7n << 22n) + 4_194_303n), 4)).toBe(3);
    expect(shardOf(String(8n << 22n), 4)).toBe(0);
  });

  it("owns a server only on the process running its shard; a process without the manager owns all", () => {
    const guild = String(7n << 22n); // shard 3 of 4
    expect(ownsGuild(client({ ids: [3], count: 4 }), guild)).toBe(true);
    expect(ownsGuild(client({ ids: [0, 1, 2], count: 4 }), guild)).toBe(false);
    expect(ownsGuild(client(null), guild)).toBe(true);
    expect(isPrimaryShard(client({ ids: [1, 0], count: 4 }))).toBe(true);
    expect(isPrimaryShard(client({ ids: [2, 3], count: 4 }))).toBe(false);
    expect(isPrimaryShard(client(null))).toBe(true);
  });
});
