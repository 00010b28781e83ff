/**
 * A public round whose next question can't be posted (the bot lost Send Messages, the channel was
 * deleted, Discord keeps failing) ends and frees its channel instead of holding it with no timer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHANNEL_ID } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import { poll } from "../ops/helpers.js";
import { contentOf, revealId, roundIdOf, startPractice, users, withStore } from "./helpers.js";

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

describe("a round whose next question can't be posted", () => {
  it("ends, frees its channel and says so in the log", async () => {
    const { fake } = world;
    const question = await startPractice(fake, { questions: 2 });
    const roundId = roundIdOf(question);
    // discord.js tries a request 4 times (3 retries on 5xx): every try of the next question fails.
    fake.failNext({
      status: 503,
      method: "POST",
      pathPrefix: `/channels/${DEFAULT_CHANNEL_ID}/messages`,
      count: 4,
    });
    const reveal = fake.clickButton({
      messageId: question.id,
      customId: revealId(question),
      user: users.alice,
    });
    await fake.responseTo(reveal.id);

    const line = await bot.waitForLog("could not post the next question; round ended");
    expect(line.roundId).toBe(roundId);
    expect(fake.requests.filter((r) => r.injected)).toHaveLength(4);
    // The first question's reveal still went out.
    expect(JSON.stringify(fake.messages.get(question.id)?.embeds)).toContain("Answer");

    // The line is logged as the round ends; the ended state and the freed claim are stored just after,
    // as two writes that may land in either order.
    const stored = await poll(
      () =>
        withStore(world, async (store) => {
          const now = {
            claim: await store.rounds.activeInChannel(DEFAULT_CHANNEL_ID),
            status: (await store.rounds.get(roundId))?.status,
          };
          return now.status === "ended" && now.claim === null ? now : undefined;
        }),
      5000,
      "the round stored as ended and its channel freed",
    );
    expect(stored).toEqual({ claim: null, status: "ended" });

    const again = fake.slashCommand({
      name: "practice",
      options: { deck: "js-promises", questions: 1 },
      user: users.bob,
    });
    expect(contentOf(await fake.responseTo(again.id))).toContain("started a practice round");
  });
});
