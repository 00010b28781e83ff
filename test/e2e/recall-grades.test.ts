/**
 * Grading a recall card is idempotent: one grade per player, round and card, however often the
 * grade buttons are clicked (a second copy of them, a retried click, an old private card).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  type FakeMessage,
} from "../../src/playground/fake-discord/index.js";
import { openStore } from "../../src/store/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  bot = await startBot(world);
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

const ids = (m: { components?: unknown }) => buttonsOf(m).map((b) => String(b.custom_id));

/** Clicks `customId` on `message` even if its buttons are gone (as a replayed or stale click would). */
async function click(message: FakeMessage, customId: string, user = users.alice) {
  const sent = world.fake.clickButton({
    messageId: message.id,
    customId,
    user,
    channelId: message.channel_id,
    force: true,
  });
  const res = await world.fake.responseTo(sent.id, 5000);
  return String(res.body.data?.content ?? "");
}

/** The player's stored schedules (card key → due) in this server. */
async function dues(userId: string, deck: string, cards: string[]) {
  const store = await openStore(world.storeUrl, { logger: { warn: () => {} } });
  try {
    const found = await store.schedules.getMany(
      DEFAULT_GUILD_ID,
      userId,
      cards.map((c) => `${deck}:${c}`),
    );
    return Object.fromEntries(Object.entries(found).map(([k, s]) => [k, s.due]));
  } finally {
    await store.close();
  }
}

const cardIdOf = async (roundId: string, item: number) => {
  const store = await openStore(world.storeUrl, { logger: { warn: () => {} } });
  try {
    const it = (await store.rounds.get(roundId))!.items[item]!;
    if (it.kind !== "card") throw new Error("not a card");
    return it.card.id;
  } finally {
    await store.close();
  }
};

describe("recall grades", () => {
  it("clicking Easy three times on a public card schedules it once", async () => {
    const sent = world.fake.slashCommand({
      name: "recall",
      options: { deck: "python-asyncio", cards: 1 },
      user: users.alice,
    });
    await world.fake.responseTo(sent.id);
    const card = await world.fake.waitFor(() =>
      world.fake.channelMessages(DEFAULT_CHANNEL_ID).find((m) => ids(m).some((id) => id.startsWith("q1.c."))),
    );
    const roundId = ids(card)[0]!.split(".")[2]!;
    const cardId = await cardIdOf(roundId, 0);
    const show = world.fake.clickButton({
      messageId: card.id,
      customId: ids(card).find((id) => id.startsWith("q1.c."))!,
      user: users.bob,
      channelId: DEFAULT_CHANNEL_ID,
    });
    const back = await world.fake.responseTo(show.id);
    const backMessage = world.fake.originalMessage(show.token)!;
    const easy = ids(back.body.data ?? {}).find((id) => id.startsWith("q1.g.") && id.endsWith(".3"))!;

    expect(await click(backMessage, easy, users.bob)).toContain("Saved as **Easy**");
    const first = await dues(users.bob.id, "python-asyncio", [cardId]);
    expect(Object.keys(first)).toHaveLength(1);
    for (let n = 0; n < 2; n++)
      expect(await click(backMessage, easy, users.bob)).toContain("Saved as **Easy**");
    expect(await dues(users.bob.id, "python-asyncio", [cardId])).toEqual(first);

    // Another grade replaces the first rather than stacking on it: Again, then Easy, is Easy once
    // (computed at the later click, so due moves by the milliseconds between the clicks, not by days).
    const again = easy.replace(/\.3$/, ".0");
    expect(await click(backMessage, again, users.bob)).toContain("Saved as **Again**");
    expect(await click(backMessage, easy, users.bob)).toContain("Saved as **Easy**");
    const regraded = await dues(users.bob.id, "python-asyncio", [cardId]);
    const key = `python-asyncio:${cardId}`;
    expect(Math.abs(regraded[key]! - first[key]!)).toBeLessThan(60_000);

    const stop = world.fake.slashCommand({ name: "stop", options: {}, user: users.alice });
    await world.fake.responseTo(stop.id);
  });

  it("an old card of a private round that moved on can't be graded again", async () => {
    const sent = world.fake.slashCommand({
      name: "recall",
      options: { deck: "django-async", cards: 2, solo: true },
      user: users.carol,
    });
    await world.fake.responseTo(sent.id);
    let msg = world.fake.originalMessage(sent.token)!;
    const roundId = ids(msg)[0]!.split(".")[2]!;
    const cardId = await cardIdOf(roundId, 0);
    await click(
      msg,
      ids(msg).find((id) => id.startsWith("q1.c."))!,
      users.carol,
    );
    msg = world.fake.messages.get(msg.id)!;
    const easy = ids(msg).find((id) => id.startsWith("q1.g.") && id.endsWith(".3"))!;
    expect(await click(msg, easy, users.carol)).toContain("Saved as **Easy**");
    const first = await dues(users.carol.id, "django-async", [cardId]);

    expect(await click(msg, easy, users.carol)).toContain("no longer open");
    expect(await dues(users.carol.id, "django-async", [cardId])).toEqual(first);
  });
});
