import { Status } from "discord.js";
import type { BotContext } from "../discord/context.js";
import { answerSnapshots, type ShardSnapshot } from "../discord/shards.js";
import { metrics } from "../metrics.js";
import { startHttpServer, within, type Health } from "./server.js";

const STORE_TIMEOUT_MS = 2000;

/**
 * Healthy means able to play: every gateway shard of this process is READY (not resuming or
 * reconnecting), the store answers a read within 2 s, and the start-up steps are done.
 */
export async function checkHealth(
  ctx: Pick<BotContext, "client" | "store" | "startup" | "leases">,
): Promise<Health> {
  const shards = [...ctx.client.ws.shards.values()];
  const gateway = ctx.client.isReady() && shards.length > 0 && shards.every((s) => s.status === Status.Ready);
  const store = await within(
    ctx.store.keyv.get("meta").then(
      () => true,
      () => false,
    ),
    STORE_TIMEOUT_MS,
    false,
  );
  const checks = { gateway, store, guilds: ctx.client.guilds.cache.size };
  // Registration and recovery retry on their own; healthy only once both are done.
  const startup = ctx.startup?.report();
  const lease = ctx.leases?.report();
  return {
    ok: gateway && store && (startup?.ok ?? true) && (lease?.ok ?? true),
    checks: {
      ...checks,
      ...(startup ? { startup: startup.steps } : {}),
      // "waiting": another process serves this shard; "lost": this one stopped serving it.
      ...(lease ? { lease: { state: lease.state, shards: lease.names } } : {}),
    },
  };
}

/**
 * Wires /healthz and /metrics: served here on HTTP_PORT for a plain process; under the sharding
 * manager the manager serves them (one port per machine) and this process answers its requests.
 */
export async function serveOps(ctx: BotContext): Promise<{ port?: number; close(): Promise<void> }> {
  metrics.countRoundsWith(() => ctx.rounds.running().length);
  if (ctx.client.shard) {
    answerSnapshots(async (): Promise<ShardSnapshot> => {
      const health = await checkHealth(ctx);
      return { ...health, metrics: await metrics.registry.getMetricsAsJSON() };
    });
    return { close: async () => {} };
  }
  if (ctx.config.httpPort === undefined) return { close: async () => {} };
  const server = await startHttpServer(
    ctx.config.httpPort,
    {
      health: () => checkHealth(ctx),
      metrics: async () => ({
        contentType: metrics.registry.contentType,
        body: await metrics.registry.metrics(),
      }),
    },
    ctx.config.httpHost,
  );
  ctx.log.info({ port: server.port, host: server.host }, "http listening");
  return server;
}
