import { config as loadDotenv } from "dotenv";
import { Events } from "discord.js";
import { ConfigError, loadConfig } from "./config.js";
import { DeckRegistry, loadDeckDir } from "./decks/registry.js";
import { formatIssue } from "./decks/load.js";
import { createLogger } from "./log.js";
import { openStore } from "./store/index.js";
import { createClient, registerCommands } from "./discord/client.js";
import { COMMANDS, commandMap } from "./discord/commands/index.js";
import type { BotContext } from "./discord/context.js";
import { recoverRounds, shutdown } from "./discord/lifecycle.js";
import { Messenger } from "./discord/messenger.js";
import { createRouter } from "./discord/router.js";
import { RoundRuntime } from "./discord/rounds/runtime.js";

async function main() {
  loadDotenv({ quiet: true });
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`quizdeck: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const log = createLogger(config.logLevel);
  const store = await openStore(config.storeUrl, { logger: log });
  const { decks, problems } = await loadDeckDir(config.decksDir);
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
    now: () => Date.now(),
  };

  client.on(Events.InteractionCreate, createRouter(ctx, commandMap()));
  client.on(Events.Error, (err) => log.error({ err }, "discord client error"));
  client.once(Events.ClientReady, async (c) => {
    try {
      const n = await registerCommands(c, c.application.id, COMMANDS, config.devGuildId);
      const recovered = await recoverRounds(ctx);
      log.info({ user: c.user.tag, guilds: c.guilds.cache.size, commands: n, decks: decks.size, recovered }, "ready");
    } catch (err) {
      log.error({ err }, "start-up after ready failed");
    }
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    shutdown(ctx)
      .catch((err: unknown) => log.error({ err }, "shutdown failed"))
      .finally(() => process.exit(0));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("unhandledRejection", (err) => log.error({ err }, "unhandled rejection"));

  await client.login(config.token);
}

main().catch((err: unknown) => {
  process.stderr.write(`quizdeck: failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
