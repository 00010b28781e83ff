import { createRequire } from "node:module";
import { hostname } from "node:os";
import { pino, stdSerializers, stdTimeFunctions, type DestinationStream } from "pino";
import type { Config, LogLevel } from "./config.js";
import { createScrubber, urlPasswords } from "./scrub.js";

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
  /** Strings that must never reach the output (the bot token), on top of the structural scrub (src/scrub.ts). */
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

export function createLogger(level: LogLevel, opts: LoggerOptions = {}): Logger {
  const scrub = createScrubber(opts.secrets);
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
  // Every spelling of STORE_URL's password, including one that fails URI decoding (see src/scrub.ts).
  const secrets = [config.token, ...urlPasswords(config.storeUrl)];
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
