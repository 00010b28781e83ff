import { Events } from "discord.js";
import { loadConfigOrExit } from "./config.js";
import { DeckRegistry, loadDeckDir } from "./decks/registry.js";
import { formatIssue } from "./decks/load.js";
import { createLogger, loggerOptionsFor } from "./log.js";
import { metrics } from "./metrics.js";
import { serveOps } from "./http/bot.js";
import { isPrimaryShard } from "./discord/shards.js";
import { openStore, startExpirySweep, TOKEN_SWEEP_MS } from "./store/index.js";
import { createClient, registerCommands } from "./discord/client.js";
import { COMMANDS, commandMap } from "./discord/commands/index.js";
import type { BotContext } from "./discord/context.js";
import { recoverRounds, shutdown, SHUTDOWN_MS, startIdleSweep } from "./discord/lifecycle.js";
import { Messenger } from "./discord/messenger.js";
import { createRouter } from "./discord/router.js";
import { RoundRuntime } from "./discord/rounds/runtime.js";
import { DailyScheduler } from "./discord/daily/scheduler.js";
// The pool alone: the drawing code (and Skia) loads in the workers, not in the bot's main thread.
import { ImagePool } from "./images/pool.js";
import { ReminderScheduler } from "./discord/review/reminder-scheduler.js";
import { StartupSteps } from "./discord/startup.js";
import { leaseNames, ShardLeases } from "./discord/shard-lease.js";

async function main() {
  const config = loadConfigOrExit();
  const log = createLogger(config.logLevel, loggerOptionsFor(config));
  const store = await openStore(config.storeUrl, { logger: log, observe: metrics.observeStore, namespace: config.storeNamespace });
  const { decks, problems } = await loadDeckDir(config.decksDir, { cacheDir: config.deckCacheDir });
  for (const p of problems) log.warn({ deck: formatIssue(p) }, "built-in deck problem");
  const client = createClient(config);
  const ctx: BotContext = {
    config,
    log,
    store,
    decks: new DeckRegistry(decks),
    rounds: new RoundRuntime(store, log),
    messenger: new Messenger(client),
    client,
    images: new ImagePool(),
    now: () => Date.now(),
  };

  ctx.idleSweep = startIdleSweep(ctx);
  // One process per store is enough: under the sharding manager, the one running shard 0.
  if (isPrimaryShard(client)) {
    const onSwept = (rows: number) => {
      metrics.expiredSwept(rows);
      if (rows > 0) log.info({ rows }, "store: deleted expired rows");
    };
    startExpirySweep(() => store.sweepExpired(), { everyMs: config.expirySweepMs, log, onSwept });
    // Interaction tokens must not outlive their 15 minutes in the store: their own, frequent sweep.
    startExpirySweep(() => store.sweepExpiredTokens(), { everyMs: TOKEN_SWEEP_MS, log, onSwept });
  }
  client.on(Events.InteractionCreate, createRouter(ctx, commandMap()));
  client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
  const startup = (ctx.startup = new StartupSteps(log));
  client.once(Events.ClientReady, (c) => {
    // On its own: a failing registration or recovery must not leave the dailies unposted.
    ctx.daily = new DailyScheduler(ctx);
    ctx.daily.start().catch((err: unknown) => log.error({ err }, "daily scheduler failed to start"));
    ctx.reminders = new ReminderScheduler(ctx);
    ctx.reminders.start().catch((err: unknown) => log.error({ err }, "review reminder scheduler failed to start"));
    // Registration is per application, not per shard: shard 0's process does it.
    const primary = isPrimaryShard(c);
    void Promise.all([
      startup.run("commands", () => (primary ? registerCommands(c, c.application.id, COMMANDS, config.devGuildId) : Promise.resolve(0))),
      startup.run("recovery", () => recoverRounds(ctx)),
    ]).then(([n, recovered]) =>
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size, commands: n, decks: decks.size, recovered }, "ready"),
    );
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    // shutdown() keeps to its budget; this is the backstop should anything in it hang regardless.
    setTimeout(() => process.exit(0), SHUTDOWN_MS).unref();
    shutdown(ctx)
      .catch((err: unknown) => log.error({ err }, "shutdown failed"))
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  // Under the sharding manager: if it dies, stop too, or a restarted manager would run this shard twice.
  process.on("disconnect", () => stop("manager gone"));
  process.on("unhandledRejection", (err) => log.error({ err }, "unhandled rejection"));

  await serveOps(ctx);
  // Connect only while holding this process's shards: /healthz says "waiting" meanwhile.
  const leases = (ctx.leases = new ShardLeases(store.leases, log, leaseNames(config, client)));
  await leases.acquire();
  leases.keepRenewing(() => {
    // Another process serves these shards now: leave its rounds alone (no shutdown), just go.
    stopping = true;
    void client.destroy().finally(() => void store.close().finally(() => process.exit(1)));
    setTimeout(() => process.exit(1), 3000).unref();
  });
  if (stopping) return; // a signal arrived while waiting
  await client.login(config.token);
}

main().catch((err: unknown) => {
  process.stderr.write(`quizdeck: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
