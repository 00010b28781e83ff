import type { Client } from "discord.js";

/** Discord's rule: a server's events go to shard (server id >> 22) % shard count. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/**
 * Whether this process handles `guildId`: its rounds, its recovery after a crash, its daily posts.
 * Under the sharding manager each process runs some shards and must leave other servers alone, or
 * two processes would post the same daily. Without the manager one process runs every shard.
 */
export function ownsGuild(client: Client, guildId: string): boolean {
  const shard = client.shard;
  if (!shard) return true;
  return shard.ids.includes(shardOf(guildId, shard.count));
}

/** Work done once per bot rather than once per shard (registering commands): shard 0's job. */
export function isPrimaryShard(client: Client): boolean {
  return !client.shard || client.shard.ids.includes(0);
}

/** The shard ids this process runs, for log lines; undefined when not under the manager. */
export function shardIdsOf(client: Client): number[] | undefined {
  return client.shard ? [...client.shard.ids] : undefined;
}

/**
 * The manager (src/sharded.ts) serves /healthz and /metrics for all its shards: it asks each one
 * for a snapshot over the IPC channel discord.js already opened, and merges them.
 */
export interface ShardSnapshot {
  ok: boolean;
  checks: Record<string, unknown>;
  /** prom-client `getMetricsAsJSON()` output. */
  metrics: unknown[];
}

export const SNAPSHOT_REQUEST = "quizdeck:snapshot";

/** Child side: answer the manager's snapshot requests. A no-op when not under the manager. */
export function answerSnapshots(take: () => Promise<ShardSnapshot>): void {
  if (!process.send) return;
  process.on("message", (msg: unknown) => {
    if (!isRequest(msg)) return;
    take().then(
      (snapshot) => process.send?.({ [SNAPSHOT_REQUEST]: msg[SNAPSHOT_REQUEST], snapshot }),
      (err: unknown) =>
        process.send?.({
          [SNAPSHOT_REQUEST]: msg[SNAPSHOT_REQUEST],
          snapshot: { ok: false, checks: { error: String(err) }, metrics: [] },
        }),
    );
  });
}

function isRequest(msg: unknown): msg is { [SNAPSHOT_REQUEST]: number } {
  return typeof msg === "object" && msg !== null && SNAPSHOT_REQUEST in msg && !("snapshot" in msg);
}
