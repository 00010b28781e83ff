/**
 * Shared steps of the fault tests: a world with two servers, starting rounds, crowds of players,
 * and reading what the store holds. Everything goes through the real bot process and the fake Discord.
 */
import { createRequire } from "node:module";
import { setTimeout as sleep } from "node:timers/promises";
import { openStore, type Store } from "../../src/store/index.js";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  defaultGuild,
  type FakeDiscord,
  type FakeGuild,
  type FakeMessage,
  type FakeUser,
  type RecordedCallback,
} from "../../src/playground/fake-discord/index.js";
import { startWorld, users, type World } from "../e2e/harness.js";

export const EPHEMERAL = 64;
export const OTHER_GUILD_ID = "1100000000000000501";
export const OTHER_CHANNEL_ID = "1100000000000000502";
/** Replies that mean "your answer was stored" (the award is durable before they are sent). */
export const TOLD_ANSWERED = /Correct!|Not quite/;

export function otherGuild(): FakeGuild {
  return {
    id: OTHER_GUILD_ID,
    name: "Other Server",
    ownerId: "1100000000000000599",
    channels: [{ id: OTHER_CHANNEL_ID, name: "quiz" }],
  };
}

/** The default server plus a second one, so custom_ids can be carried across servers. */
export function startTwoServerWorld(): Promise<World> {
  return startWorld({ guilds: [defaultGuild(), otherGuild()] });
}

export const player = (i: number): FakeUser => ({
  id: String(1_200_000_000_000_000_000n + BigInt(i)),
  username: `player${i}`,
});
export { users };

export const buttonIds = (m: { components?: unknown }) => buttonsOf(m).map((b) => String(b.custom_id));
export const answerIds = (m: FakeMessage) => buttonIds(m).filter((id) => id.startsWith("q1.a."));
export const revealId = (m: FakeMessage) => buttonIds(m).find((id) => id.startsWith("q1.r."))!;
export const roundIdOf = (m: FakeMessage) => answerIds(m)[0]!.split(".")[2]!;
export const contentOf = (r: RecordedCallback | undefined) => String(r?.body.data?.content ?? "");

/** The first public question message in `channelId` whose id is not in `seen`. */
export function waitForQuestion(
  fake: FakeDiscord,
  channelId: string,
  seen: Set<string> = new Set(),
  timeoutMs = 10_000,
): Promise<FakeMessage> {
  return fake.waitFor(
    () =>
      fake
        .channelMessages(channelId)
        .find(
          (m) =>
            !seen.has(m.id) &&
            !(m.flags & EPHEMERAL) &&
            m.embeds.length > 0 &&
            JSON.stringify(m.embeds).includes("Question"),
        ),
    timeoutMs,
    `a new question message in ${channelId}`,
  );
}

/** Starts a public /practice round and returns its first question message. */
export async function startPractice(
  fake: FakeDiscord,
  opts: { channelId?: string; user?: FakeUser; deck?: string; questions?: number; timer?: number } = {},
): Promise<FakeMessage> {
  const channelId = opts.channelId ?? DEFAULT_CHANNEL_ID;
  const seen = new Set(fake.channelMessages(channelId).map((m) => m.id));
  const sent = fake.slashCommand({
    name: "practice",
    options: {
      deck: opts.deck ?? "python-asyncio",
      questions: opts.questions ?? 3,
      timer: opts.timer ?? 120,
    },
    user: opts.user ?? users.alice,
    channelId,
  });
  const res = await fake.responseTo(sent.id, 10_000);
  if (!contentOf(res).includes("started a practice round"))
    throw new Error(`practice did not start: ${contentOf(res)}`);
  return waitForQuestion(fake, channelId, seen);
}

/** `n` players click within `windowMs` (evenly spread), cycling through the answer buttons. */
export async function crowdClicks(
  fake: FakeDiscord,
  question: FakeMessage,
  n: number,
  windowMs: number,
  first = 0,
  opts: { force?: boolean } = {},
): Promise<string[]> {
  const ids: string[] = [];
  const answers = answerIds(question);
  const start = Date.now();
  for (let i = 0; i < n; i++) {
    const due = start + (i * windowMs) / n;
    if (Date.now() < due) await sleep(due - Date.now());
    ids.push(
      fake.clickButton({
        messageId: question.id,
        customId: answers[i % answers.length]!,
        user: player(first + i),
        channelId: question.channel_id,
        ...opts,
      }).id,
    );
  }
  return ids;
}

/** Waits until each interaction has an accepted initial response. */
export async function responses(
  fake: FakeDiscord,
  ids: string[],
  timeoutMs = 10_000,
): Promise<RecordedCallback[]> {
  await fake.waitFor(
    () => ids.every((id) => fake.interactions.get(id)?.response),
    timeoutMs,
    `responses to ${ids.length} interactions`,
  );
  return ids.map((id) => fake.interactions.get(id)!.response!);
}

/** Opens the world's store (the bot may be running: SQLite in WAL mode allows a second connection). */
export async function withStore<T>(world: World, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(world.storeUrl, { logger: { warn: () => {} } });
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** answered/points per user id, as stored. */
export async function storedStats(world: World, userIds: string[], guildId = DEFAULT_GUILD_ID) {
  return withStore(world, async (store) => {
    const out = new Map<string, { answered: number; points: number; correct: number }>();
    for (const id of userIds) {
      const s = await store.stats.get(guildId, id);
      out.set(id, { answered: s.answered, points: s.points, correct: s.correct });
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// The SQLite file itself, through a second connection (node-sqlite3, the driver under @keyv/sqlite)
// ---------------------------------------------------------------------------------------------

interface SqliteDb {
  exec(sql: string, cb: (err: Error | null) => void): void;
  all(sql: string, cb: (err: Error | null, rows: Record<string, unknown>[]) => void): void;
  close(cb: (err: Error | null) => void): void;
}
interface Sqlite3 {
  Database: new (file: string, mode: number, cb: (err: Error | null) => void) => SqliteDb;
  OPEN_READONLY: number;
  OPEN_READWRITE: number;
}
const sqlite3 = createRequire(import.meta.url)("sqlite3") as Sqlite3;

const storeFile = (world: World) => world.storeUrl.replace(/^sqlite:\/\//, "");

async function connect(file: string, mode: number): Promise<SqliteDb> {
  return new Promise((resolve, reject) => {
    const db: SqliteDb = new sqlite3.Database(file, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}
const close = (db: SqliteDb) =>
  new Promise<void>((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));

/**
 * Takes SQLite's write lock from a second connection (`BEGIN EXCLUSIVE`, as a backup tool or a stray
 * sqlite3 shell would); resolves with a function that gives it back.
 */
export async function lockStore(world: World): Promise<() => Promise<void>> {
  const db = await connect(storeFile(world), sqlite3.OPEN_READWRITE);
  const exec = (sql: string) =>
    new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
  await exec("PRAGMA busy_timeout = 5000; BEGIN EXCLUSIVE;");
  return async () => {
    await exec("ROLLBACK");
    await close(db);
  };
}

/** Every stored row (key → raw value), read-only; `meta` is left out (each store open rewrites it). */
export async function dumpStore(world: World): Promise<Map<string, string>> {
  const db = await connect(storeFile(world), sqlite3.OPEN_READONLY);
  try {
    const rows = await new Promise<Record<string, unknown>[]>((resolve, reject) =>
      db.all("SELECT key, value FROM keyv ORDER BY key", (err, r) => (err ? reject(err) : resolve(r))),
    );
    return new Map(
      rows.filter((r) => !String(r.key).endsWith(":meta")).map((r) => [String(r.key), String(r.value)]),
    );
  } finally {
    await close(db);
  }
}
