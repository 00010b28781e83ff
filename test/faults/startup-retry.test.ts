/**
 * A failure at start-up (here: Discord answering 500 to command registration, past discord.js's
 * own retries) no longer stops the rest: the daily scheduler starts on its own, registration is
 * retried with backoff, and /healthz reports the step (503) until it succeeds.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import { httpGet, poll } from "../ops/helpers.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  // discord.js tries each request 4 times: three registration attempts fail in full.
  world.fake.failNext({ status: 500, method: "PUT", pathPrefix: "/applications/", count: 12 });
  bot = await startBot(world, { HTTP_PORT: "0" }, { readyLog: "http listening" });
});
afterAll(async () => {
  await bot?.stop("SIGKILL");
  await world?.close();
});

describe("start-up steps", () => {
  it("retry registration with backoff while the scheduler runs, reported in /healthz", async () => {
    const { port } = await bot.waitForLog("http listening");
    const healthz = async () => {
      const r = await httpGet(`http://127.0.0.1:${String(port)}/healthz`);
      return {
        status: r.status,
        body: JSON.parse(r.body) as { checks: { startup?: Record<string, string> } },
      };
    };
    const failing = await poll(
      async () => {
        const h = await healthz();
        return h.body.checks.startup?.commands === "retrying" ? h : undefined;
      },
      15_000,
      "/healthz to report the registration retrying",
    );
    expect(failing.status).toBe(503);
    await bot.waitForLog("daily scheduler started");

    const ready = await bot.waitForLog("ready", 30_000);
    expect(ready.commands).toBeGreaterThan(0);
    const failures = bot.logs.filter((l) => l.includes("start-up step failed; retrying"));
    expect(failures).toHaveLength(3);
    const waits = failures.map((l) => (JSON.parse(l) as { retryInMs: number }).retryInMs);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(world.fake.registeredCommands().length).toBe(ready.commands);

    const healthy = await healthz();
    expect(healthy.status).toBe(200);
    expect(healthy.body.checks.startup).toEqual({ commands: "done", recovery: "done" });
  }, 60_000);
});
