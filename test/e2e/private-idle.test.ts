/**
 * Private rounds have no timer: one its player walks away from is ended by the idle sweep (after an
 * hour; PRIVATE_IDLE_MS shortens it here), freeing the player's slot and the memory it held.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GUILD_ID } from "../../src/playground/fake-discord/index.js";
import { privateKey } from "../../src/discord/rounds/claim-key.js";
import { openStore } from "../../src/store/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  bot = await startBot(world, { PRIVATE_IDLE_MS: "1500" });
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

describe("idle private rounds", () => {
  it("are ended by the sweep: message edited, slot freed, round ended in the store", async () => {
    const sent = world.fake.slashCommand({
      name: "practice",
      options: { deck: "js-promises", questions: 3, solo: true },
      user: users.alice,
    });
    await world.fake.responseTo(sent.id);
    const message = world.fake.originalMessage(sent.token)!;
    const roundId = JSON.stringify(message.components).match(/q1\.a\.(\w+)\./)![1]!;

    const line = await bot.waitForLog("ended an idle private round", 10_000);
    expect(line.roundId).toBe(roundId);
    const edited = world.fake.messages.get(message.id)!;
    expect(edited.content).toContain("nobody clicked for a long while");
    expect(edited.components).toEqual([]);

    const store = await openStore(world.storeUrl, { logger: { warn: () => {} } });
    try {
      expect(await store.rounds.activeInChannel(privateKey(DEFAULT_GUILD_ID, users.alice.id))).toBeNull();
      expect((await store.rounds.get(roundId))?.status).toBe("ended");
    } finally {
      await store.close();
    }
  });
});
