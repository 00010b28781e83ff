/**
 * The live half of `npm run bench`: the real bot process (same entry point as `npm start`) against
 * the fake Discord on 127.0.0.1, and a bare discord.js client as the baseline, on a second instance
 * of the same fake in the same driver process (bursts of the two are run in turn).
 *
 * Latency is measured by the fake: from the moment it dispatches INTERACTION_CREATE on the gateway
 * to the moment the interaction's first callback request reaches it (ms resolution). Throughput is
 * callbacks per second from the first dispatch to the last callback.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
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
} from "../src/playground/fake-discord/index.js";
import { startBot, TEST_TOKEN, type BotProcess, type World } from "../test/e2e/harness.js";
import { openStore } from "../src/store/index.js";
import { loadDeckDir } from "../src/decks/registry.js";
import { createRound } from "../src/engine/index.js";
import { renderItem } from "../src/discord/render/item.js";
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
  /** CPU time (user + system) the client process spent per interaction. */
  cpuMsPerClick: number;
  /** Bot only: private replies that say Correct / Not quite (the award was stored). */
  answered?: number;
  /** Bot only: a few distinct other replies (e.g. "You already answered"). */
  otherReplies?: string[];
}

export interface LiveResult {
  baseline: {
    crowd200: ClickRun[];
    crowd1000: ClickRun;
    /** Bursts run right after its crowds, before the bot started (reported, not compared). */
    burstAlone: ClickRun[];
    /** Bursts run in turn with the bot's: the throughput the bot is compared with. */
    burst: ClickRun[];
    peakRssMb: number;
  };
  startup: {
    decks: number;
    questionsPerDeck: number;
    startToReadyMs: number;
    rssAtReadyMb: number;
    peakRssMb: number;
  };
  bot: {
    startToReadyMs: number;
    decks: number;
    rssAtReadyMb: number;
    crowd200: ClickRun[];
    crowd1000: ClickRun;
    burst: ClickRun[];
    /** Typed answers: 200 players submitting the ✍️ modal within 1 s (their modals opened before). */
    typed200: ClickRun[];
    /** Whole life of the bot process (VmHWM). */
    peakRssMb: number;
    errorLogs: number;
    /** The distinct kinds of error lines (message and error), a few. */
    errorSamples: string[];
  };
  channels: {
    rounds: number;
    commands: ClickRun;
    /** From the first /practice to the last of the question messages existing in the fake. */
    allQuestionsPostedMs: number;
    clicks: ClickRun;
    reveals: ClickRun;
    /** From the first reveal to the last of the next questions posted. */
    allAdvancedMs: number;
    /** Highest VmRSS sampled (every 25 ms) from the first /practice to the last next question. */
    peakRssMb: number;
  };
  /** Replies saying Correct / Not quite, stored answers of those players, and any mismatch. */
  storeCheck: { told: number; stored: number; problems: string[] };
}

const CHANNELS = 100;
const PLAYERS_PER_CHANNEL = 10;
const BURST = 500;
/** Crowds of 200 and bursts are run this many times each (a fresh question each time). */
const REPEATS = 3;
/** Bursts are short (~0.5 s), so they are run more often: best of 5 for both clients. */
const BURST_REPEATS = 5;
/** Quiet time before each burst, so neither client starts one with the previous work unfinished. */
const SETTLE_MS = 250;
/** Which client runs burst pair k first: they alternate, so neither always follows the other. */
export const baselineFirst = (k: number) => k % 2 === 1;
/** The start-up measurement: this many generated decks on top of the built-in ones. */
const START_DECKS = 100;
const START_DECK_QUESTIONS = 20;
const EPHEMERAL = 64;
const BUILT_IN = ["python-asyncio", "js-promises", "django-async"];
const ANSWERED = /Correct!|Not quite/;
const TYPED_ANSWERED = /^✅ Correct|^✅ Accepted|^❌ Not quite/;
/** The typed-answer crowds play in a channel of their own. */
const TYPED_CHANNEL = "1100000000000099999";

const channelId = (i: number) => String(1_100_000_000_000_100_000n + BigInt(i));
const player = (i: number): FakeUser => ({
  id: String(1_200_000_000_000_000_000n + BigInt(i)),
  username: `p${i}`,
});
const HOST: FakeUser = { id: "1100000000000000100", username: "alice", global_name: "Alice" };

function benchGuild(): FakeGuild {
  return {
    id: DEFAULT_GUILD_ID,
    name: "Bench Guild",
    ownerId: "1100000000000000099",
    channels: [
      { id: DEFAULT_CHANNEL_ID, name: "general" },
      ...Array.from({ length: CHANNELS }, (_, i) => ({ id: channelId(i), name: `quiz-${i}` })),
      { id: TYPED_CHANNEL, name: "typed" },
    ],
  };
}

/** CPU time (user + system, ms) a process has used so far; Linux clock ticks are 10 ms. */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** Waits until every interaction has a first callback (or `timeoutMs` passes), then measures. */
async function measure(
  fake: FakeDiscord,
  label: string,
  ids: string[],
  windowMs: number,
  pid: number,
  cpuBefore: number,
  isAnswer?: RegExp,
): Promise<ClickRun> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !ids.every((id) => (fake.interactions.get(id)?.callbacks.length ?? 0) > 0))
    await sleep(10);
  const cpu = cpuMs(pid) - cpuBefore;
  await sleep(50); // stragglers after a rejected callback
  const latencies: number[] = [];
  let first = Infinity;
  let last = 0;
  let ok = 0;
  let answered = 0;
  const other = new Set<string>();
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
    else if (isAnswer && it.response) other.add(String(content).slice(0, 100));
  }
  return {
    label,
    clicks: ids.length,
    windowMs,
    latency: percentiles(latencies),
    perSec: Math.round((latencies.length / Math.max(1, last - first)) * 1000),
    ok,
    failed: ids.length - ok,
    cpuMsPerClick: Math.round((cpu / ids.length) * 100) / 100,
    ...(isAnswer ? { answered, otherReplies: [...other].slice(0, 3) } : {}),
  };
}

/** `n` players click `message` within `windowMs`, cycling through `customIds`. */
async function crowd(
  fake: FakeDiscord,
  pid: number,
  label: string,
  message: FakeMessage,
  customIds: string[],
  n: number,
  windowMs: number,
  offset = 0,
  isAnswer?: RegExp,
) {
  const cpuBefore = cpuMs(pid);
  const ids = await paced(
    n,
    windowMs,
    (i) =>
      fake.clickButton({
        messageId: message.id,
        customId: customIds[i % customIds.length]!,
        user: player(offset + i),
        channelId: message.channel_id,
      }).id,
  );
  return measure(fake, label, ids, windowMs, pid, cpuBefore, isAnswer);
}

/**
 * Typed answers, the same bar as a click: a public `/practice mode:typed` round; per question,
 * `n` players press ✍️ Answer and get their modal (not measured: that is a click), then all submit
 * within `windowMs`: a third the answer, a third it with a typo, a third something wrong. The
 * first run is a warm-up and not returned.
 */
export async function typedCrowds(
  fake: FakeDiscord,
  pid: number,
  opts: { runs: number; n: number; windowMs: number; deckId: string; decksDir: string },
): Promise<ClickRun[]> {
  const deck = (await loadDeckDir(opts.decksDir)).decks.get(opts.deckId)!;
  const seen = new Set<string>();
  const start = fake.slashCommand({
    name: "practice",
    options: { deck: opts.deckId, questions: opts.runs + 1, timer: 120, mode: "typed" },
    user: HOST,
    channelId: TYPED_CHANNEL,
  });
  await fake.responseTo(start.id, 10_000);
  let question = await fake.waitFor(() => newQuestion(fake, TYPED_CHANNEL, seen), 15_000, "typed question 1");
  const runs: ClickRun[] = [];
  for (let k = 0; k <= opts.runs; k++) {
    if (k > 0) question = await revealAndWait(fake, question, seen);
    const shown = embedsText(question);
    const answer = deck.questions.find((q) => shown.includes(JSON.stringify(q.prompt).slice(1, -1)))!.answer;
    const typo = answer.length > 7 ? answer.slice(0, 2) + answer[3] + answer[2] + answer.slice(4) : answer;
    const typeId = buttonIds(question).find((id) => id.startsWith("q1.t."))!;
    const opened = await paced(opts.n, opts.windowMs, (i) =>
      fake.clickButton({ messageId: question.id, customId: typeId, user: player(i), channelId: TYPED_CHANNEL }).id,
    );
    await fake.waitFor(() => opened.every((id) => fake.interactions.get(id)?.modal), 15_000, "every modal");
    const cpuBefore = cpuMs(pid);
    const ids = await paced(
      opts.n,
      opts.windowMs,
      (i) =>
        fake.submitModal({ interactionId: opened[i]!, values: { answer: [answer, typo, "not it"][i % 3]! } }).id,
    );
    const label = `${opts.n} typed answers within ${opts.windowMs / 1000} s (#${k})`;
    const run = await measure(fake, label, ids, opts.windowMs, pid, cpuBefore, TYPED_ANSWERED);
    if (k > 0) runs.push(run);
  }
  return runs;
}

// ---------------------------------------------------------------------------------------------
// Baseline: a bare discord.js client that only replies
// ---------------------------------------------------------------------------------------------

interface Baseline {
  result: Omit<LiveResult["baseline"], "burst" | "peakRssMb">;
  /** One burst of 500 clicks, run while the bot's own bursts run (see runLiveBench). */
  burst(label: string): Promise<ClickRun>;
  peakRssMb(): number;
  stop(): Promise<void>;
}

/**
 * Starts the baseline on its own instance of the fake (a fake routes every interaction to its one
 * application's gateway, so the two clients can't share one while both are connected) and runs its
 * crowds. It stays connected: its bursts are run between the bot's.
 */
async function startBaseline(fake: FakeDiscord): Promise<Baseline> {
  const proc = spawn(process.execPath, ["bench/baseline-bot.mjs"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let out = "";
  proc.stderr!.on("data", (c: Buffer) => (out += c.toString("utf8")));
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));
  const stop = async () => {
    proc.kill("SIGKILL");
    await exited;
  };
  try {
    await fake.waitFor(
      () => out.includes('"msg":"ready"'),
      30_000,
      `the baseline client to be ready. Output:\n${out}`,
    );
    const pid = proc.pid!;
    // The message its players click is the bot's own question message (rendered by the bot's code,
    // posted through REST as a bot would), so both clients get the same interaction payloads: the
    // clicked message with its embed and buttons rides along in every INTERACTION_CREATE, and its
    // size is part of discord.js' and the fake's work per click.
    const res = await fetch(`${fake.apiUrl}/v10/channels/${DEFAULT_CHANNEL_ID}/messages`, {
      method: "POST",
      headers: { authorization: `Bot ${TEST_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({ ...(await questionMessage()), allowed_mentions: { parse: [] } }),
    });
    const message = fake.messages.get(((await res.json()) as { id: string }).id)!;
    const ids = buttonIds(message).filter((id) => id.startsWith("q1.a."));
    await crowd(fake, pid, "warm-up", message, ids, 200, 500); // JIT and connections; not reported
    const crowd200: ClickRun[] = [];
    for (let k = 0; k < REPEATS; k++)
      crowd200.push(await crowd(fake, pid, `200 players within 1 s (#${k + 1})`, message, ids, 200, 1000));
    const crowd1000 = await crowd(fake, pid, "1,000 players within 1 s", message, ids, 1000, 1000);
    const burstAlone: ClickRun[] = [];
    for (let k = 0; k < BURST_REPEATS; k++)
      burstAlone.push(await crowd(fake, pid, `${BURST} clicks at once (#${k + 1}, alone)`, message, ids, BURST, 0));
    return {
      result: { crowd200, crowd1000, burstAlone },
      burst: (label) => crowd(fake, pid, label, message, ids, BURST, 0),
      peakRssMb: () => procMemory(pid)?.hwmMb ?? NaN,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The first question of a python-asyncio practice round, as the bot renders it. */
async function questionMessage() {
  const { decks } = await loadDeckDir("decks");
  const state = createRound({
    id: "benchbaseline",
    guildId: DEFAULT_GUILD_ID,
    channelId: DEFAULT_CHANNEL_ID,
    hostId: HOST.id,
    deck: decks.get("python-asyncio")!,
    mode: "practice",
    count: 1,
    difficulty: "mixed",
    timerMs: 120_000,
    solo: false,
    seed: 1,
    now: Date.now(),
  });
  return renderItem(state);
}

// ---------------------------------------------------------------------------------------------
// The bot
// ---------------------------------------------------------------------------------------------

const embedsText = (m: FakeMessage) => JSON.stringify(m.embeds);

/** The first public question message in a channel that is not in `seen`. */
function newQuestion(fake: FakeDiscord, channel: string, seen: Set<string>): FakeMessage | undefined {
  return fake
    .channelMessages(channel)
    .find(
      (m) =>
        !seen.has(m.id) &&
        !(m.flags & EPHEMERAL) &&
        m.embeds.length > 0 &&
        embedsText(m).includes("Question"),
    );
}

const buttonIds = (m: FakeMessage) => buttonsOf(m).map((b) => String(b.custom_id));
const answerIds = (m: FakeMessage) => buttonIds(m).filter((id) => id.startsWith("q1.a."));
const revealId = (m: FakeMessage) => buttonIds(m).find((id) => id.startsWith("q1.r."))!;

async function revealAndWait(
  fake: FakeDiscord,
  question: FakeMessage,
  seen: Set<string>,
): Promise<FakeMessage> {
  seen.add(question.id);
  const r = fake.clickButton({
    messageId: question.id,
    customId: revealId(question),
    user: HOST,
    channelId: question.channel_id,
  });
  await fake.responseTo(r.id, 10_000);
  return fake.waitFor(() => newQuestion(fake, question.channel_id, seen), 15_000, "the next question");
}

async function questionsIn(
  fake: FakeDiscord,
  channels: string[],
  seen: Set<string>,
  what: string,
): Promise<FakeMessage[]> {
  return fake.waitFor(
    () => {
      const found = channels.map((c) => newQuestion(fake, c, seen));
      return found.every(Boolean) ? (found as FakeMessage[]) : undefined;
    },
    30_000,
    what,
  );
}

async function makeWorld(fake: FakeDiscord, withBenchDecks: boolean): Promise<World> {
  const dir = await mkdtemp(join(tmpdir(), "quizdeck-bench-live-"));
  const decksDir = join(dir, "decks");
  await cp("decks", decksDir, { recursive: true });
  if (withBenchDecks) await writeBenchDecks(decksDir, START_DECKS, START_DECK_QUESTIONS);
  return {
    fake,
    dir,
    storeUrl: `sqlite://${join(dir, "quizdeck.sqlite")}`,
    decksDir,
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

async function timedStart(
  world: World,
): Promise<{ bot: BotProcess; ms: number; decks: number; rssMb: number }> {
  const t0 = performance.now();
  // The compiled entry, as `npm start` and the Docker image run it (`npm run bench` builds first).
  const bot = await startBot(
    world,
    { LOG_LEVEL: "info", NODE_OPTIONS: process.env.BENCH_BOT_NODE_OPTIONS ?? "" },
    { compiled: true },
  );
  const ms = Math.round(performance.now() - t0);
  const ready = await bot.waitForLog("ready");
  return { bot, ms, decks: Number(ready.decks ?? NaN), rssMb: procMemory(bot.proc.pid!)?.rssMb ?? NaN };
}

/** Start-up with 100 extra decks: time from spawning the process to its "ready" log line. */
async function runStartup(fake: FakeDiscord): Promise<LiveResult["startup"]> {
  const world = await makeWorld(fake, true);
  let bot: BotProcess | undefined;
  try {
    const started = await timedStart(world);
    bot = started.bot;
    const peakRssMb = procMemory(bot.proc.pid!)?.hwmMb ?? NaN;
    return {
      decks: started.decks,
      questionsPerDeck: START_DECK_QUESTIONS,
      startToReadyMs: started.ms,
      rssAtReadyMb: started.rssMb,
      peakRssMb,
    };
  } finally {
    await bot?.stop("SIGKILL");
    await world.close();
  }
}

export async function runLiveBench(log: (line: string) => void = () => {}): Promise<LiveResult> {
  const fake = await startFakeDiscord({ token: TEST_TOKEN, guilds: [benchGuild()] });
  const baselineFake = await startFakeDiscord({ token: TEST_TOKEN, guilds: [benchGuild()] });
  let world: World | undefined;
  let bot: BotProcess | undefined;
  let sampler: RssSampler | undefined;
  let baseline: Baseline | undefined;
  try {
    log("baseline: a bare discord.js client that only replies");
    baseline = await startBaseline(baselineFake);
    const alone = baseline.result;
    log(
      `baseline: 200 players p99 ${alone.crowd200.map((r) => r.latency.p99).join(", ")} ms; bursts ${alone.burstAlone.map((r) => r.perSec).join(", ")}/s`,
    );

    log(`start-up with ${START_DECKS} more decks`);
    const startup = await runStartup(fake);
    log(
      `start-up: ready after ${startup.startToReadyMs} ms with ${startup.decks} decks, RSS ${startup.rssAtReadyMb.toFixed(0)} MB`,
    );

    world = await makeWorld(fake, false);
    const started = await timedStart(world);
    bot = started.bot;
    const pid = bot.proc.pid!;
    sampler = new RssSampler(pid);
    await fake.waitForCommands();

    // One public round in #general, warmed up first (a running bot is warm): then 100 more rounds
    // in their own channels, then one crowd per question of the #general round, the host
    // revealing in between.
    const seen = new Set<string>();
    const start = fake.slashCommand({
      name: "practice",
      options: { deck: "python-asyncio", questions: 2 + REPEATS + BURST_REPEATS, timer: 120 },
      user: HOST,
      channelId: DEFAULT_CHANNEL_ID,
    });
    await fake.responseTo(start.id, 10_000);
    let question = await fake.waitFor(
      () => newQuestion(fake, DEFAULT_CHANNEL_ID, seen),
      15_000,
      "question 1",
    );
    await crowd(fake, pid, "warm-up", question, answerIds(question), 200, 500, 50_000); // not reported

    // 100 channels, each with its own round, all at once.
    const chans = Array.from({ length: CHANNELS }, (_, i) => channelId(i));
    sampler.reset();
    let cpuBefore = cpuMs(pid);
    const cmdIds = chans.map(
      (c, i) =>
        fake.slashCommand({
          name: "practice",
          options: { deck: BUILT_IN[i % BUILT_IN.length]!, questions: 3, timer: 120 },
          user: HOST,
          channelId: c,
        }).id,
    );
    const firstCommandAt = fake.interactions.get(cmdIds[0]!)!.sentAt;
    const commands = await measure(fake, `${CHANNELS} /practice commands at once`, cmdIds, 0, pid, cpuBefore);
    const questions = await questionsIn(fake, chans, seen, "a question in every channel");
    const allQuestionsPostedMs = Math.max(...questions.map((q) => Date.parse(q.timestamp))) - firstCommandAt;
    log(
      `${CHANNELS} rounds: commands p99 ${commands.latency.p99} ms, all questions posted after ${allQuestionsPostedMs} ms`,
    );
    cpuBefore = cpuMs(pid);
    const clickIds = await paced(CHANNELS * PLAYERS_PER_CHANNEL, 1000, (k) => {
      const q = questions[k % CHANNELS]!;
      const ids = answerIds(q);
      return fake.clickButton({
        messageId: q.id,
        customId: ids[k % ids.length]!,
        user: player(k),
        channelId: q.channel_id,
      }).id;
    });
    const clicks = await measure(
      fake,
      `${CHANNELS * PLAYERS_PER_CHANNEL} answers across ${CHANNELS} rounds within 1 s`,
      clickIds,
      1000,
      pid,
      cpuBefore,
      ANSWERED,
    );
    log(`${CHANNELS} rounds: answers p99 ${clicks.latency.p99} ms`);
    for (const q of questions) seen.add(q.id);
    cpuBefore = cpuMs(pid);
    const revealIds = questions.map(
      (q) =>
        fake.clickButton({ messageId: q.id, customId: revealId(q), user: HOST, channelId: q.channel_id }).id,
    );
    const firstRevealAt = fake.interactions.get(revealIds[0]!)!.sentAt;
    const reveals = await measure(fake, `${CHANNELS} host reveals at once`, revealIds, 0, pid, cpuBefore);
    const next = await questionsIn(fake, chans, seen, "the next question in every channel");
    const allAdvancedMs = Math.max(...next.map((q) => Date.parse(q.timestamp))) - firstRevealAt;
    sampler.sample();
    const channels = {
      rounds: CHANNELS,
      commands,
      allQuestionsPostedMs,
      clicks,
      reveals,
      allAdvancedMs,
      peakRssMb: sampler.peakMb,
    };
    log(
      `${CHANNELS} rounds: all advanced after ${allAdvancedMs} ms; peak RSS ${sampler.peakMb.toFixed(0)} MB`,
    );

    // Repeats (a fresh question each) because one run on a shared 2-core machine is noisy.
    const crowd200: ClickRun[] = [];
    for (let k = 0; k < REPEATS; k++) {
      question = await revealAndWait(fake, question, seen);
      const label = `200 players within 1 s (#${k + 1})`;
      crowd200.push(await crowd(fake, pid, label, question, answerIds(question), 200, 1000, 0, ANSWERED));
      const r = crowd200.at(-1)!;
      log(`bot: 200 players p50 ${r.latency.p50} p99 ${r.latency.p99} max ${r.latency.max} ms`);
    }
    question = await revealAndWait(fake, question, seen);
    const crowd1000 = await crowd(
      fake,
      pid,
      "1,000 players within 1 s",
      question,
      answerIds(question),
      1000,
      1000,
      0,
      ANSWERED,
    );
    log(
      `bot: 1,000 players p50 ${crowd1000.latency.p50} p99 ${crowd1000.latency.p99} max ${crowd1000.latency.max} ms`,
    );
    // Bursts in turn with the baseline's, each client's after a pause with nothing else running, and
    // which goes first alternating. Measured apart (the baseline first, a minute earlier), the
    // comparison also measured the drift of the machine and of the driver process in between.
    const burst: ClickRun[] = [];
    const baselineBurst: ClickRun[] = [];
    for (let k = 0; k < BURST_REPEATS; k++) {
      question = await revealAndWait(fake, question, seen);
      const label = `${BURST} clicks at once (#${k + 1})`;
      const baselineTurn = async () => {
        await sleep(SETTLE_MS);
        baselineBurst.push(await baseline!.burst(label));
      };
      if (baselineFirst(k)) await baselineTurn();
      await sleep(SETTLE_MS);
      burst.push(await crowd(fake, pid, label, question, answerIds(question), BURST, 0, 0, ANSWERED));
      if (!baselineFirst(k)) await baselineTurn();
      log(`burst #${k + 1}: bot ${burst.at(-1)!.perSec}/s, baseline ${baselineBurst.at(-1)!.perSec}/s`);
    }
    const baselineResult = { ...alone, burst: baselineBurst, peakRssMb: baseline.peakRssMb() };
    await baseline.stop();

    const typed200 = await typedCrowds(fake, pid, {
      runs: REPEATS,
      n: 200,
      windowMs: 1000,
      deckId: "python-asyncio",
      decksDir: world.decksDir,
    });
    for (const r of typed200)
      log(`bot: 200 typed answers p50 ${r.latency.p50} p99 ${r.latency.p99} max ${r.latency.max} ms`);

    if (process.env.BENCH_DEBUG) console.log(bot.logs.filter((l) => !l.startsWith("{")).join("\n"));
    const peakRssMb = procMemory(pid)?.hwmMb ?? NaN;
    const errorLines = bot.logs.filter((l) => l.includes('"level":"error"'));
    const errorLogs = errorLines.length;
    const errorSamples = [...new Set(errorLines.map(describeLogLine))].slice(0, 5);
    await bot.stop("SIGKILL");
    const storeCheck = await checkStore(world.storeUrl, fake);
    return {
      baseline: baselineResult,
      startup,
      bot: {
        startToReadyMs: started.ms,
        decks: started.decks,
        rssAtReadyMb: started.rssMb,
        crowd200,
        crowd1000,
        burst,
        typed200,
        peakRssMb,
        errorLogs,
        errorSamples,
      },
      channels,
      storeCheck,
    };
  } finally {
    sampler?.stop();
    await bot?.stop("SIGKILL");
    await baseline?.stop();
    await fake.close();
    await baselineFake.close();
    await world?.close();
  }
}

function describeLogLine(line: string): string {
  try {
    const entry = JSON.parse(line) as { msg?: string; kind?: string; err?: { message?: string } };
    return [entry.msg, entry.kind, entry.err?.message?.slice(0, 120)].filter(Boolean).join(": ");
  } catch {
    return line.slice(0, 160);
  }
}

/** Compares, per player, the answers the store holds with the Correct / Not quite replies they got. */
async function checkStore(storeUrl: string, fake: FakeDiscord): Promise<LiveResult["storeCheck"]> {
  const store = await openStore(storeUrl, { logger: { warn: () => {} } });
  const problems: string[] = [];
  try {
    const told = new Map<string, number>();
    for (const it of fake.interactions.values()) {
      const content = it.response?.body.data?.content;
      if (typeof content === "string" && ANSWERED.test(content))
        told.set(it.user.id, (told.get(it.user.id) ?? 0) + 1);
    }
    let toldSum = 0;
    let stored = 0;
    for (const [userId, replies] of told) {
      const s = await store.stats.get(DEFAULT_GUILD_ID, userId);
      toldSum += replies;
      stored += s.answered;
      if (s.answered !== replies)
        problems.push(`${userId}: told ${replies} times, ${s.answered} answers stored`);
    }
    return { told: toldSum, stored, problems: problems.slice(0, 10) };
  } finally {
    await store.close();
  }
}
