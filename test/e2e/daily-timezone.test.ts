/**
 * Changing `/config set timezone` moves a server's daily to the new zone's local time: the stored
 * next post is recomputed and the scheduler, asleep until the old time hours away, is woken and
 * posts at the new one.
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

    const posted = await bot.waitForLog("daily posted", 90_000);
    expect(posted).toMatchObject({ guild: DEFAULT_GUILD_ID });
    expect(Date.parse(String(posted.time))).toBeGreaterThanOrEqual(tokyoRun);
    const question = world.fake
      .channelMessages(DEFAULT_CHANNEL_ID)
      .filter((m) => m.content.includes("Question of the day"));
    expect(question).toHaveLength(1);
    expect(question[0]!.content).toContain(day);
  }, 120_000);
});
