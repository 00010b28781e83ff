import { parseArgs } from "node:util";
import { z } from "zod";

/** How `npm run play` was asked to run. */
export interface PlayOptions {
  port: number;
  /** Keyv store URL; undefined: a temporary SQLite file, deleted at exit. */
  storeUrl: string | undefined;
  /** A deck file to add to the first server and open a round of (the author's preview). */
  deckFile: string | undefined;
}

export class PlayOptionsError extends Error {}

export const PLAY_USAGE = `Usage: npm run play [-- [--store <STORE_URL>] [deck-file]]
  Runs the bot against a local Discord emulator and serves it on http://127.0.0.1:3000 (PLAY_PORT).`;

const envSchema = z.object({
  PLAY_PORT: z.coerce
    .number({ error: "PLAY_PORT must be a port number" })
    .int({ error: "PLAY_PORT must be a port number" })
    .min(0)
    .max(65_535, { error: "PLAY_PORT must be a port number (0-65535)" })
    .default(3000),
  STORE_URL: z.string().trim().min(1).optional().catch(undefined),
  DISCORD_TOKEN: z.string().optional(),
});

/**
 * Reads argv and the environment. A real bot token in the environment is refused: the emulator is
 * not Discord, and a real token must never be sent to it (or be one typo away from it).
 */
export function parsePlayOptions(argv: string[], env: NodeJS.ProcessEnv): PlayOptions {
  const e = envSchema.safeParse(env);
  if (!e.success) throw new PlayOptionsError(e.error.issues[0]?.message ?? "invalid environment");
  if (e.data.DISCORD_TOKEN?.trim())
    throw new PlayOptionsError(
      "DISCORD_TOKEN is set: the playground runs without Discord and will not start with a real bot token in the environment. Unset it (e.g. `env -u DISCORD_TOKEN npm run play`).",
    );
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { store: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (err) {
    throw new PlayOptionsError(`${err instanceof Error ? err.message : String(err)}\n${PLAY_USAGE}`);
  }
  if (parsed.values.help) throw new PlayOptionsError(PLAY_USAGE);
  if (parsed.positionals.length > 1) throw new PlayOptionsError(`Give at most one deck file.\n${PLAY_USAGE}`);
  return {
    port: e.data.PLAY_PORT,
    storeUrl: parsed.values.store ?? e.data.STORE_URL,
    deckFile: parsed.positionals[0],
  };
}
