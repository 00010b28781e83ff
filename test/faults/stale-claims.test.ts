/**
 * A claim with no round behind it (a crash between claiming a channel and saving the round, or a
 * round record that expired) must not hold its channel or private slot for ever: start-up recovery,
 * /practice and /stop each free it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  defaultGuild,
} from "../../src/playground/fake-discord/index.js";
import { privateKey } from "../../src/discord/rounds/claim-key.js";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import { contentOf, roundIdOf, startPractice, users, withStore } from "./helpers.js";

const SECOND_CHANNEL_ID = "1100000000000000003";
const QUIET_CHANNEL_ID = "1100000000000000004";
let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld({
    guilds: [
      {
        ...defaultGuild(),
        channels: [
          { id: DEFAULT_CHANNEL_ID, name: "general" },
          { id: SECOND_CHANNEL_ID, name: "quiz" },
          { id: QUIET_CHANNEL_ID, name: "quiet" },
        ],
      },
    ],
  });
  await withStore(world, async (store) => {
    // Claimed through the repository (claim and server index), as a crash right after claiming leaves it.
    expect(await store.rounds.claimChannel(DEFAULT_GUILD_ID, DEFAULT_CHANNEL_ID, "gonerecover")).toBeNull();
    // Claims alone, missing from the index recovery reads: only /practice and /stop meet them.
    await store.keyv.set(`chan:${SECOND_CHANNEL_ID}`, { version: 1, roundId: "gonepractic" });
    await store.keyv.set(`chan:${privateKey(DEFAULT_GUILD_ID, users.bob.id)}`, {
      version: 1,
      roundId: "gonestop000",
    });
  });
  bot = await startBot(world);
}, 60_000);
afterAll(async () => {
  await bot?.stop("SIGKILL");
  await world?.close();
});

const claimOf = (key: string) => withStore(world, (store) => store.rounds.activeInChannel(key));

describe("stale claims", () => {
  it("start-up recovery frees a claimed channel whose round was never saved", async () => {
    await bot.waitForLog("released a stale round claim");
    expect(await claimOf(DEFAULT_CHANNEL_ID)).toBeNull();
    expect(await withStore(world, (store) => store.rounds.listActive([DEFAULT_GUILD_ID]))).toEqual([]);
    await startPractice(world.fake, { questions: 1 });
  });

  it("/practice frees a stale claim on its channel and starts", async () => {
    expect(await claimOf(SECOND_CHANNEL_ID)).toBe("gonepractic");
    const question = await startPractice(world.fake, {
      channelId: SECOND_CHANNEL_ID,
      user: users.carol,
      questions: 1,
    });
    expect(await claimOf(SECOND_CHANNEL_ID)).toBe(roundIdOf(question));
  });

  it("/stop says no round is running and frees the stale private slot", async () => {
    const key = privateKey(DEFAULT_GUILD_ID, users.bob.id);
    expect(await claimOf(key)).toBe("gonestop000");
    // No round in this channel, so /stop looks at bob's private slot.
    const sent = world.fake.slashCommand({
      name: "stop",
      options: {},
      user: users.bob,
      channelId: QUIET_CHANNEL_ID,
    });
    const res = await world.fake.responseTo(sent.id);
    expect(contentOf(res)).toContain("There is no round running");
    expect(await claimOf(key)).toBeNull();
  });
});
