/**
 * The gateway connection drops mid-round: the bot resumes the session, gets the clicks it missed
 * replayed, answers them, and the round goes on to its end.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHANNEL_ID } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import {
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

describe("gateway drop", () => {
  it("resumes, answers the clicks sent while it was away, and the round goes on", async () => {
    const { fake } = world;
    const seen = new Set<string>();
    const question = await startPractice(fake, { questions: 2 });
    seen.add(question.id);
    const before = await crowdClicks(fake, question, 5, 200);
    await responses(fake, before);

    // A network blip: the socket dies; clicks keep coming while the bot is away.
    const resumesBefore = fake.gateway.stats.resumes;
    expect(fake.dropGateway()).toBe(true);
    const during = await crowdClicks(fake, question, 5, 100, 5);
    for (const r of await responses(fake, during)) expect(contentOf(r)).toMatch(TOLD_ANSWERED);
    expect(fake.gateway.stats.resumes).toBe(resumesBefore + 1);
    expect(fake.gateway.stats.identifies).toBe(1); // the same session, not a new one

    // After the resume, a clean close with a resumable code, then the rest of the round.
    expect(fake.dropGateway({ code: 4000 })).toBe(true);
    await fake.waitForReady();
    expect(fake.gateway.stats.resumes).toBe(resumesBefore + 2);
    const reveal = fake.clickButton({
      messageId: question.id,
      customId: revealId(question),
      user: users.alice,
      channelId: DEFAULT_CHANNEL_ID,
    });
    expect((await fake.responseTo(reveal.id)).body.type).toBe(6);
    const next = await waitForQuestion(fake, DEFAULT_CHANNEL_ID, seen);
    seen.add(next.id);
    const after = await crowdClicks(fake, next, 5, 200, 10);
    for (const r of await responses(fake, after)) expect(contentOf(r)).toMatch(TOLD_ANSWERED);
    const finalReveal = fake.clickButton({
      messageId: next.id,
      customId: revealId(next),
      user: users.alice,
      channelId: DEFAULT_CHANNEL_ID,
    });
    await fake.responseTo(finalReveal.id);
    await fake.waitFor(
      () =>
        fake
          .channelMessages(DEFAULT_CHANNEL_ID)
          .find((m) => !seen.has(m.id) && JSON.stringify(m.embeds).includes("Round over")),
      10_000,
      "the summary",
    );

    const stats = await storedStats(
      world,
      Array.from({ length: 15 }, (_, i) => player(i).id),
    );
    for (const s of stats.values()) expect(s.answered).toBe(1);
    expect(bot.proc.exitCode).toBeNull();
  });
});
