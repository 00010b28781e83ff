/**
 * Structured logs: JSON lines with level labels, one info line per interaction (kind, server,
 * latency, outcome), and never a credential, checked on the logger and on a real bot run.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createLogger, loggerOptionsFor } from "../../src/log.js";
import { buttonsOf, DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, TEST_TOKEN, users, type BotProcess, type World } from "../e2e/harness.js";
import { command } from "./helpers.js";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  return {
    lines,
    raw,
    destination: {
      write(s: string) {
        raw.push(s);
        lines.push(JSON.parse(s) as Record<string, unknown>);
      },
    },
  };
}

describe("logger", () => {
  it("writes JSON lines with a level label, time, and the caller's fields", () => {
    const out = capture();
    const log = createLogger("info", { destination: out.destination, base: { shard: 1 } });
    log.info({ kind: "command:stats", guild: "1", ms: 3, outcome: "ok" }, "interaction");
    log.debug({ hidden: true }, "below the level");
    expect(out.lines).toHaveLength(1);
    expect(out.lines[0]).toMatchObject({
      level: "info",
      shard: 1,
      kind: "command:stats",
      ms: 3,
      msg: "interaction",
    });
    expect(Date.parse(String(out.lines[0]!.time))).not.toBeNaN();
  });

  it("never writes a credential: redacted fields, scrubbed secrets and interaction tokens in URLs", () => {
    const out = capture();
    const config = loadConfig({
      DISCORD_TOKEN: TEST_TOKEN,
      STORE_URL: "redis://:hunter2-hunter2@redis:6379",
    });
    const log = createLogger("debug", { ...loggerOptionsFor(config), destination: out.destination });
    const itoken = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA";
    log.info({ token: "abc", headers: { authorization: `Bot ${TEST_TOKEN}` }, config }, "with fields");
    log.warn({ note: `the token is ${TEST_TOKEN}` }, `also in the message ${TEST_TOKEN}`);
    const err = Object.assign(new Error(`failed for ${TEST_TOKEN}`), {
      url: `https://discord.com/api/v10/interactions/123456789012345678/${itoken}/callback`,
    });
    log.error({ err }, "interaction failed");
    log.error({ error: new Error("connect redis://:hunter2-hunter2@redis:6379 refused") }, "store");
    // Any depth, and values with escaped quotes in them.
    log.info({ a: { b: { c: { interactionToken: 'tok"en-deep-123' } } } }, "nested");
    const all = out.raw.join("");
    expect(all).not.toContain("en-deep-123");
    expect(out.lines[4]).toMatchObject({ a: { b: { c: { interactionToken: "[redacted]" } } } });
    expect(all).not.toContain(TEST_TOKEN);
    expect(all).not.toContain(itoken);
    expect(all).not.toContain("hunter2-hunter2");
    expect(out.lines[0]).toMatchObject({ token: "[redacted]", headers: { authorization: "[redacted]" } });
    expect(out.lines[2]).toMatchObject({
      err: { type: "Error", url: expect.stringContaining("/123456789012345678/[redacted]/callback") },
    });
  });
});

describe("the bot's output during a run", () => {
  let world: World;
  let bot: BotProcess;
  beforeAll(async () => {
    world = await startWorld();
    bot = await startBot(world, { LOG_LEVEL: "trace" });
  }, 60_000);
  afterAll(async () => {
    await bot?.stop();
    await world?.close();
  });

  it("logs each interaction at info with kind, server, latency and outcome, and no token anywhere", async () => {
    await command(
      world.fake,
      "practice",
      { deck: "python-asyncio", questions: 1, timer: 60 },
      { user: users.alice },
    );
    const question = await world.fake.waitFor(() =>
      world.fake
        .channelMessages(DEFAULT_CHANNEL_ID)
        .find((m) => buttonsOf(m).some((b) => String(b.custom_id).startsWith("q1.a."))),
    );
    const answer = String(buttonsOf(question)[0]!.custom_id);
    const click = world.fake.clickButton({ messageId: question.id, customId: answer, user: users.bob });
    await world.fake.responseTo(click.id);
    await command(world.fake, "practice", { deck: "python-asyncio" }, { user: users.bob }); // refused: channel busy
    // A failing interaction callback: discord.js puts the URL, with the interaction token, on its error.
    world.fake.failNext({ method: "POST", pathPrefix: "/interactions/", status: 500, count: 4 });
    const failing = world.fake.slashCommand({ name: "stats", options: {}, user: users.carol });
    await world.fake.waitFor(
      () => bot.logs.some((l) => l.includes('"outcome":"error"')),
      15_000,
      "the failed interaction's log line",
    );
    await command(world.fake, "stop", {}, { user: users.alice });

    const handled = () =>
      bot.logs
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .filter((l) => l.msg === "interaction" || l.msg === "interaction refused" || l.msg === "interaction failed");
    await world.fake.waitFor(() => handled().length >= world.fake.interactions.size, 10_000, "a line per interaction");
    const interactions = handled();
    // One line per interaction, not one per kind: each interaction the fake sent, exactly once.
    expect(world.fake.interactions.size).toBe(5);
    expect(interactions.map((l) => l.interaction).sort()).toEqual([...world.fake.interactions.keys()].sort());
    for (const l of interactions) expect(l).toMatchObject({ ms: expect.any(Number), guild: DEFAULT_GUILD_ID });
    expect(interactions.find((l) => l.kind === "command:practice" && l.outcome === "ok")).toMatchObject({
      level: "info",
      guild: DEFAULT_GUILD_ID,
      ms: expect.any(Number),
    });
    expect(interactions.find((l) => l.kind === "component:answer")).toMatchObject({
      level: "info",
      outcome: "ok",
    });
    expect(interactions.find((l) => l.kind === "command:practice" && l.outcome === "refused")).toMatchObject({
      level: "info",
    });
    expect(interactions.find((l) => l.kind === "command:stats")).toMatchObject({
      level: "error",
      outcome: "error",
    });

    const output = bot.logs.join("\n");
    expect(world.fake.interactions.get(failing.id)?.token).toBeTruthy();
    expect(output).not.toContain(TEST_TOKEN);
    for (const i of world.fake.interactions.values()) expect(output).not.toContain(i.token);
    expect(output).toMatch(/interactions\/\d+\/\[redacted\]\/callback/); // the error's URL was logged, scrubbed
  });
});
