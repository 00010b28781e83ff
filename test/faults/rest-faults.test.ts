/**
 * Discord's REST answers 429 (with retry-after) and 500s for a while: the bot waits and retries as
 * Discord asks, the round goes on, and no answer is awarded twice.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHANNEL_ID } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import {
  answerIds,
  contentOf,
  crowdClicks,
  player,
  responses,
  revealId,
  startPractice,
  storedStats,
  TOLD_ANSWERED,
  users,
  waitForQuestion,
} from "./helpers.js";

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

/** Injected failures the fake answered, and the requests that went through afterwards, by path. */
function injected(path: (p: string) => boolean) {
  return world.fake.requests.filter((r) => r.injected && path(r.path));
}

describe("REST faults", () => {
  it("429s and 500s on interaction callbacks: every player is answered once, after waiting as asked", async () => {
    const { fake } = world;
    const question = await startPractice(fake, { questions: 2 });
    fake.failNext({ status: 429, retryAfter: 0.4, pathPrefix: "/interactions/", count: 4 });
    fake.failNext({ status: 500, pathPrefix: "/interactions/", count: 2 });
    fake.failNext({ status: 429, retryAfter: 0.2, global: true, pathPrefix: "/interactions/", count: 1 });
    const ids = await crowdClicks(fake, question, 12, 300);
    const replies = await responses(fake, ids);
    for (const r of replies) expect(contentOf(r)).toMatch(TOLD_ANSWERED);
    expect(
      injected((p) => p.startsWith("/interactions/"))
        .map((r) => r.status)
        .sort(),
    ).toEqual([429, 429, 429, 429, 429, 500, 500]);

    // A callback that got a 429 was retried no earlier than retry-after said.
    for (const r of injected((p) => p.startsWith("/interactions/")).filter((r) => r.status === 429)) {
      const id = r.path.split("/")[2]!;
      const accepted = fake.interactions.get(id)!.response!;
      const wait = r.error?.retry_after ?? 0;
      expect(accepted.at - r.at).toBeGreaterThanOrEqual(wait * 1000 - 5);
    }

    const stats = await storedStats(
      world,
      ids.map((_, i) => player(i).id),
    );
    for (const s of stats.values()) expect(s.answered).toBe(1);
  });

  it("429s and 500s while the host reveals: the round moves on, clicks meanwhile are answered, nothing twice", async () => {
    const { fake } = world;
    const seen = new Set<string>();
    // The channel is still held by the first test's round: stop it first.
    const stop = fake.slashCommand({ name: "stop", user: users.alice, channelId: DEFAULT_CHANNEL_ID });
    await fake.responseTo(stop.id);
    await fake.waitFor(
      () =>
        fake.interactions.get(stop.id)?.response &&
        fake.requests.some((r) => r.method === "PATCH" && r.path.includes(stop.token)),
    );

    const question = await startPractice(fake, { questions: 2 });
    for (const m of fake.channelMessages(DEFAULT_CHANNEL_ID)) seen.add(m.id); // the stopped round's too
    const early = await crowdClicks(fake, question, 10, 200, 100);
    await responses(fake, early);

    // Editing the question and posting the next one hit 429s (3.2 s of waiting in all: more than
    // Discord's deadline for answering a click), then 500s.
    fake.failNext({ status: 429, retryAfter: 1.6, pathPrefix: "/channels/", count: 2 });
    fake.failNext({ status: 500, pathPrefix: "/channels/", count: 2 });
    const reveal = fake.clickButton({
      messageId: question.id,
      customId: revealId(question),
      user: users.alice,
      channelId: DEFAULT_CHANNEL_ID,
    });
    // Players still clicking the closing question get an answer in time (Discord allows 3 s), though
    // the reveal is still waiting on Discord.
    const late = await crowdClicks(fake, question, 5, 200, 200, { force: true });
    expect((await fake.responseTo(reveal.id)).body.type).toBe(6);
    for (const r of await responses(fake, late))
      expect(contentOf(r)).toMatch(/closed|no longer open|Correct!|Not quite/);

    const next = await waitForQuestion(fake, DEFAULT_CHANNEL_ID, seen, 15_000);
    expect(fake.messages.get(question.id)!.components).toEqual([]); // the reveal's edit went through
    expect(injected((p) => p.startsWith("/channels/")).length).toBe(4);

    // The round goes on: the next question takes answers.
    const more = await crowdClicks(fake, next, 5, 100, 300);
    for (const r of await responses(fake, more)) expect(contentOf(r)).toMatch(TOLD_ANSWERED);

    const userIds = [...early, ...late, ...more].map((id) => fake.interactions.get(id)!.user.id);
    const stats = await storedStats(world, userIds);
    for (const [id, s] of stats) {
      const toldTimes = [...fake.interactions.values()].filter(
        (it) => it.user.id === id && TOLD_ANSWERED.test(contentOf(it.response)),
      ).length;
      expect(s.answered, `player ${id}`).toBe(toldTimes);
    }
    expect(answerIds(next).length).toBeGreaterThan(1);
  });
});
