/**
 * Past one process: `npm run start:sharded` as two "machines" (SHARD_COUNT=2, SHARD_IDS=0 and 1)
 * against one fake Discord and one store (Redis when REDIS_URL is set, else one SQLite file in WAL
 * mode), then one machine with SHARD_COUNT=auto.
 *
 * Why the shared store stays right: a server belongs to exactly one shard, its interactions only
 * reach that shard's process, and every key the bot writes is per server (stats, boards, awards,
 * settings, decks, schedules, claims, the per-server index of running rounds), so the in-process
 * caches and locks of the process owning a server are the only writers of its keys. The keys
 * shared by all servers are "meta" (written at start-up, read by nobody) and the 0.1 "rounds:active"
 * index, which each process only drains (see src/store/rounds.ts).
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTime, zonedInstant } from "../../src/engine/daily.js";
import { localDay } from "../../src/engine/streaks.js";
import { openStore, type Store } from "../../src/store/index.js";
import { bruteForce } from "../store/helpers.js";
import { buttonsOf, type FakeGuild, type FakeMessage, type FakeUser } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "../e2e/harness.js";
import { command, httpGet, poll, sample } from "./helpers.js";

const EPHEMERAL = 64;
const MANAGER = { entry: "src/sharded.ts", readyLog: "all shards ready" };
const dave: FakeUser = { id: "1100000000000000103", username: "dave", global_name: "Dave" };

/** A snowflake whose server lands on `shard` of `count`: (id >> 22) % count. */
function guildOn(shard: number, count: number, n: number): FakeGuild {
  const high = 1_000_000_000n * BigInt(count) + BigInt(shard) + BigInt(n * count);
  const id = ((high << 22n) + 7n).toString();
  const channels = [
    { id: `${id.slice(0, -2)}42`, name: "quiz" },
    { id: `${id.slice(0, -2)}43`, name: "daily" },
  ];
  return { id, name: `shard ${shard} server ${n}`, channels };
}

/**
 * A daily quiz whose post was due ten minutes ago (local noon-ish, so it is today's), saved
 * before the bot starts: the owning shard posts it at start-up, and nobody else may.
 */
async function missedDaily(store: Store, guild: FakeGuild) {
  const offset = 12 - new Date().getUTCHours();
  const timezone = offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
  const now = Date.now();
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone: timezone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(now - 10 * 60_000);
  await store.settings.set(guild.id, { timezone });
  await store.dailies.update(guild.id, () => ({
    version: 1,
    channelId: guild.channels![1]!.id,
    time,
    deckId: "js-promises",
    questions: 1,
    enabled: true,
    disabledReason: null,
    nextRunAt: zonedInstant(localDay(now, timezone), parseTime(time)!, timezone),
    rotation: {},
    open: [],
    setBy: users.carol.id,
    updatedAt: now,
  }));
}

const dailyPosts = (world: World, guild: FakeGuild) =>
  world.fake.channelMessages(guild.channels![1]!.id).filter((m) => m.content.includes("Question of the day"));

/** STORE_URL and a fresh namespace, so runs sharing a Redis never see each other's keys. */
function sharedStore(world: World) {
  const redis = process.env.REDIS_URL;
  const namespace = `qdshard-${process.pid}-${randomBytes(4).toString("hex")}`;
  return { url: redis ?? world.storeUrl, namespace, kind: redis ? "redis" : "sqlite" };
}

async function click(world: World, message: FakeMessage, customId: string, user: FakeUser) {
  const sent = world.fake.clickButton({
    messageId: message.id,
    customId,
    user,
    channelId: message.channel_id,
  });
  return world.fake.responseTo(sent.id, 15_000);
}

/**
 * A public 2-question practice round: `right` answer correctly, `wrong` do not, the host reveals.
 * Returns the round id once its summary is posted.
 */
async function playRound(
  world: World,
  store: Store,
  guild: FakeGuild,
  host: FakeUser,
  right: FakeUser[],
  wrong: FakeUser[],
) {
  const channelId = guild.channels![0]!.id;
  const seen = new Set<string>();
  const summaries = () =>
    world.fake.channelMessages(channelId).filter((m) => JSON.stringify(m.embeds).includes("Round over"))
      .length;
  const summariesBefore = summaries();
  await command(
    world.fake,
    "practice",
    { deck: "python-asyncio", questions: 2, timer: 60 },
    { user: host, guildId: guild.id, channelId },
  );
  let roundId = "";
  for (let q = 0; q < 2; q++) {
    const question = await world.fake.waitFor(
      () =>
        world.fake
          .channelMessages(channelId)
          .find((m) => !seen.has(m.id) && !(m.flags & EPHEMERAL) && buttonsOf(m).length > 0),
      20_000,
      `question ${q + 1} in ${guild.name}`,
    );
    seen.add(question.id);
    const ids = buttonsOf(question).map((b) => String(b.custom_id));
    const answers = ids.filter((id) => id.startsWith("q1.a."));
    roundId = answers[0]!.split(".")[2]!;
    const state = await store.rounds.get(roundId);
    const item = state!.items[state!.index]!;
    if (item.kind !== "question") throw new Error("expected a question");
    const correct = item.question.correctIndex;
    await Promise.all([
      ...right.map((u) => click(world, question, answers[correct]!, u)),
      ...wrong.map((u) => click(world, question, answers[(correct + 1) % answers.length]!, u)),
    ]);
    await click(
      world,
      question,
      ids.find((id) => id.startsWith("q1.r."))!,
      host,
    );
  }
  await world.fake.waitFor(() => summaries() > summariesBefore, 20_000, `the summary in ${guild.name}`);
  return roundId;
}

/** Points per player from the round's own records: what the boards must say. */
async function expectedBoard(store: Store, roundIds: string[]) {
  const points = new Map<string, number>();
  for (const id of roundIds) {
    // The ended state is saved just after the summary is posted (and answers only every 500 ms).
    let state = await store.rounds.get(id);
    for (let tries = 0; state?.status !== "ended" && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = await store.rounds.get(id);
    }
    expect(state?.status, `round ${id}'s record`).toBe("ended");
    for (const item of state!.items)
      for (const a of item.answers) points.set(a.userId, (points.get(a.userId) ?? 0) + a.points);
  }
  return bruteForce(points);
}

/** `npm run start:sharded`, returning once the manager and its `shards` processes are ready. */
async function startMachine(world: World, env: Record<string, string>, shards: number) {
  const m = await startBot(world, env, MANAGER);
  // The manager hears "ready" from discord.js before the shard logs its own (after recovery).
  await world.fake.waitFor(
    () => logLines(m).filter((l) => l.msg === "ready").length === shards,
    20_000,
    "the shards' ready lines",
  );
  return m;
}

const logLines = (bot: BotProcess) =>
  bot.logs.flatMap((l) => {
    try {
      return [JSON.parse(l) as Record<string, unknown>];
    } catch {
      return [];
    }
  });

describe("two machines, one shard each, one shared store", () => {
  const guildA = guildOn(0, 2, 1);
  const guildA2 = guildOn(0, 2, 2);
  const guildB = guildOn(1, 2, 1);
  let world: World;
  let machines: BotProcess[] = [];
  let store: Store;
  let shared: ReturnType<typeof sharedStore>;
  let env: Record<string, string>;

  beforeAll(async () => {
    world = await startWorld({ guilds: [guildA, guildB, guildA2] });
    shared = sharedStore(world);
    console.info(
      `sharding test: store ${shared.kind}${shared.kind === "sqlite" ? " (set REDIS_URL to use Redis)" : ""}`,
    );
    store = await openStore(shared.url, { namespace: shared.namespace, cacheLimit: 0 });
    await missedDaily(store, guildA);
    await missedDaily(store, guildB);
    env = {
      STORE_URL: shared.url,
      STORE_NAMESPACE: shared.namespace,
      SHARD_COUNT: "2",
      HTTP_PORT: "0",
      LOG_LEVEL: "info",
    };
    machines = await Promise.all([
      startMachine(world, { ...env, SHARD_IDS: "0" }, 1),
      startMachine(world, { ...env, SHARD_IDS: "1" }, 1),
    ]);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(machines.map((m) => m.stop()));
    if (store && shared.kind === "redis") await store.keyv.clear();
    await store?.close();
    await world?.close();
  });

  it("splits the servers between the shards, as Discord does", async () => {
    await world.fake.waitForShards([0, 1]);
    expect(world.fake.gateway.connectedShards()).toEqual([0, 1]);
    const ready = machines.map((m) => logLines(m).find((l) => l.msg === "ready"));
    expect(ready.map((r) => [r?.shard, r?.guilds])).toEqual([
      [0, 2],
      [1, 1],
    ]);
    // Commands are registered once for the application, by shard 0's process.
    expect(ready.map((r) => r?.commands)).toEqual([expect.any(Number), 0]);
    expect(
      world.fake.requests.filter((r) => r.method === "PUT" && r.path.endsWith("/commands")),
    ).toHaveLength(1);
  });

  it("posts each server's missed daily once, from the shard owning the server", async () => {
    const posted = () => machines.flatMap(logLines).filter((l) => l.msg === "daily posted");
    await world.fake.waitFor(() => posted().length >= 2, 15_000, "both dailies");
    // Each shard's scheduler logs "started" after its start-up run (where a double post would be):
    // once every shard has, nothing more can come from start-up. No fixed window.
    await world.fake.waitFor(
      () => machines.flatMap(logLines).filter((l) => l.msg === "daily scheduler started").length >= 2,
      15_000,
      "both shards' start-up daily runs",
    );
    expect(
      posted()
        .map((l) => [l.guild, l.shard])
        .sort(),
    ).toEqual(
      [
        [guildA.id, 0],
        [guildB.id, 1],
      ].sort(),
    );
    expect(dailyPosts(world, guildA)).toHaveLength(1);
    expect(dailyPosts(world, guildB)).toHaveLength(1);
    expect(dailyPosts(world, guildA2)).toHaveLength(0);
  });

  it("plays rounds in servers of both shards at once and keeps every board exact", async () => {
    const rounds: string[] = await Promise.all([
      playRound(world, store, guildA, users.alice, [users.alice, users.bob], [users.carol]),
      playRound(world, store, guildB, users.bob, [users.alice, dave], [users.bob]),
      playRound(world, store, guildA2, dave, [dave], [users.alice]),
    ]);
    // A second round in A: points add up across rounds.
    rounds.push(await playRound(world, store, guildA, users.carol, [users.carol], [users.bob]));
    const byGuild = {
      [guildA.id]: [rounds[0]!, rounds[3]!],
      [guildB.id]: [rounds[1]!],
      [guildA2.id]: [rounds[2]!],
    };

    for (const guild of [guildA, guildB, guildA2]) {
      const expected = await expectedBoard(store, byGuild[guild.id]!);
      expect(expected.length).toBeGreaterThan(0);
      expect(await store.leaderboard.top(guild.id, "all", 10, Date.now(), "UTC")).toEqual(expected);
      for (const e of expected) expect((await store.stats.get(guild.id, e.userId)).points).toBe(e.points);
      // And what players see, answered by the shard owning the server.
      const lb = await command(
        world.fake,
        "leaderboard",
        { period: "all" },
        { user: users.alice, guildId: guild.id, channelId: guild.channels![0]!.id },
      );
      const shown = [...String(lb.data.embeds?.[0]?.description).matchAll(/<@(\d+)>: (\d+) pts/g)].map(
        (m) => [m[1], Number(m[2])],
      );
      expect(shown).toEqual(expected.map((e) => [e.userId, e.points]));
    }

    // Each server's interactions were handled by its own shard's process, and exactly once: the
    // bots' own records (one "interaction" line per handled interaction, with its id), not the
    // fake's routing, which would look right even if a process handled another shard's events.
    const handledLines = () =>
      machines
        .flatMap(logLines)
        .filter((l) => ["interaction", "interaction refused", "interaction failed"].includes(String(l.msg)));
    const shardOfGuild = { [guildA.id]: 0, [guildA2.id]: 0, [guildB.id]: 1 };
    const sent = [...world.fake.interactions.values()];
    expect(sent.length).toBeGreaterThan(20);
    // A line is written once its handler is done, which can be just after Discord got the reply.
    await world.fake.waitFor(() => handledLines().length >= sent.length, 10_000, "a log line per interaction");
    const handled = handledLines();
    expect(handled.map((l) => l.interaction).sort()).toEqual(sent.map((i) => i.id).sort());
    for (const i of sent) {
      const line = handled.find((l) => l.interaction === i.id)!;
      expect({ interaction: i.id, shard: line.shard, guild: line.guild }).toEqual({
        interaction: i.id,
        shard: shardOfGuild[i.guildId],
        guild: i.guildId,
      });
    }
    expect(world.fake.rejectedRequests).toEqual([]);
  });

  it("serves each machine's /healthz and /metrics from its manager, summed over its shards", async () => {
    for (const [i, m] of machines.entries()) {
      const { port } = logLines(m).find((l) => l.msg === "http listening" && l.role === "manager")!;
      const base = `http://127.0.0.1:${String(port)}`;
      const health = await httpGet(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(JSON.parse(health.body)).toMatchObject({
        ok: true,
        checks: { shards: { [i]: { ready: true, gateway: true, store: true } } },
      });
      const text = (await httpGet(`${base}/metrics`)).body;
      // Machine 0 (servers A and A2) started three rounds, machine 1 (server B) one.
      expect(sample(text, 'quizdeck_interactions_total{kind="command:practice",outcome="ok"}')).toBe(
        i === 0 ? 3 : 1,
      );
      expect(sample(text, "quizdeck_rounds_running")).toBe(1); // each machine's open daily question
    }
  });

  it("after one machine crashes, its restart recovers only its own servers' rounds", async () => {
    const start = async (guild: FakeGuild, host: FakeUser) => {
      const channelId = guild.channels![0]!.id;
      const before = new Set(world.fake.channelMessages(channelId).map((m) => m.id));
      await command(
        world.fake,
        "practice",
        { deck: "python-asyncio", questions: 2, timer: 60 },
        { user: host, guildId: guild.id, channelId },
      );
      return world.fake.waitFor(() =>
        world.fake.channelMessages(channelId).find((m) => !before.has(m.id) && buttonsOf(m).length > 0),
      );
    };
    const [qA, qB] = await Promise.all([start(guildA, users.alice), start(guildB, users.bob)]);
    // Crash only once B's round has stored where its message is (a crash before that leaves
    // nothing to edit, which is not what this test is about).
    const roundB = String(buttonsOf(qB!)[0]!.custom_id).split(".")[2]!;
    await poll(
      async () => ((await store.rounds.getMessage(roundB))?.messageId === qB!.id ? true : undefined),
      5000,
      "B's message location",
    );
    const crashed = machines[1]!;
    const shardPid = logLines(crashed).find((l) => l.msg === "ready")!.pid as number;
    process.kill(shardPid, "SIGKILL");
    await crashed.stop("SIGKILL");

    machines[1] = await startMachine(world, { ...env, SHARD_IDS: "1" }, 1);
    expect(logLines(machines[1]).find((l) => l.msg === "ready")).toMatchObject({ shard: 1, recovered: 1 });
    await world.fake.waitFor(
      () => world.fake.messages.get(qB!.id)!.content.includes("interrupted"),
      20_000,
      "B's round interrupted",
    );
    // A's round, on the machine that kept running, was left alone and still plays.
    expect(world.fake.messages.get(qA!.id)!.content).not.toContain("interrupted");
    const roundA = String(buttonsOf(qA!)[0]!.custom_id).split(".")[2]!;
    expect((await store.rounds.get(roundA))?.status).toBe("running");
    await click(
      world,
      qA!,
      buttonsOf(qA!)
        .map((b) => String(b.custom_id))
        .find((id) => id.startsWith("q1.r."))!,
      users.alice,
    );
    await world.fake.waitFor(
      () =>
        world.fake
          .channelMessages(guildA.channels![0]!.id)
          .some((m) => JSON.stringify(m.embeds).includes("Question 2/2")),
      20_000,
      "A's next question",
    );
    await command(
      world.fake,
      "stop",
      {},
      { user: users.alice, guildId: guildA.id, channelId: guildA.channels![0]!.id },
    );
    // B's daily question was open during the crash: still posted once, not again after the restart.
    await machines[1].waitForLog("daily scheduler started");
    expect(dailyPosts(world, guildB)).toHaveLength(1);
    expect(world.fake.messages.get(dailyPosts(world, guildB)[0]!.id)!.content).not.toContain("interrupted");
  });

  it("stops every shard on SIGTERM and exits 0", async () => {
    const shardPids = machines.map((m) => logLines(m).find((l) => l.msg === "ready")!.pid as number);
    expect(await Promise.all(machines.map((m) => m.stop("SIGTERM")))).toEqual([0, 0]);
    for (const pid of shardPids) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });
});

describe("one machine with SHARD_COUNT=auto", () => {
  let world: World;
  let machine: BotProcess | undefined;
  afterAll(async () => {
    await machine?.stop();
    await world?.close();
  });

  it("runs as many shards as GET /gateway/bot recommends, one process each", async () => {
    world = await startWorld({ guilds: [guildOn(0, 2, 1), guildOn(1, 2, 1)] });
    world.fake.recommendedShards = 2;
    machine = await startMachine(world, { STORE_URL: world.storeUrl, HTTP_PORT: "0" }, 2);
    expect(world.fake.gateway.connectedShards()).toEqual([0, 1]);
    const ready = logLines(machine).filter((l) => l.msg === "ready");
    expect(ready.map((r) => [r.shard, r.guilds]).sort()).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(new Set(ready.map((r) => r.pid)).size).toBe(2);

    // The manager dies hard: its shards notice the closed IPC channel and stop, instead of
    // lingering next to the shards of a restarted manager.
    await machine.stop("SIGKILL");
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    await poll(
      async () => (ready.some((r) => alive(r.pid as number)) ? undefined : true),
      15_000,
      "the orphaned shards to exit",
    );
  }, 60_000);
});
