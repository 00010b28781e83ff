import { z } from "zod";

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
  DECKS_DIR: z.preprocess(emptyToUndefined, z.string().default("decks")),
  DECK_DOWNLOAD_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(60_000).default(10_000)),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(["trace", "debug", "info", "warn", "error", "silent"]).default("info"),
  ),
});

export type LogLevel = z.infer<typeof envSchema>["LOG_LEVEL"];

export interface Config {
  token: string;
  apiUrl: string | undefined;
  devGuildId: string | undefined;
  storeUrl: string;
  decksDir: string;
  logLevel: LogLevel;
  deckDownloadTimeoutMs: number;
}

export class ConfigError extends Error {}

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
    decksDir: e.DECKS_DIR,
    logLevel: e.LOG_LEVEL,
    deckDownloadTimeoutMs: e.DECK_DOWNLOAD_TIMEOUT_MS,
  };
}
