/**
 * Stored settings that can't be read must not read as "no restriction": a starter role that is
 * lost to corruption would let everyone start rounds. They fail closed until saved again.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GUILD_ID, MANAGER_PERMISSIONS } from "../../src/playground/fake-discord/index.js";
import { openStore } from "../../src/store/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  const store = await openStore(world.storeUrl, { logger: { warn: () => {} } });
  try {
    // Valid JSON of the wrong shape (a half-written restore, a bad manual edit): the role is unreadable.
    await store.keyv.set(`settings:${DEFAULT_GUILD_ID}`, { version: 1, timezone: "UTC", starterRoleId: 42 });
  } finally {
    await store.close();
  }
  bot = await startBot(world);
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

async function practice(memberPermissions?: string) {
  const sent = world.fake.slashCommand({
    name: "practice",
    options: { deck: "js-promises", questions: 1 },
    user: users.alice,
    ...(memberPermissions ? { memberPermissions } : {}),
  });
  return (await world.fake.responseTo(sent.id)).body.data ?? {};
}

describe("corrupt settings", () => {
  it("refuse to start rounds privately and say so in the log; Manage Server still can", async () => {
    const refused = await practice();
    expect(refused.flags).toBe(64);
    expect(refused.content).toContain("can't read this server's quiz settings");
    const line = await bot.waitForLog("stored settings are corrupt: refused to start a round");
    expect(line.guild).toBe(DEFAULT_GUILD_ID);

    const started = await practice(MANAGER_PERMISSIONS);
    expect(started.content).toContain("started a practice round");
  });

  it('/config show says who may start instead of "everyone"', async () => {
    const sent = world.fake.slashCommand({
      name: "config",
      subcommand: "show",
      options: {},
      user: users.alice,
      memberPermissions: MANAGER_PERMISSIONS,
    });
    const shown = JSON.stringify((await world.fake.responseTo(sent.id)).body.data?.embeds);
    expect(shown).toContain("Manage Server only");
  });
});
