import path from "node:path";
import { fileURLToPath } from "node:url";
import { REST, Routes, ShardingManager, type Shard } from "discord.js";
import { AggregatorRegistry } from "prom-client";
import { loadConfigOrExit, type Config } from "./config.js";
import { createLogger, loggerOptionsFor } from "./log.js";
import { SNAPSHOT_REQUEST, type ShardSnapshot } from "./discord/shards.js";
import { cachedFor, startHttpServer, type Health } from "./http/server.js";

/**
 * `npm run start:sharded`: one process per shard, spawned and respawned by discord.js's
 * ShardingManager. SHARD_COUNT is the total over all machines ("auto": what Discord recommends);
 * SHARD_IDS picks the shards this machine runs. The manager serves /healthz and /metrics for all of
 * its shards on HTTP_PORT, so a machine has one port whatever its shard count.
 */
const SNAPSHOT_TIMEOUT_MS = 3000;
/** /healthz and /metrics requests within this long of the last one share its answer. */
const SCRAPE_CACHE_MS = 1000;
/** Docker waits 10 s after SIGTERM before SIGKILL; shards get most of it to end their rounds. */
const STOP_TIMEOUT_MS = 8000;

async function main() {
  const config = loadConfigOrExit();
  const options = loggerOptionsFor(config);
  const log = createLogger(config.logLevel, { ...options, base: { role: "manager" } });

  const totalShards = config.shardCount === "auto" ? await recommendedShardCount(config) : config.shardCount;
  // Under tsx (npm run start:sharded) the shards run src/index.ts through tsx; built, dist/index.js.
  const self = fileURLToPath(import.meta.url);
  const typescript = self.endsWith(".ts");
  const manager = new ShardingManager(path.join(path.dirname(self), typescript ? "index.ts" : "index.js"), {
    token: config.token,
    totalShards,
    shardList: config.shardIds ?? "auto",
    mode: "process",
    respawn: true,
    // Shards get the manager's heap settings (npm run start:sharded caps the young generation).
    execArgv: [
      ...process.execArgv.filter((a) => a.startsWith("--max-semi-space-size")),
      ...(typescript ? ["--import", "tsx"] : []),
    ],
  });
  manager.on("shardCreate", (shard) => {
    // The manager owns the port; a shard binding it too would fail with EADDRINUSE.
    (shard.env as Record<string, unknown>).HTTP_PORT = "";
    shard.on("ready", () => log.info({ shard: shard.id }, "shard ready"));
    shard.on("disconnect", () => log.warn({ shard: shard.id }, "shard disconnected"));
    shard.on("death", () => log.warn({ shard: shard.id, respawn: manager.respawn }, "shard process exited"));
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping shards");
    void stopShards(manager).finally(() => process.exit(0));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));

  if (config.httpPort !== undefined) {
    const server = await startHttpServer(
      config.httpPort,
      {
        health: cachedFor(SCRAPE_CACHE_MS, () => health(manager)),
        metrics: cachedFor(SCRAPE_CACHE_MS, () => mergedMetrics(manager)),
      },
      config.httpHost,
    );
    log.info({ port: server.port, host: server.host }, "http listening");
  }
  const shardIds = config.shardIds ?? [...Array(totalShards).keys()];
  log.info({ totalShards, shards: shardIds }, "spawning shards");
  // Waits for each shard to be ready, 5.5 s apart: Discord allows one IDENTIFY per 5 s.
  await manager.spawn({ timeout: 60_000 });
  log.info({ totalShards, shards: shardIds }, "all shards ready");
}

/** GET /gateway/bot through DISCORD_API_URL when set (discord.js's own helper always asks discord.com). */
async function recommendedShardCount(config: Config): Promise<number> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return Math.max(1, shards);
}

function snapshot(shard: Shard): Promise<ShardSnapshot> {
  const id = Math.random();
  return new Promise<ShardSnapshot>((resolve) => {
    const done = (s: ShardSnapshot) => {
      clearTimeout(timer);
      shard.off("message", onMessage);
      resolve(s);
    };
    const onMessage = (msg: unknown) => {
      const m = msg as { [SNAPSHOT_REQUEST]?: number; snapshot?: ShardSnapshot } | null;
      if (m?.[SNAPSHOT_REQUEST] === id && m.snapshot) done(m.snapshot);
    };
    const timer = setTimeout(
      () => done({ ok: false, checks: { error: "no answer" }, metrics: [] }),
      SNAPSHOT_TIMEOUT_MS,
    );
    shard.on("message", onMessage);
    shard
      .send({ [SNAPSHOT_REQUEST]: id })
      .catch(() => done({ ok: false, checks: { error: "not running" }, metrics: [] }));
  });
}

async function health(manager: ShardingManager): Promise<Health> {
  const shards = [...manager.shards.values()];
  const snaps = await Promise.all(shards.map((s) => snapshot(s)));
  const checks = Object.fromEntries(shards.map((s, i) => [s.id, { ready: s.ready, ...snaps[i]?.checks }]));
  const ok = shards.length > 0 && shards.every((s, i) => s.ready && snaps[i]?.ok);
  return { ok, checks: { shards: checks } };
}

async function mergedMetrics(manager: ShardingManager) {
  const snaps = await Promise.all([...manager.shards.values()].map((s) => snapshot(s)));
  // Counters and histograms add up across shards; so does the rounds-running gauge.
  const registry = AggregatorRegistry.aggregate(
    snaps.filter((s) => s.metrics.length > 0).map((s) => s.metrics),
  );
  return { contentType: registry.contentType, body: await registry.metrics() };
}

/** SIGTERM every shard (each ends its rounds and closes its store), without respawning. */
async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  const exits = [...manager.shards.values()].map((shard) => {
    const child = shard.process;
    if (!child || child.exitCode !== null) return Promise.resolve();
    return new Promise<void>((resolve) => {
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  });
  await Promise.race([Promise.all(exits), new Promise((r) => setTimeout(r, STOP_TIMEOUT_MS).unref())]);
}

main().catch((err: unknown) => {
  process.stderr.write(`quizdeck: sharding failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
