import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startFakeDiscord, type FakeDiscord, type FakeGuild, type FakeUser } from "../../src/playground/fake-discord/index.js";
import { openStore } from "../../src/store/index.js";

/** A token of the right shape; the fake accepts only this one. */
export const TEST_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAxMA.GfAkEx.fake-token-for-tests-only-0123456789";

export interface BotProcess {
  proc: ChildProcess;
  logs: string[];
  exited: Promise<number | null>;
  /** Resolves with the first log line (parsed JSON) whose msg matches. */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface World {
  fake: FakeDiscord;
  dir: string;
  storeUrl: string;
  decksDir: string;
  close(): Promise<void>;
}

/**
 * A fake Discord plus a temp folder with a store and a decks folder (built-ins plus test decks).
 * `close()` fails if any request broke a limit (see there); `allowLimitViolations` is for a test
 * that breaks one on purpose.
 */
export async function startWorld(opts: { guilds?: FakeGuild[]; allowLimitViolations?: boolean } = {}): Promise<World> {
  const fake = await startFakeDiscord({ token: TEST_TOKEN, ...(opts.guilds ? { guilds: opts.guilds } : {}) });
  const dir = await mkdtemp(join(tmpdir(), "quizdeck-e2e-"));
  const decksDir = join(dir, "decks");
  await cp("decks", decksDir, { recursive: true });
  await cp("test/e2e/decks", decksDir, { recursive: true });
  return {
    fake,
    dir,
    storeUrl: `sqlite://${join(dir, "quizdeck.sqlite")}`,
    decksDir,
    async close() {
      // Checked here, once per world, so no test file can forget it and no test passes vacuously
      // by running before the traffic: the fake rejects limit-breaking bodies itself (400/50035),
      // and records the allowed_mentions problems Discord would let through.
      const violations = fake.limitViolations.map((v) => `${v.method} ${v.path}: ${v.problems.join("; ")}`);
      await fake.close();
      await rm(dir, { recursive: true, force: true });
      if (violations.length > 0 && !opts.allowLimitViolations)
        throw new Error(`requests broke Discord's limits or quizdeck's mention rule:\n${violations.join("\n")}`);
    },
  };
}

/**
 * Starts the bot from the same entry point as `npm start` (src/index.ts, run through tsx so tests
 * need no build; `npm start` runs its compiled form), pointed at the fake Discord.
 * `entry: "src/sharded.ts"` starts it as `npm run start:sharded` does; `compiled: true` runs the
 * built entry in dist/ exactly as `npm start` does (the bench; `npm run build` first); `readyLog`
 * is the log message to wait for before returning.
 */
export async function startBot(
  world: World,
  env: Record<string, string> = {},
  opts: { entry?: string; readyLog?: string; compiled?: boolean } = {},
): Promise<BotProcess> {
  const entry = opts.entry ?? "src/index.ts";
  const args = opts.compiled
    ? npmStartArgs(entry === "src/sharded.ts" ? "start:sharded" : "start")
    : ["--import", "tsx", entry];
  const proc = spawn(process.execPath, args, {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: world.fake.apiUrl,
      STORE_URL: world.storeUrl,
      DECKS_DIR: world.decksDir,
      DECK_CACHE_DIR: join(world.dir, "deck-cache"),
      LOG_LEVEL: "debug",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: string[] = [];
  let buffered = "";
  const onData = (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    logs.push(...lines.filter(Boolean));
  };
  proc.stderr!.on("data", onData);
  proc.stdout!.on("data", onData);
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const bot: BotProcess = {
    proc,
    logs,
    exited,
    async waitForLog(msg, timeoutMs = 20_000) {
      return world.fake.waitFor(
        () => {
          for (const line of logs) {
            try {
              const parsed = JSON.parse(line) as Record<string, unknown>;
              if (parsed.msg === msg) return parsed;
            } catch {
              /* not JSON: a crash trace, kept in logs for the failure message */
            }
          }
          return undefined;
        },
        timeoutMs,
        `bot log "${msg}". Bot output:\n${logs.slice(-30).join("\n")}`,
      );
    },
    async stop(signal = "SIGTERM") {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
  await bot.waitForLog(opts.readyLog ?? "ready", opts.readyLog ? 60_000 : undefined);
  return bot;
}

/** The node arguments of an npm start script ("npm run build && node <args>"), to run exactly that. */
function npmStartArgs(script: "start" | "start:sharded"): string[] {
  const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> };
  const command = (pkg.scripts[script] ?? "").split("&&").at(-1)!.trim().split(/\s+/);
  if (command[0] !== "node") throw new Error(`npm run ${script} does not end with a node command`);
  return command.slice(1);
}

export const users = {
  alice: { id: "1100000000000000100", username: "alice", global_name: "Alice" },
  bob: { id: "1100000000000000101", username: "bob", global_name: "Bob" },
  carol: { id: "1100000000000000102", username: "carol", global_name: "Carol" },
} satisfies Record<string, FakeUser>;

export async function writeDeck(world: World, name: string, yaml: string) {
  await writeFile(join(world.decksDir, name), yaml);
}

/** A reply the bot deferred ("thinking…") and then edited in: the final message once it has embeds. */
export async function finalReply(fake: FakeDiscord, interactionToken: string, timeoutMs = 10_000) {
  return fake.waitFor(
    () => {
      const m = fake.originalMessage(interactionToken);
      return m && m.embeds.length > 0 ? m : undefined;
    },
    timeoutMs,
    "the deferred reply to be edited in",
  );
}

/** The bytes of a message attachment, downloaded as Discord's CDN would serve them. */
export async function downloadAttachment(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`attachment download failed: ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/**
 * The question an answer button belongs to, as stored (the players don't know its answer; the test
 * does). Keyed by the button's own round and item, not the round's current index: under load the
 * store may not yet hold the state that moved to this question.
 */
export async function storedQuestionOf(world: World, answerCustomId: string) {
  const [, , roundId, item] = answerCustomId.split(".");
  const store = await openStore(world.storeUrl);
  try {
    const deadline = Date.now() + 5000;
    for (;;) {
      const found = (await store.rounds.get(roundId!))?.items[Number(item)];
      if (found?.kind === "question") return found.question;
      if (Date.now() > deadline) throw new Error(`round ${roundId} has no question ${item} in the store`);
      await new Promise((r) => setTimeout(r, 25));
    }
  } finally {
    await store.close();
  }
}

/** Which choice of the button's question is right. */
export const correctChoiceOf = async (world: World, answerCustomId: string): Promise<number> =>
  (await storedQuestionOf(world, answerCustomId)).correctIndex;
