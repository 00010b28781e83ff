/**
 * Changing `/config set timezone` moves a server's daily to the new zone's local time: the stored
 * next post is recomputed and the scheduler, asleep until the old time hours away, is woken and
 * goes to sleep until the new one. (Waiting for the post itself would cost up to 70 s of the
 * suite's time; posting what is due is tested in daily.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDay } from "../../src/engine/streaks.js";
import { parseTime, zonedInstant } from "../../src/engine/daily.js";
import {
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
} from "../../src/playground/fake-discord/index.js";
import { openStore } from "../../src/store/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

// The longest sleep is 10 minutes: only a wake-up from the time zone change can make the post in time.
const ENV = { DAILY_TICK_MS: "600000", DAILY_OPEN_MS: "60000" };
const TOKYO = "Asia/Tokyo";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  bot = await startBot(world, ENV);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

async function command(name: string, subcommand: string, options: Record<string, string | number>) {
  const sent = world.fake.slashCommand({
    name,
    subcommand,
    options,
    user: users.alice,
    memberPermissions: MANAGER_PERMISSIONS,
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  return JSON.stringify(res.body.data ?? {});
}

async function storedNextRun(): Promise<number | null | undefined> {
  const store = await openStore(world.storeUrl);
  try {
    return (await store.dailies.get(DEFAULT_GUILD_ID))?.nextRunAt;
  } finally {
    await store.close();
  }
}

describe("a daily set under UTC, then the server's time zone changes", () => {
  it("posts at the new zone's local time, not the old one", async () => {
    // A Tokyo wall-clock minute 10-70 s ahead (never one about to pass while the commands run):
    // hours away under UTC.
    const target = Date.now() + 70_000;
    const fmt = new Intl.DateTimeFormat("en-GB", {
      timeZone: TOKYO,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    const time = fmt.format(target);
    const day = localDay(target, TOKYO);
    expect(
      await command("daily", "set", { channel: DEFAULT_CHANNEL_ID, time, deck: "python-asyncio" }),
    ).toContain("Daily quiz saved");
    const underUtc = await storedNextRun();
    expect(underUtc).toBeGreaterThan(Date.now() + 60 * 60_000);

    expect(await command("config", "set", { timezone: TOKYO })).toContain("Settings saved");
    const tokyoRun = zonedInstant(day, parseTime(time)!, TOKYO);
    expect(await storedNextRun()).toBe(tokyoRun);
    expect(tokyoRun - Date.now()).toBeLessThanOrEqual(70_000);
    expect(await command("daily", "status", {})).toContain(`<t:${Math.floor(tokyoRun / 1000)}:F>`);

    // The scheduler was asleep until the old time (capped at 10 minutes); the change woke it, and it
    // now sleeps only until the Tokyo time. Its post there is the ordinary due-run path.
    const sleeping = () =>
      bot.logs
        .filter((l) => l.includes('"msg":"daily scheduler sleeping"'))
        .map((l) => JSON.parse(l) as { nextRun: number | null; sleepMs: number });
    expect(sleeping()[0]?.sleepMs).toBe(600_000);
    const woken = await world.fake.waitFor(
      () => sleeping().find((l) => l.nextRun === tokyoRun),
      10_000,
      "the scheduler to sleep until the Tokyo time",
    );
    expect(woken.sleepMs).toBeLessThanOrEqual(70_000);
  }, 120_000);
});
