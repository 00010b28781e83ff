import { createRequire } from "node:module";
import { hostname } from "node:os";
import { pino, stdSerializers, stdTimeFunctions, type DestinationStream } from "pino";
import type { Config, LogLevel } from "./config.js";

/** What the bot logs through: pino's (obj, msg) call shape, so pino itself is one. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export interface LoggerOptions {
  /** Human-readable lines (pino-pretty, a dev dependency) instead of JSON. */
  pretty?: boolean;
  /** Strings that must never reach the output (the bot token): replaced wherever they occur. */
  secrets?: string[];
  /** Fields on every line, e.g. the shard ids. */
  base?: Record<string, unknown>;
  /**
   * Default: stderr, written asynchronously (a synchronous write busy-waits whenever the reader of
   * the pipe falls behind, which showed up as a few % of CPU under crowds); pino flushes it
   * synchronously on exit, so the last lines survive process.exit.
   */
  destination?: DestinationStream;
}

/**
 * Fields that hold credentials, at any depth: their string values are replaced on the written line.
 * (pino's path-based `redact` did the same for a fixed list of paths at ~28 µs a line, most of the
 * cost of logging every interaction; this is one scan of the line.) The scrub below also catches a
 * token that ends up inside a message or an error's URL.
 */
const CREDENTIAL_FIELD = /("(?:token|authorization|Authorization|interactionToken)":)"(?:[^"\\]|\\.)*"/g;

// Interaction and webhook tokens sit in REST URLs (discord.js puts the URL on DiscordAPIError).
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9_.-]{20,}/g;

export function createLogger(level: LogLevel, opts: LoggerOptions = {}): Logger {
  const secrets = (opts.secrets ?? []).filter((s) => s.length >= 8);
  const scrub = (line: string) => {
    let out = line;
    if (out.includes('oken"') || out.includes('uthorization"')) out = out.replace(CREDENTIAL_FIELD, '$1"[redacted]"');
    if (out.includes("/interactions/") || out.includes("/webhooks/")) out = out.replace(URL_TOKEN, "$1[redacted]");
    for (const s of secrets) if (out.includes(s)) out = out.replaceAll(s, "[redacted]");
    return out;
  };
  let destination = opts.destination;
  let prettyMissing = false;
  if (!destination && opts.pretty) {
    destination = prettyStream();
    prettyMissing = !destination;
  }
  const logger = pino(
    {
      level,
      base: { pid: process.pid, hostname: hostname(), ...opts.base },
      timestamp: stdTimeFunctions.isoTime,
      // Labels, not numbers: `"level":"error"` is what people grep for.
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: stdSerializers.err, error: stdSerializers.err },
      hooks: { streamWrite: scrub },
    },
    destination ?? pino.destination({ dest: 2, sync: false }),
  );
  if (prettyMissing)
    logger.warn(
      {},
      "LOG_PRETTY is set but pino-pretty is not installed (npm install -D pino-pretty); logging JSON",
    );
  return logger;
}

/** The bot's logger settings: the token and any password in STORE_URL are scrubbed from every line. */
export function loggerOptionsFor(config: Config): LoggerOptions {
  const secrets = [config.token];
  try {
    const { password } = new URL(config.storeUrl);
    secrets.push(password, decodeURIComponent(password));
  } catch {
    // not a URL with credentials
  }
  return {
    pretty: config.logPretty,
    secrets,
    ...(config.managedShard === undefined ? {} : { base: { shard: config.managedShard } }),
  };
}

/** pino-pretty is a dev dependency: production images log JSON and don't ship it. */
function prettyStream(): DestinationStream | undefined {
  try {
    const pretty = createRequire(import.meta.url)("pino-pretty") as (o: object) => DestinationStream;
    return pretty({
      destination: 2,
      sync: true,
      colorize: process.stderr.isTTY,
      translateTime: "SYS:HH:MM:ss.l",
    });
  } catch {
    return undefined;
  }
}
