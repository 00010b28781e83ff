/**
 * The store fails under the running bot: players get a clear private error in time, the bot keeps
 * running, and it recovers when the store does.
 *
 * How the store is broken: another connection holds SQLite's write lock (`BEGIN EXCLUSIVE`, what a
 * backup tool or a stray `sqlite3` shell does), so every write of the bot fails with "database is
 * locked". Making the file read-only with chmod does not work here: the tests run as root, whom
 * file modes do not stop, and `chattr +i` needs a capability containers often lack; a lock held by
 * a second connection behaves the same for everyone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, defaultGuild } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import {
  contentOf,
  crowdClicks,
  EPHEMERAL,
  lockStore,
  responses,
  startPractice,
  storedStats,
  TOLD_ANSWERED,
  users,
} from "./helpers.js";

const OTHER_CHANNEL = "1100000000000000003";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld({
    guilds: [
      {
        ...defaultGuild(),
        channels: [
          { id: DEFAULT_CHANNEL_ID, name: "general" },
          { id: OTHER_CHANNEL, name: "quiz" },
        ],
      },
    ],
  });
  bot = await startBot(world);
});
afterAll(async () => {
  await bot?.stop("SIGKILL");
  await world?.close();
});

describe("the store fails", () => {
  it("tells players privately, keeps running, and recovers when the store does", async () => {
    const { fake } = world;
    const question = await startPractice(fake, { questions: 2 });

    const unlock = await lockStore(world);
    try {
      // A crowd clicks while every write fails: each player is told privately, within Discord's 3 s.
      const clicks = await crowdClicks(fake, question, 8, 1000);
      for (const res of await responses(fake, clicks, 8000)) {
        expect(res.body.data?.flags).toBe(EPHEMERAL);
        expect(contentOf(res)).toMatch(/can't reach my storage/);
      }
      // A new round can't be claimed either; the host hears why.
      const start = fake.slashCommand({
        name: "practice",
        options: { deck: "js-promises" },
        user: users.bob,
        channelId: OTHER_CHANNEL,
      });
      const refused = await fake.responseTo(start.id, 8000);
      expect(refused.body.data?.flags).toBe(EPHEMERAL);
      expect(contentOf(refused)).toMatch(/can't reach my storage/);
      expect(bot.proc.exitCode).toBeNull();
    } finally {
      await unlock();
    }

    // The store is back: the same players' clicks count now, exactly once.
    const again = await crowdClicks(fake, question, 8, 300);
    for (const res of await responses(fake, again)) expect(contentOf(res)).toMatch(TOLD_ANSWERED);
    const stats = await storedStats(
      world,
      again.map((id) => fake.interactions.get(id)!.user.id),
      DEFAULT_GUILD_ID,
    );
    for (const s of stats.values()) expect(s.answered).toBe(1);
    // New rounds start again.
    await startPractice(fake, {
      channelId: OTHER_CHANNEL,
      user: users.bob,
      deck: "js-promises",
      questions: 1,
    });
    expect(bot.proc.exitCode).toBeNull();
  });
});
