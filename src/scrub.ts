/**
 * The one scrubber every line the process writes goes through: log lines (src/log.ts), start-up
 * failures, and anything else written to stdout/stderr once `scrubProcessOutput` is installed.
 *
 * Three layers, because no single one catches everything:
 * - the known secrets (the token, STORE_URL's password, raw and decoded): long ones wherever they
 *   occur, short ones (under 8 characters) only as a whole word, since replacing "pass" inside
 *   "password" everywhere would make every log line unreadable without protecting anything;
 * - structure: the password part of any `scheme://user:password@host` is replaced whatever its
 *   length or encoding, so a URL nobody listed (a replica's, one inside a driver's error) is covered;
 * - credential fields and REST URLs carrying interaction/webhook tokens.
 */
export type Scrub = (text: string) => string;

export const REDACTED = "[redacted]";

// userinfo: greedy up to the last "@" before the host, since a password may hold a raw "@" or ":".
// Stops at whitespace, quotes and "/" so it never runs across two URLs or out of a JSON string.
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/"'<>]*)@/gi;

/**
 * Fields that hold credentials, at any depth: their string values are replaced on the written line.
 * (pino's path-based `redact` did the same for a fixed list of paths at ~28 µs a line, most of the
 * cost of logging every interaction; this is one scan of the line.)
 */
const CREDENTIAL_FIELD =
  /("(?:token|authorization|Authorization|interactionToken|password)":)"(?:[^"\\]|\\.)*"/g;

// Interaction and webhook tokens sit in REST URLs (discord.js puts the URL on DiscordAPIError).
const URL_TOKEN = /(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9_.-]{20,}/g;

const SHORT_SECRET = 8;

export function createScrubber(secrets: readonly string[] = []): Scrub {
  const known = [...new Set(secrets.flatMap(spellings))].filter((s) => s.length > 0 && s !== REDACTED);
  // Longest first, so a secret that contains another is replaced whole.
  const long = known.filter((s) => s.length >= SHORT_SECRET).sort((a, b) => b.length - a.length);
  const short = known.filter((s) => s.length < SHORT_SECRET);
  const shortWord =
    short.length === 0
      ? undefined
      : new RegExp(`(?<![A-Za-z0-9])(?:${short.map(escapeRegExp).join("|")})(?![A-Za-z0-9])`, "g");
  return (line) => {
    let out = line;
    // Known secrets first: the structural pass would otherwise cut a password with a raw "/" in two.
    for (const s of long) if (out.includes(s)) out = out.replaceAll(s, REDACTED);
    if (shortWord) out = out.replace(shortWord, REDACTED);
    if (out.includes("://")) out = out.replace(URL_USERINFO, scrubUserinfo);
    if (out.includes('oken"') || out.includes('uthorization"') || out.includes('password"'))
      out = out.replace(CREDENTIAL_FIELD, `$1"${REDACTED}"`);
    if (out.includes("/interactions/") || out.includes("/webhooks/"))
      out = out.replace(URL_TOKEN, `$1${REDACTED}`);
    return out;
  };
}

function scrubUserinfo(_match: string, scheme: string, userinfo: string): string {
  const colon = userinfo.indexOf(":");
  if (colon < 0) return `${scheme}${userinfo}@`; // a user name alone (redis://default@host)
  return `${scheme}${userinfo.slice(0, colon)}:${REDACTED}@`;
}

/** A secret as it can appear on a line: as given, URI-decoded (when it decodes), and JSON-escaped. */
function spellings(secret: string): string[] {
  const out = [secret];
  try {
    out.push(decodeURIComponent(secret));
  } catch {
    // not valid percent-encoding: the raw form is still scrubbed
  }
  for (const s of [...out]) out.push(JSON.stringify(s).slice(1, -1));
  return out;
}

/**
 * The password in a connection URL, read structurally so that a password the URL parser rejects
 * (a raw "#", "/" or "%" sequence that doesn't decode) is still found.
 */
export function urlPasswords(url: string): string[] {
  const out: string[] = [];
  try {
    const { password } = new URL(url);
    if (password) out.push(password);
  } catch {
    // not parseable: the structural reading below still applies
  }
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/(.*)@[^@]*$/is.exec(url.trim())?.[1];
  const colon = userinfo?.indexOf(":") ?? -1;
  if (userinfo && colon >= 0 && colon < userinfo.length - 1) out.push(userinfo.slice(colon + 1));
  return out;
}

/** The secrets in the environment, readable before the configuration is (so its errors are scrubbed too). */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  const token = env.DISCORD_TOKEN?.trim();
  if (token) out.push(token);
  for (const name of ["STORE_URL", "REDIS_URL", "POSTGRES_URL"]) {
    const url = env[name];
    if (url) out.push(...urlPasswords(url));
  }
  return out;
}

/**
 * Routes everything written to this process's stdout and stderr (console.*, library warnings, a
 * crash's stack) through `scrub`, and prints uncaught errors through it instead of Node's default
 * handler (which writes to fd 2 directly). Returns the undo, for tests.
 */
export function scrubProcessOutput(scrub: Scrub): () => void {
  const restore: (() => void)[] = [];
  for (const stream of [process.stdout, process.stderr]) {
    const original = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean;
    stream.write = ((chunk: unknown, ...rest: unknown[]) =>
      original(
        typeof chunk === "string"
          ? scrub(chunk)
          : chunk instanceof Uint8Array
            ? scrub(Buffer.from(chunk).toString("utf8"))
            : chunk,
        ...rest,
      )) as typeof stream.write;
    restore.push(() => (stream.write = original as typeof stream.write));
  }
  const onUncaught = (err: unknown) => {
    process.stderr.write(`quizdeck: crashed: ${describeError(err)}\n`);
    process.exit(1);
  };
  process.on("uncaughtException", onUncaught);
  restore.push(() => process.off("uncaughtException", onUncaught));
  return () => restore.forEach((undo) => undo());
}

export function describeError(err: unknown): string {
  if (err instanceof Error) return err.stack ?? `${err.name}: ${err.message}`;
  return String(err);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
