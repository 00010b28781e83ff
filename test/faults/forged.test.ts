/**
 * Replayed and forged interactions change nothing: the same interaction delivered twice, a button
 * of another server's round, and another player's private-round buttons. The store is compared row
 * by row before and after; where Discord lets the bot answer, the refusal is private.
 */
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHANNEL_ID, DEFAULT_GUILD_ID, type FakeMessage } from "../../src/playground/fake-discord/index.js";
import { startBot, type BotProcess, type World } from "../e2e/harness.js";
import {
  answerIds,
  buttonIds,
  contentOf,
  dumpStore,
  EPHEMERAL,
  OTHER_CHANNEL_ID,
  OTHER_GUILD_ID,
  player,
  responses,
  startPractice,
  startTwoServerWorld,
  storedStats,
  TOLD_ANSWERED,
  users,
  withStore,
} from "./helpers.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startTwoServerWorld();
  bot = await startBot(world);
});
afterAll(async () => {
  await bot?.stop("SIGKILL");
  await world?.close();
});

const mallory = player(666);

/**
 * Snapshots the store once the bot's background writes have landed: the round state is quick-saved
 * at most every 500 ms (src/discord/rounds/runtime.ts), so a store unchanged over 700 ms of polling
 * has no write in flight. (A fixed 300 ms sleep was shorter than that cadence: a write landing
 * between two snapshots made a false failure, and one landing after both a false pass.)
 */
async function settledDump() {
  let last = await dumpStore(world);
  let stableSince = Date.now();
  const deadline = Date.now() + 15_000;
  while (Date.now() - stableSince < 700) {
    if (Date.now() > deadline) throw new Error("the store never settled");
    await sleep(100);
    const next = await dumpStore(world);
    if (!sameStore(last, next)) stableSince = Date.now();
    last = next;
  }
  return last;
}

function sameStore(a: Map<string, string>, b: Map<string, string>): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.get(k) === v);
}

function expectSameStore(before: Map<string, string>, after: Map<string, string>) {
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
    (k) => before.get(k) !== after.get(k),
  );
  expect(changed).toEqual([]);
}

async function expectPrivateRefusal(id: string, text: RegExp) {
  const res = await world.fake.responseTo(id);
  expect(res.body.data?.flags).toBe(EPHEMERAL);
  expect(contentOf(res)).toMatch(text);
}

describe("replayed and forged interactions", () => {
  let home: FakeMessage;

  it("the same interaction delivered twice is handled once and awards once", async () => {
    const { fake } = world;
    home = await startPractice(fake, { questions: 2 });
    const [a] = answerIds(home);

    // Replayed after the first was answered, and replayed at once (both in flight together).
    const first = fake.clickButton({
      messageId: home.id,
      customId: a!,
      user: player(1),
      channelId: DEFAULT_CHANNEL_ID,
    });
    expect(contentOf(await fake.responseTo(first.id))).toMatch(TOLD_ANSWERED);
    const racing = fake.clickButton({
      messageId: home.id,
      customId: a!,
      user: player(2),
      channelId: DEFAULT_CHANNEL_ID,
    });
    fake.dispatch("INTERACTION_CREATE", fake.interactions.get(racing.id)!.payload);
    await responses(fake, [racing.id]);
    const before = await settledDump();
    fake.dispatch("INTERACTION_CREATE", fake.interactions.get(first.id)!.payload);

    // The bot handles an interaction id once: a replay gets no second reply at all (which Discord would
    // refuse with 40060) and is logged.
    await fake.waitFor(() => bot.logs.filter((l) => l.includes("duplicate interaction ignored")).length >= 2);
    for (const id of [first.id, racing.id]) {
      const it = fake.interactions.get(id)!;
      expect(it.callbacks.map((c) => c.status)).toEqual([204]);
    }
    expect(contentOf(fake.interactions.get(first.id)!.response)).toMatch(TOLD_ANSWERED);
    expect(contentOf(fake.interactions.get(racing.id)!.response)).toMatch(TOLD_ANSWERED);
    expectSameStore(before, await settledDump());
    const stats = await storedStats(world, [player(1).id, player(2).id]);
    for (const s of stats.values()) expect(s.answered).toBe(1);
  });

  it("a button of another server's round is refused and changes nothing there or here", async () => {
    const { fake } = world;
    const away = await startPractice(fake, { channelId: OTHER_CHANNEL_ID, user: users.bob, questions: 2 });
    const awayIds = buttonIds(away);
    expect(awayIds.length).toBeGreaterThan(2);
    const before = await settledDump();

    // Mallory, in the home server, sends every button of the other server's question (answers,
    // hint, reveal) on a home-server message.
    const forged = awayIds.map(
      (customId) =>
        fake.clickButton({
          messageId: home.id,
          customId,
          user: mallory,
          channelId: DEFAULT_CHANNEL_ID,
          force: true,
        }).id,
    );
    for (const id of forged) await expectPrivateRefusal(id, /recognise/);

    expectSameStore(before, await settledDump());
    expect(fake.messages.get(away.id)!.components).toEqual(away.components); // not revealed
    await withStore(world, async (store) => {
      for (const guild of [DEFAULT_GUILD_ID, OTHER_GUILD_ID])
        expect((await store.stats.get(guild, mallory.id)).answered).toBe(0);
    });
  });

  it("another player's private round buttons are refused and change nothing", async () => {
    const { fake } = world;
    const start = fake.slashCommand({
      name: "practice",
      options: { deck: "python-asyncio", questions: 2, solo: true },
      user: users.carol,
      channelId: DEFAULT_CHANNEL_ID,
    });
    const reply = await fake.responseTo(start.id);
    expect(reply.body.data?.flags).toBe(EPHEMERAL);
    const solo = fake.originalMessage(start.token)!;
    const soloIds = buttonIds(solo);
    expect(soloIds.filter((id) => id.startsWith("q1.a.")).length).toBeGreaterThan(1);
    const before = await settledDump();

    // Only Carol can see her private message; a forged click by Mallory on each of its buttons.
    const forged = soloIds.map(
      (customId) =>
        fake.clickButton({
          messageId: solo.id,
          customId,
          user: mallory,
          channelId: DEFAULT_CHANNEL_ID,
          force: true,
        }).id,
    );
    for (const id of forged) await expectPrivateRefusal(id, /someone else's private round/);

    expectSameStore(before, await settledDump());
    expect(fake.messages.get(solo.id)!.editCount).toBe(0);
    const stats = await storedStats(world, [mallory.id, users.carol.id]);
    for (const s of stats.values()) expect(s.answered).toBe(0);

    // Carol's own click still works afterwards.
    const own = fake.clickButton({
      messageId: solo.id,
      customId: soloIds.find((id) => id.startsWith("q1.a."))!,
      user: users.carol,
      channelId: DEFAULT_CHANNEL_ID,
    });
    expect((await fake.responseTo(own.id)).body.type).toBe(7);
  });
});
