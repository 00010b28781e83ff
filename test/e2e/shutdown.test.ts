/**
 * Stopping the bot mid-round: SIGTERM ends rounds cleanly and exits 0; a kill -9 leaves a round the
 * next start-up marks as interrupted. Either way, points already awarded are in the store once.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { buttonsOf, DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, type FakeMessage } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

let world: World;
let bot: BotProcess | undefined;

beforeEach(async () => {
  world = await startWorld();
});
afterEach(async () => {
  await bot?.stop("SIGKILL");
  await world.close();
});

async function startRoundAndAnswer(): Promise<FakeMessage> {
  const sent = world.fake.slashCommand({ name: "practice", options: { deck: "python-asyncio", questions: 3, timer: 120 }, user: users.alice });
  await world.fake.responseTo(sent.id);
  const question = await world.fake.waitFor(() => world.fake.channelMessages(DEFAULT_CHANNEL_ID).find((m) => m.embeds.length > 0 && !(m.flags & 64)));
  const answer = buttonsOf(question).map((b) => String(b.custom_id)).find((id) => id.startsWith("q1.a."))!;
  for (const user of [users.alice, users.bob]) {
    const click = world.fake.clickButton({ messageId: question.id, customId: answer, user });
    const res = await world.fake.responseTo(click.id);
    expect(res.body.data?.content).toMatch(/Correct|Not quite/);
  }
  return question;
}

async function answeredInStore() {
  const store = await openStore(world.storeUrl);
  try {
    const a = await store.stats.get(DEFAULT_GUILD_ID, users.alice.id);
    const b = await store.stats.get(DEFAULT_GUILD_ID, users.bob.id);
    return { alice: a.answered, bob: b.answered, active: await store.rounds.activeInChannel(DEFAULT_CHANNEL_ID) };
  } finally {
    await store.close();
  }
}

async function channelIsFree() {
  const again = world.fake.slashCommand({ name: "practice", options: { deck: "js-promises", questions: 1 }, user: users.carol });
  const res = await world.fake.responseTo(again.id);
  expect(res.body.data?.content).toContain("started a practice round");
}

describe("shutdown", () => {
  it("SIGTERM ends the running round with a notice, keeps awards and exits 0", async () => {
    bot = await startBot(world);
    const question = await startRoundAndAnswer();
    const code = await bot.stop("SIGTERM");
    expect(code).toBe(0);
    const edited = world.fake.messages.get(question.id)!;
    expect(edited.content).toContain("restarting");
    expect(edited.components).toEqual([]);
    expect(await answeredInStore()).toEqual({ alice: 1, bob: 1, active: null });

    bot = await startBot(world);
    await channelIsFree();
  });

  it("after kill -9, the next start marks the round interrupted and frees the channel", async () => {
    bot = await startBot(world);
    const question = await startRoundAndAnswer();
    await bot.stop("SIGKILL");
    expect((await answeredInStore()).alice).toBe(1);

    bot = await startBot(world);
    const edited = await world.fake.waitFor(() => {
      const m = world.fake.messages.get(question.id)!;
      return m.content.includes("interrupted") ? m : undefined;
    });
    expect(edited.components).toEqual([]);
    expect(await answeredInStore()).toEqual({ alice: 1, bob: 1, active: null });
    await channelIsFree();
  });

  it("a missing token stops start-up with one clear line", async () => {
    const { spawnSync } = await import("node:child_process");
    const r = spawnSync(process.execPath, ["--import", "tsx", "src/index.ts"], {
      env: { PATH: process.env.PATH ?? "", DISCORD_TOKEN: "" },
      encoding: "utf8",
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/DISCORD_TOKEN .*set it in .env/);
  });
});
