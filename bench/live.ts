/**
 * The live half of `npm run bench`: the real bot process (same entry point as `npm start`) against
 * the fake Discord on 127.0.0.1, and a bare discord.js client on the same fake as the baseline.
 *
 * Latency is measured by the fake: from the moment it dispatches INTERACTION_CREATE on the gateway
 * to the moment the interaction's first callback request reaches it (ms resolution).
 */
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  startFakeDiscord,
  type FakeDiscord,
  type FakeGuild,
  type FakeMessage,
  type FakeUser,
} from "../test/e2e/fake-discord/index.js";
import { startBot, TEST_TOKEN, type BotProcess, type World } from "../test/e2e/harness.js";
import { writeBenchDecks } from "./decks.js";
import { paced, percentiles, procMemory, RssSampler, type Percentiles } from "./measure.js";

export interface ClickRun {
  label: string;
  clicks: number;
  /** The window the clicks were spread over; 0 = all at once. */
  windowMs: number;
  latency: Percentiles;
  /** Callbacks received per second, from the first dispatch to the last callback. */
  perSec: number;
  /** Interactions whose first callback Discord accepted. */
  ok: number;
  /** No callback, or a rejected one (e.g. later than Discord's 3 s). */
  failed: number;
  /** Bot only: private replies that say Correct / Not quite (the award was stored). */
  answered?: number;
}

export interface LiveResult {
  decksAtStart: number;
  startToReadyMs: number;
  rssAtReadyMb: number;
  baseline: { crowd200: ClickRun; crowd1000: ClickRun; burst: ClickRun };
  bot: { crowd200: ClickRun; crowd1000: ClickRun; burst: ClickRun };
  channels: {
    rounds: number;
    commands: ClickRun;
    /** From the first /practice to the last of the 100 question messages existing in the fake. */
    allQuestionsPostedMs: number;
    clicks: ClickRun;
    reveals: ClickRun;
    /** From the first reveal to the last of the 100 next questions posted. */
    allAdvancedMs: number;
    peakRssMb: number;
  };
  /** Whole life of the bot process (VmHWM), including start-up. */
  botPeakRssMb: number;
  /** Replies saying Correct / Not quite, stored answers of those players, and any mismatch. */
  storeCheck: { told: number; stored: number; problems: string[] };
}

const CHANNELS = 100;
const BURST = 500;
/** Bench decks given to the bot at start-up (on top of the built-in ones). */
const START_DECKS = 100;
const START_DECK_QUESTIONS = 20;
const EPHEMERAL = 64;

const channelId = (i: number) => String(1_100_000_000_000_100_000n + BigInt(i));
const player = (i: number): FakeUser => ({ id: String(1_200_000_000_000_000_000n + BigInt(i)), username: `p${i}` });
const HOST: FakeUser = { id: "1100000000000000100", username: "alice", global_name: "Alice" };

function benchGuild(): FakeGuild {
  return {
    id: DEFAULT_GUILD_ID,
    name: "Bench Guild",
    ownerId: "1100000000000000099",
    channels: [
      { id: DEFAULT_CHANNEL_ID, name: "general" },
      ...Array.from({ length: CHANNELS }, (_, i) => ({ id: channelId(i), name: `quiz-${i}` })),
    ],
  };
}

/** Waits until every interaction has a first callback (or `timeoutMs` passes), then measures. */
async function measure(fake: FakeDiscord, label: string, ids: string[], windowMs: number, timeoutMs = 15_000, isAnswer?: RegExp): Promise<ClickRun> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !ids.every((id) => (fake.interactions.get(id)?.callbacks.length ?? 0) > 0)) await sleep(20);
  // A rejected first callback may be followed by nothing else; give stragglers a moment.
  await sleep(50);
  const latencies: number[] = [];
  let first = Infinity;
  let last = 0;
  let ok = 0;
  let answered = 0;
  for (const id of ids) {
    const it = fake.interactions.get(id);
    if (!it) continue;
    first = Math.min(first, it.sentAt);
    const cb = it.callbacks[0];
    if (!cb) continue;
    latencies.push(cb.at - it.sentAt);
    last = Math.max(last, cb.at);
    if (it.response === cb) ok++;
    const content = it.response?.body.data?.content;
    if (isAnswer && typeof content === "string" && isAnswer.test(content)) answered++;
  }
  const span = Math.max(1, last - first);
  return {
    label,
    clicks: ids.length,
    windowMs,
    latency: percentiles(latencies),
    perSec: Math.round((latencies.length / span) * 1000),
    ok,
    failed: ids.length - ok,
    ...(isAnswer ? { answered } : {}),
  };
}

/** Clicks `n` players onto `message` within `windowMs`, cycling through the answer buttons. */
async function crowd(fake: FakeDiscord, label: string, message: FakeMessage, customIds: string[], n: number, windowMs: number, offset = 0, isAnswer?: RegExp) {
  const ids = await paced(n, windowMs, (i) =>
    fake.clickButton({ messageId: message.id, customId: customIds[i % customIds.length]!, user: player(offset + i), channelId: message.channel_id }).id,
  );
  return measure(fake, label, ids, windowMs, 15_000, isAnswer);
}

// ---------------------------------------------------------------------------------------------
// Baseline: a bare discord.js client that only replies
// ---------------------------------------------------------------------------------------------

async function runBaseline(fake: FakeDiscord): Promise<LiveResult["baseline"]> {
  const proc = spawn(process.execPath, ["--import", "tsx", "bench/baseline-bot.ts"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", DISCORD_TOKEN: TEST_TOKEN, DISCORD_API_URL: fake.apiUrl },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let out = "";
  proc.stderr!.on("data", (c: Buffer) => (out += c.toString("utf8")));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  try {
    await fake.waitFor(() => out.includes('"msg":"ready"'), 30_000, `the baseline client to be ready. Output:\n${out}`);
    // A message with buttons to click, created through REST as the bot would.
    const res = await fetch(`${fake.apiUrl}/v10/channels/${DEFAULT_CHANNEL_ID}/messages`, {
      method: "POST",
      headers: { authorization: `Bot ${TEST_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        content: "baseline",
        components: [{ type: 1, components: [0, 1, 2, 3].map((k) => ({ type: 2, style: 1, label: `${k}`, custom_id: `bench.${k}` })) }],
        allowed_mentions: { parse: [] },
      }),
    });
    const message = fake.messages.get(((await res.json()) as { id: string }).id)!;
    const ids = buttonsOf(message).map((b) => String(b.custom_id));
    await crowd(fake, "warm-up", message, ids, 50, 200); // JIT and connection warm-up, not reported
    const crowd200 = await crowd(fake, "200 players within 1 s", message, ids, 200, 1000);
    const crowd1000 = await crowd(fake, "1,000 players within 1 s", message, ids, 1000, 1000);
    const burst = await crowd(fake, `${BURST} clicks at once`, message, ids, BURST, 0);
    return { crowd200, crowd1000, burst };
  } finally {
    proc.kill("SIGKILL");
    await exited;
  }
}

// ---------------------------------------------------------------------------------------------
// The bot
// ---------------------------------------------------------------------------------------------

const embedsText = (m: FakeMessage) => JSON.stringify(m.embeds);

/** The newest public message with embeds in a channel that is not in `seen`. */
function newQuestion(fake: FakeDiscord, channel: string, seen: Set<string>): FakeMessage | undefined {
  return fake.channelMessages(channel).find((m) => !seen.has(m.id) && !(m.flags & EPHEMERAL) && m.embeds.length > 0 && embedsText(m).includes("Question"));
}

function answerIds(m: FakeMessage): string[] {
  return buttonsOf(m)
    .map((b) => String(b.custom_id))
    .filter((id) => id.startsWith("q1.a."));
}

function revealId(m: FakeMessage): string {
  return buttonsOf(m)
    .map((b) => String(b.custom_id))
    .find((id) => id.startsWith("q1.r."))!;
}

async function revealAndWait(fake: FakeDiscord, question: FakeMessage, seen: Set<string>): Promise<FakeMessage> {
  seen.add(question.id);
  const r = fake.clickButton({ messageId: question.id, customId: revealId(question), user: HOST, channelId: question.channel_id });
  await fake.responseTo(r.id, 10_000);
  return fake.waitFor(() => newQuestion(fake, question.channel_id, seen), 15_000, "the next question");
}

const ANSWERED = /Correct!|Not quite/;

export async function runLiveBench(log: (line: string) => void = () => {}): Promise<LiveResult> {
  const fake = await startFakeDiscord({ token: TEST_TOKEN, guilds: [benchGuild()] });
  const dir = await mkdtemp(join(tmpdir(), "quizdeck-bench-live-"));
  const world: World = {
    fake,
    dir,
    storeUrl: `sqlite://${join(dir, "quizdeck.sqlite")}`,
    decksDir: join(dir, "decks"),
    close: async () => {},
  };
  let bot: BotProcess | undefined;
  let sampler: RssSampler | undefined;
  try {
    log("baseline: bare discord.js client");
    const baseline = await runBaseline(fake);
    log(`baseline: 200 → p99 ${baseline.crowd200.latency.p99} ms; burst ${baseline.burst.perSec}/s`);

    await cp("decks", world.decksDir, { recursive: true });
    await writeBenchDecks(world.decksDir, START_DECKS, START_DECK_QUESTIONS);
    const t0 = performance.now();
    bot = await startBot(world, { LOG_LEVEL: "info" });
    const startToReadyMs = Math.round(performance.now() - t0);
    const pid = bot.proc.pid!;
    const rssAtReadyMb = procMemory(pid)?.rssMb ?? NaN;
    const ready = bot.logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.msg === "ready");
    const decksAtStart = Number(ready?.decks ?? NaN);
    sampler = new RssSampler(pid);
    await fake.waitForCommands();
    log(`bot ready in ${startToReadyMs} ms with ${decksAtStart} decks, RSS ${rssAtReadyMb.toFixed(0)} MB`);

    // One public round in #general; each crowd answers its own question, the host reveals in between.
    const seen = new Set<string>();
    const start = fake.slashCommand({ name: "practice", options: { deck: "bench-000", questions: 5, timer: 120 }, user: HOST, channelId: DEFAULT_CHANNEL_ID });
    await fake.responseTo(start.id, 10_000);
    let question = await fake.waitFor(() => newQuestion(fake, DEFAULT_CHANNEL_ID, seen), 15_000, "question 1");
    await crowd(fake, "warm-up", question, answerIds(question), 50, 200, 50_000); // not reported
    question = await revealAndWait(fake, question, seen);
    const crowd200 = await crowd(fake, "200 players within 1 s", question, answerIds(question), 200, 1000, 0, ANSWERED);
    log(`bot: 200 → p50 ${crowd200.latency.p50} p99 ${crowd200.latency.p99} max ${crowd200.latency.max} ms`);
    question = await revealAndWait(fake, question, seen);
    const crowd1000 = await crowd(fake, "1,000 players within 1 s", question, answerIds(question), 1000, 1000, 0, ANSWERED);
    log(`bot: 1000 → p50 ${crowd1000.latency.p50} p99 ${crowd1000.latency.p99} max ${crowd1000.latency.max} ms`);
    question = await revealAndWait(fake, question, seen);
    const burst = await crowd(fake, `${BURST} clicks at once`, question, answerIds(question), BURST, 0, 0, ANSWERED);
    log(`bot: burst ${burst.perSec}/s, p99 ${burst.latency.p99} ms`);
    const stop = fake.slashCommand({ name: "stop", user: HOST, channelId: DEFAULT_CHANNEL_ID });
    await fake.responseTo(stop.id, 10_000);

    // 100 channels, each with its own round, all at once.
    sampler.reset();
    const chans = Array.from({ length: CHANNELS }, (_, i) => channelId(i));
    const cmdIds = chans.map((c, i) => fake.slashCommand({ name: "practice", options: { deck: `bench-${String(i % START_DECKS).padStart(3, "0")}`, questions: 3, timer: 120 }, user: HOST, channelId: c }).id);
    const firstCommandAt = fake.interactions.get(cmdIds[0]!)!.sentAt;
    const commands = await measure(fake, `${CHANNELS} /practice commands at once`, cmdIds, 0);
    const questions = await fake.waitFor(
      () => {
        const found = chans.map((c) => newQuestion(fake, c, seen));
        return found.every(Boolean) ? (found as FakeMessage[]) : undefined;
      },
      30_000,
      "a question in every channel",
    );
    const allQuestionsPostedMs = Math.max(...questions.map((q) => Date.parse(q.timestamp))) - firstCommandAt;
    log(`${CHANNELS} rounds: commands p99 ${commands.latency.p99} ms, all questions posted after ${allQuestionsPostedMs} ms`);
    const PER_CHANNEL = 10;
    const clickIds = await paced(CHANNELS * PER_CHANNEL, 1000, (k) => {
      const q = questions[k % CHANNELS]!;
      const ids = answerIds(q);
      return fake.clickButton({ messageId: q.id, customId: ids[k % ids.length]!, user: player(k), channelId: q.channel_id }).id;
    });
    const clicks = await measure(fake, `${CHANNELS * PER_CHANNEL} answers across ${CHANNELS} rounds within 1 s`, clickIds, 1000, 15_000, ANSWERED);
    log(`${CHANNELS} rounds: clicks p99 ${clicks.latency.p99} ms`);
    for (const q of questions) seen.add(q.id);
    const revealIds = questions.map((q) => fake.clickButton({ messageId: q.id, customId: revealId(q), user: HOST, channelId: q.channel_id }).id);
    const firstRevealAt = fake.interactions.get(revealIds[0]!)!.sentAt;
    const reveals = await measure(fake, `${CHANNELS} host reveals at once`, revealIds, 0);
    const next = await fake.waitFor(
      () => {
        const found = chans.map((c) => newQuestion(fake, c, seen));
        return found.every(Boolean) ? (found as FakeMessage[]) : undefined;
      },
      30_000,
      "the next question in every channel",
    );
    const allAdvancedMs = Math.max(...next.map((q) => Date.parse(q.timestamp))) - firstRevealAt;
    sampler.sample();
    const peakRssMb = sampler.peakMb;
    log(`${CHANNELS} rounds: all advanced after ${allAdvancedMs} ms; peak RSS ${peakRssMb.toFixed(0)} MB`);
    const botPeakRssMb = procMemory(pid)?.hwmMb ?? NaN;

    // Cross-check with the store: every "Correct/Not quite" reply is exactly one stored answer.
    await bot.stop("SIGKILL");
    const storeCheck = await checkStore(world.storeUrl, fake);

    return {
      decksAtStart,
      startToReadyMs,
      rssAtReadyMb,
      baseline,
      bot: { crowd200, crowd1000, burst },
      channels: { rounds: CHANNELS, commands, allQuestionsPostedMs, clicks, reveals, allAdvancedMs, peakRssMb },
      botPeakRssMb,
      storeCheck,
    };
  } finally {
    sampler?.stop();
    await bot?.stop("SIGKILL");
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Compares, per player, the answers the store holds with the Correct / Not quite replies they got. */
async function checkStore(storeUrl: string, fake: FakeDiscord): Promise<LiveResult["storeCheck"]> {
  const { openStore } = await import("../src/store/index.js");
  const store = await openStore(storeUrl, { logger: { warn: () => {} } });
  const problems: string[] = [];
  try {
    const users = new Map<string, number>();
    for (const it of fake.interactions.values()) {
      const content = it.response?.body.data?.content;
      if (typeof content === "string" && ANSWERED.test(content)) users.set(it.user.id, (users.get(it.user.id) ?? 0) + 1);
    }
    let told = 0;
    let stored = 0;
    for (const [userId, replies] of users) {
      const s = await store.stats.get(DEFAULT_GUILD_ID, userId);
      told += replies;
      stored += s.answered;
      if (s.answered !== replies) problems.push(`${userId}: ${replies} replies, ${s.answered} stored answers`);
    }
    return { told, stored, problems: problems.slice(0, 10) };
  } finally {
    await store.close();
  }
}
