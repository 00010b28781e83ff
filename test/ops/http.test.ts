/**
 * /healthz and /metrics: the server and the metrics on their own, then the real bot process with
 * HTTP_PORT=0 (a free port, logged), scraped before and after a command.
 */
import { Status } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkHealth } from "../../src/http/bot.js";
import { cachedFor, startHttpServer, within, type Health } from "../../src/http/server.js";
import { Metrics } from "../../src/metrics.js";
import { DEFAULT_CHANNEL_ID } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "../e2e/harness.js";
import { command, httpGet, poll, sample } from "./helpers.js";

const OK = 'quizdeck_interactions_total{kind="command:leaderboard",outcome="ok"}';

describe("metrics", () => {
  it("counts interactions by kind and outcome, with latency, rounds and store timings", async () => {
    const m = new Metrics();
    let rounds = 3;
    m.countRoundsWith(() => rounds);
    m.interaction("command:leaderboard", "ok", 12);
    m.interaction("command:leaderboard", "ok", 30);
    m.interaction("component:answer", "refused", 2);
    m.observeStore("write", 0.004, true);
    let text = await m.registry.metrics();
    expect(sample(text, OK)).toBe(2);
    expect(sample(text, 'quizdeck_interactions_total{kind="component:answer",outcome="refused"}')).toBe(1);
    expect(
      sample(text, 'quizdeck_interaction_duration_seconds_bucket{le="0.025",kind="command:leaderboard"}'),
    ).toBe(1);
    expect(sample(text, 'quizdeck_interaction_duration_seconds_count{kind="command:leaderboard"}')).toBe(2);
    expect(sample(text, 'quizdeck_store_operation_duration_seconds_count{op="write",outcome="ok"}')).toBe(1);
    expect(sample(text, "quizdeck_rounds_running")).toBe(3);
    rounds = 0;
    text = await m.registry.metrics();
    expect(sample(text, "quizdeck_rounds_running")).toBe(0);
  });

  it("keeps label values few: odd or too many kinds become 'other'", async () => {
    const m = new Metrics();
    m.interaction("component:<script>", "error", 1);
    for (let i = 0; i < 150; i++) m.interaction(`command:c${i}`, "ok", 1);
    const text = await m.registry.metrics();
    expect(sample(text, 'quizdeck_interactions_total{kind="other",outcome="error"}')).toBe(1);
    expect(sample(text, 'quizdeck_interactions_total{kind="other",outcome="ok"}')).toBe(50);
  });
});

describe("HTTP server", () => {
  let health: () => Promise<Health> = async () => ({ ok: true, checks: {} });
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  const m = new Metrics();
  beforeAll(async () => {
    server = await startHttpServer(0, {
      health: () => health(),
      metrics: async () => ({ contentType: m.registry.contentType, body: await m.registry.metrics() }),
    });
  });
  afterAll(() => server.close());
  const get = (path: string) => httpGet(`http://127.0.0.1:${server.port}${path}`);

  it("listens on loopback unless told otherwise", () => {
    expect(server.host).toBe("127.0.0.1");
  });

  it("answers /healthz 200 when healthy and 503 when not, or when the check fails", async () => {
    expect(await get("/healthz")).toMatchObject({ status: 200, type: "application/json" });
    health = async () => ({ ok: false, checks: { gateway: false } });
    const down = await get("/healthz");
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toEqual({ ok: false, checks: { gateway: false } });
    health = () => Promise.reject(new Error("boom"));
    expect((await get("/healthz")).status).toBe(503);
  });

  it("serves Prometheus text on /metrics and nothing else", async () => {
    m.interaction("command:stats", "ok", 5);
    const res = await get("/metrics");
    expect(res.status).toBe(200);
    expect(res.type).toContain("text/plain; version=0.0.4");
    expect(res.body).toContain("# TYPE quizdeck_interactions_total counter");
    expect(sample(res.body, 'quizdeck_interactions_total{kind="command:stats",outcome="ok"}')).toBe(1);
    expect((await get("/")).status).toBe(404);
    expect((await get("/healthz/more")).status).toBe(404);
    health = async () => ({ ok: true, checks: {} });
    expect((await get("/healthz?verbose=1")).status).toBe(200);
  });

  it("reports a store that does not answer within 2 s as unhealthy instead of hanging", async () => {
    expect(await within(new Promise(() => {}), 20, "late")).toBe("late");
    const client = {
      isReady: () => true,
      ws: { shards: new Map([[0, { status: Status.Ready }]]) },
      guilds: { cache: new Map() },
    };
    const hung = { keyv: { get: () => new Promise(() => {}) } };
    const started = Date.now();
    const h = await checkHealth({ client, store: hung } as never);
    expect(h).toEqual({ ok: false, checks: { gateway: true, store: false, guilds: 0 } });
    expect(Date.now() - started).toBeLessThan(3000);
    const resuming = { ...client, ws: { shards: new Map([[0, { status: Status.Resuming }]]) } };
    const fine = { keyv: { get: async () => undefined } };
    expect((await checkHealth({ client: resuming, store: fine } as never)).checks).toMatchObject({
      gateway: false,
      store: true,
    });
  });
});

describe("a scrape cached for 1 s (the shard manager's)", () => {
  it("shares one answer within the second, asks again after it, and never keeps a failure", async () => {
    let clock = 0;
    let asked = 0;
    let fail = false;
    const take = cachedFor(
      1000,
      async () => {
        asked++;
        if (fail) throw new Error("shard gone");
        return asked;
      },
      () => clock,
    );
    expect(await Promise.all([take(), take()])).toEqual([1, 1]);
    clock = 999;
    expect(await take()).toBe(1);
    clock = 1000;
    expect(await take()).toBe(2);
    fail = true;
    clock = 3000;
    await expect(take()).rejects.toThrow("shard gone");
    fail = false;
    expect(await take()).toBe(4);
    expect(asked).toBe(4);
  });
});

describe("the bot with HTTP_PORT set", () => {
  let world: World;
  let bot: BotProcess;
  let base: string;
  beforeAll(async () => {
    world = await startWorld();
    bot = await startBot(world, { HTTP_PORT: "0" });
    const { port, host } = await bot.waitForLog("http listening");
    expect(host).toBe("127.0.0.1"); // HTTP_HOST unset: loopback only
    base = `http://127.0.0.1:${String(port)}`;
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await world?.close();
  });

  it("is healthy once ready, and /metrics counts a command it plays", async () => {
    const healthz = await httpGet(`${base}/healthz`);
    expect(healthz.status).toBe(200);
    expect(JSON.parse(healthz.body)).toMatchObject({
      ok: true,
      checks: { gateway: true, store: true, guilds: 1 },
    });

    const before = sample((await httpGet(`${base}/metrics`)).body, OK) ?? 0;
    await command(world.fake, "leaderboard", { period: "all" }, { user: users.alice });
    const after = await poll(
      async () => {
        const v = sample((await httpGet(`${base}/metrics`)).body, OK) ?? 0;
        return v > before ? v : undefined;
      },
      5000,
      "the leaderboard command in /metrics",
    );
    expect(after).toBe(before + 1);

    await command(
      world.fake,
      "practice",
      { deck: "python-asyncio", questions: 1, timer: 60 },
      { user: users.bob, channelId: DEFAULT_CHANNEL_ID },
    );
    const text = await poll(
      async () => {
        const body = (await httpGet(`${base}/metrics`)).body;
        const done =
          sample(body, 'quizdeck_interaction_duration_seconds_count{kind="command:practice"}') === 1;
        return done && sample(body, "quizdeck_rounds_running") === 1 ? body : undefined;
      },
      5000,
      "the practice command and its running round in /metrics",
    );
    expect(
      sample(text, 'quizdeck_store_operation_duration_seconds_count{op="write",outcome="ok"}'),
    ).toBeGreaterThan(0);
    expect(text).toContain("quizdeck_process_resident_memory_bytes");
  });
});
