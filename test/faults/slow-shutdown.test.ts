/**
 * Shutdown keeps to 8 s whatever Discord does: here every edit of a round's message is answered
 * with a 429 asking for 30 s, which discord.js would wait out. Docker kills at 10 s.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import { startPractice } from "./helpers.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  bot = await startBot(world);
});
afterAll(async () => {
  await bot?.stop("SIGKILL");
  await world?.close();
});

describe("shutdown under a stuck Discord", () => {
  it("exits 0 within 8 s, saying it stopped waiting", async () => {
    await startPractice(world.fake, { questions: 2 });
    world.fake.failNext({ status: 429, retryAfter: 30, method: "PATCH", pathPrefix: "/channels/", count: 3 });
    const started = Date.now();
    const code = await bot.stop("SIGTERM");
    const took = Date.now() - started;
    expect(code).toBe(0);
    expect(took).toBeLessThan(9000); // 8 s, plus the process's own start of exit
    expect(bot.logs.join("\n")).toContain("shutdown: stopped waiting for rounds to end");
  }, 40_000);
});
