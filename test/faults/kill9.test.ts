/**
 * kill -9 in the middle of a 50-player question, then a restart on the same store: every answer a
 * player was told about is stored exactly once, nobody has more than one, the round's message says it
 * was interrupted, and the channel takes a new round.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import {
  answerIds,
  contentOf,
  crowdClicks,
  player,
  roundIdOf,
  startPractice,
  storedStats,
  TOLD_ANSWERED,
  users,
  withStore,
} from "./helpers.js";

let world: World;
let bot: BotProcess | undefined;

beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await bot?.stop("SIGKILL");
  await world?.close();
});

const PLAYERS = 50;

describe("kill -9 mid-question", () => {
  it("keeps every told award exactly once, marks the round interrupted and frees the channel", async () => {
    const { fake } = world;
    bot = await startBot(world);
    const question = await startPractice(fake, { questions: 3, timer: 120 });
    const roundId = roundIdOf(question);
    const firstAnswer = answerIds(question)[0]!; // `question` is live: the restart edits its buttons away

    // 50 players click over ~1 s; the bot is killed about halfway through.
    const clicking = crowdClicks(fake, question, PLAYERS, 1000);
    await fake.waitFor(
      () =>
        [...fake.interactions.values()].filter((it) => TOLD_ANSWERED.test(contentOf(it.response))).length >=
        10,
      10_000,
      "some answers to be told",
    );
    await bot.stop("SIGKILL");
    const ids = await clicking;

    // Who was told what: "Correct! +N points" or "Not quite" (sent only once the award is stored).
    const toldPoints = new Map<string, number>();
    for (const id of ids) {
      const it = fake.interactions.get(id)!;
      const text = contentOf(it.response);
      if (TOLD_ANSWERED.test(text)) toldPoints.set(it.user.id, Number(/\+(\d+) points/.exec(text)?.[1] ?? 0));
    }
    const told = new Set(toldPoints.keys());
    expect(told.size).toBeGreaterThanOrEqual(10);
    expect(told.size).toBeLessThan(PLAYERS); // the kill really was mid-question

    const userIds = Array.from({ length: PLAYERS }, (_, i) => player(i).id);
    const check = async () => {
      const stats = await storedStats(world, userIds);
      for (const id of userIds) {
        const s = stats.get(id)!;
        if (told.has(id)) {
          expect(s.answered, `player ${id} was told their answer counted`).toBe(1);
          expect(s.points).toBe(toldPoints.get(id));
        }
        // An award can land just before the kill without its reply getting out; never twice.
        else expect(s.answered).toBeLessThanOrEqual(1);
      }
      return stats;
    };
    const before = await check();

    // Restart on the same store: the round a crash left behind is ended as interrupted.
    bot = await startBot(world);
    const edited = await fake.waitFor(() => {
      const m = fake.messages.get(question.id)!;
      return m.content.includes("interrupted") ? m : undefined;
    }, 10_000);
    expect(edited.components).toEqual([]);
    expect(await check()).toEqual(before);

    // A late click on the old question changes nothing.
    const late = fake.clickButton({
      messageId: question.id,
      customId: firstAnswer,
      user: player(PLAYERS + 1),
      channelId: DEFAULT_CHANNEL_ID,
      force: true,
    });
    expect(contentOf(await fake.responseTo(late.id))).toMatch(/round has ended/);

    await withStore(world, async (store) => {
      expect(await store.rounds.activeInChannel(DEFAULT_CHANNEL_ID)).toBeNull();
      expect((await store.rounds.get(roundId))?.status).toBe("ended");
      const late = await store.stats.get(DEFAULT_GUILD_ID, player(PLAYERS + 1).id);
      expect(late.answered).toBe(0);
    });

    // The channel takes a new round.
    const next = await startPractice(fake, { user: users.carol, deck: "js-promises", questions: 1 });
    expect(roundIdOf(next)).not.toBe(roundId);
  });
});
