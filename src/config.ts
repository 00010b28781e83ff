import { config as loadDotenv } from "dotenv";
import { z } from "zod";
import { createScrubber, scrubProcessOutput, secretsFromEnv } from "./scrub.js";

/** The one place that reads process.env. Everything else receives a typed Config. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;
const SNOWFLAKE = /^\d{17,20}$/;

const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

const envSchema = z.object({
  DISCORD_TOKEN: z
    .string({ error: "DISCORD_TOKEN is not set" })
    .trim()
    .regex(TOKEN_SHAPE, { error: "DISCORD_TOKEN does not look like a bot token (three dot-separated parts)" }),
  DISCORD_API_URL: z.preprocess(emptyToUndefined, z.url({ error: "DISCORD_API_URL must be a URL" }).optional()),
  DEV_GUILD_ID: z.preprocess(
    emptyToUndefined,
    z.string().regex(SNOWFLAKE, { error: "DEV_GUILD_ID must be a server id (digits)" }).optional(),
  ),
  STORE_URL: z.preprocess(emptyToUndefined, z.string().default("sqlite://data/quizdeck.sqlite")),
  STORE_NAMESPACE: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: "STORE_NAMESPACE must be 1-40 letters, digits, '-' or '_'" })
      .default("quizdeck"),
  ),
  DECKS_DIR: z.preprocess(emptyToUndefined, z.string().default("decks")),
  DECK_CACHE_DIR: z.preprocess(emptyToUndefined, z.string().default("data/deck-cache")),
  DECK_DOWNLOAD_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(60_000).default(10_000)),
  // Daily quizzes: how long a daily question stays open (tests shorten it; default until the next
  // day's post) and the daily scheduler's longest sleep, i.e. how soon it sees a config change.
  DAILY_OPEN_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).max(86_400_000).optional()),
  DAILY_TICK_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(50).max(600_000).default(60_000)),
  // How often expired rows are deleted from SQLite/PostgreSQL (tests shorten it); default hourly.
  EXPIRY_SWEEP_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).max(86_400_000).default(3_600_000)),
  // A private round nobody touched for this long is ended (tests shorten it); default 1 hour.
  PRIVATE_IDLE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).max(86_400_000).default(3_600_000)),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(["trace", "debug", "info", "warn", "error", "silent"]).default("info"),
  ),
  LOG_PRETTY: z.preprocess(
    emptyToUndefined,
    z
      .enum(["1", "0", "true", "false"], { error: "LOG_PRETTY must be 1 or 0" })
      .default("0")
      .transform((v) => v === "1" || v === "true"),
  ),
  // 0 picks a free port (logged at start-up); the tests use that.
  HTTP_PORT: z.preprocess(
    emptyToUndefined,
    z.coerce.number({ error: "HTTP_PORT must be a port number" }).int().min(0).max(65_535, { error: "HTTP_PORT must be a port number (0-65535)" }).optional(),
  ),
  // Loopback by default: /metrics and /healthz are for the machine's own scraper and health check.
  HTTP_HOST: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(?:[\d.]+|[0-9a-fA-F:]+|[A-Za-z0-9.-]+)$/, { error: "HTTP_HOST must be an address to listen on, e.g. 127.0.0.1 or 0.0.0.0" })
      .default("127.0.0.1"),
  ),
  SHARD_COUNT: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(auto|[1-9]\d{0,4})$/, { error: "SHARD_COUNT must be auto or a whole number from 1" })
      .default("auto")
      .transform((v): number | "auto" => (v === "auto" ? "auto" : Number(v))),
  ),
  SHARD_IDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, { error: "SHARD_IDS must be a comma-separated list of shard numbers, e.g. 0,1" })
      .transform((v) => [...new Set(v.split(",").map((x) => Number(x.trim())))])
      .optional(),
  ),
  // Set by discord.js's ShardingManager in the processes it spawns: which shard this one runs.
  SHARDS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).optional().catch(undefined)),
}).superRefine((e, ctx) => {
  // Runs even when a field failed above (zod reports all issues), so check the shapes again.
  if (!Array.isArray(e.SHARD_IDS)) return;
  if (e.SHARD_COUNT === "auto") ctx.addIssue({ code: "custom", message: "SHARD_IDS needs SHARD_COUNT set to a number (every machine must agree on it)" });
  else if (typeof e.SHARD_COUNT === "number" && e.SHARD_IDS.some((id) => id >= (e.SHARD_COUNT as number))) ctx.addIssue({ code: "custom", message: `SHARD_IDS must all be below SHARD_COUNT (${e.SHARD_COUNT})` });
});

export type LogLevel = z.infer<typeof envSchema>["LOG_LEVEL"];

export interface Config {
  token: string;
  apiUrl: string | undefined;
  devGuildId: string | undefined;
  storeUrl: string;
  /** Key prefix in the store: lets several bots (staging, prod) share one Redis or PostgreSQL. */
  storeNamespace: string;
  decksDir: string;
  /** Checked decks by file hash, so unchanged deck files are not parsed again at start-up. */
  deckCacheDir: string;
  logLevel: LogLevel;
  deckDownloadTimeoutMs: number;
  /** Daily questions close after this long instead of at the next day's post (tests). */
  dailyOpenMs?: number | undefined;
  dailyTickMs?: number;
  logPretty: boolean;
  /** How often the store's expired rows are swept (SQLite, PostgreSQL). */
  expirySweepMs?: number;
  /** Private rounds (solo, /test) idle this long are ended by the sweep (see RoundRuntime). */
  privateIdleMs?: number;
  /** Serve /healthz and /metrics on this port; unset: no HTTP server. */
  httpPort: number | undefined;
  /** The address the HTTP server listens on (default 127.0.0.1; the Docker image sets 0.0.0.0). */
  httpHost: string;
  /** Only read by the sharding manager (src/sharded.ts); a shard learns its ids from discord.js. */
  shardCount: number | "auto";
  shardIds: number[] | undefined;
  /** The shard this process runs when spawned by the sharding manager (for log lines). */
  managedShard: number | undefined;
}

export class ConfigError extends Error {}

/**
 * discord.js reads SHARD_COUNT from the environment too (its ShardingManager hands the count to the
 * processes it spawns that way), and rejects "auto" or an empty value. Outside the manager, leave it
 * the number or nothing. Lives here because this module is the one that touches process.env.
 */
export function alignShardEnv(config: Config, env: NodeJS.ProcessEnv = process.env): void {
  if (config.managedShard !== undefined) return; // spawned by the manager, which set it
  if (typeof config.shardCount === "number") env.SHARD_COUNT = String(config.shardCount);
  else delete env.SHARD_COUNT;
}

/** Parses the environment; throws ConfigError with one line naming what to set and where. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const what = first ? first.message : "invalid configuration";
    throw new ConfigError(
      `${what}: set it in .env (copy .env.example) or in the environment; see README "Configuration".`,
    );
  }
  const e = parsed.data;
  return {
    token: e.DISCORD_TOKEN,
    apiUrl: e.DISCORD_API_URL,
    devGuildId: e.DEV_GUILD_ID,
    storeUrl: e.STORE_URL,
    storeNamespace: e.STORE_NAMESPACE,
    decksDir: e.DECKS_DIR,
    deckCacheDir: e.DECK_CACHE_DIR,
    logLevel: e.LOG_LEVEL,
    deckDownloadTimeoutMs: e.DECK_DOWNLOAD_TIMEOUT_MS,
    dailyOpenMs: e.DAILY_OPEN_MS,
    dailyTickMs: e.DAILY_TICK_MS,
    logPretty: e.LOG_PRETTY,
    privateIdleMs: e.PRIVATE_IDLE_MS,
    expirySweepMs: e.EXPIRY_SWEEP_MS,
    httpPort: e.HTTP_PORT,
    httpHost: e.HTTP_HOST,
    shardCount: e.SHARD_COUNT,
    shardIds: e.SHARD_IDS,
    managedShard: e.SHARDS,
  };
}

let outputScrubbed = false;

/**
 * First thing every entry point does: loads .env, then routes all of the process's output through
 * the scrubber (src/scrub.ts) with the secrets the environment holds, so even a failure to parse the
 * configuration, or a crash before the logger exists, can't echo the token or a password.
 */
export function prepareProcess(env: NodeJS.ProcessEnv = process.env): void {
  loadDotenv({ quiet: true });
  if (outputScrubbed) return;
  outputScrubbed = true;
  scrubProcessOutput(createScrubber(secretsFromEnv(env)));
}

/** Start-up of every entry point: .env + environment → Config, or one line on stderr and exit 1. */
export function loadConfigOrExit(): Config {
  prepareProcess();
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`quizdeck: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
}
