/**
 * Review of what each player missed, through the fake Discord: the questions a player got wrong
 * (and the card they failed) come back in /review, most overdue first and nothing else; a reminder
 * DM is sent once a day, and not again after a restart on the same day; DMs refused three days in a
 * row turn the reminder off, with a note in /stats.
 */
import { Client } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DeckRegistry, loadDeckDir } from "../../src/decks/registry.js";
import { ImagePool } from "../../src/images/index.js";
import type { BotContext } from "../../src/discord/context.js";
import { Messenger } from "../../src/discord/messenger.js";
import { runReminder } from "../../src/discord/review/remind.js";
import { RoundRuntime } from "../../src/discord/rounds/runtime.js";
import { addDays, parseTime, zonedInstant } from "../../src/engine/daily.js";
import { gradeCard } from "../../src/engine/recall.js";
import { scheduleAnswer } from "../../src/engine/review.js";
import { localDay } from "../../src/engine/streaks.js";
import { createLogger } from "../../src/log.js";
import { openStore, type Store } from "../../src/store/index.js";
import {
  buttonsOf,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
  type FakeMessage,
} from "../../src/playground/fake-discord/index.js";
import { finalReply, startBot, startWorld, TEST_TOKEN, users, type BotProcess, type World } from "./harness.js";

const ENV = { DAILY_TICK_MS: "300" };
const EPHEMERAL = 64;
const MIN = 60_000;

/** A zone where it is around noon now, so "ten minutes ago" is today whenever the tests run. */
function noonZone(): string {
  const offset = 12 - new Date().getUTCHours();
  return offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}
const TZ = noonZone();

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  bot = await startBot(world, ENV);
}, 60_000);

afterAll(async () => {
  if (process.env.E2E_DUMP_LOGS) console.error(bot?.logs.join("\n"));
  await bot?.stop();
  await world?.close();
});

type User = typeof users.alice;
const dave: User = { id: "1100000000000000103", username: "dave", global_name: "Dave" };

async function command(
  name: string,
  options: Record<string, string | number | boolean> = {},
  o: { user?: User; subcommand?: string; subcommandGroup?: string; perms?: string } = {},
) {
  const sent = world.fake.slashCommand({
    name,
    options,
    user: o.user ?? users.alice,
    ...(o.perms ? { memberPermissions: o.perms } : {}),
    ...(o.subcommand ? { subcommand: o.subcommand } : {}),
    ...(o.subcommandGroup ? { subcommandGroup: o.subcommandGroup } : {}),
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  // A deferred reply (type 5, e.g. /stats while its picture is drawn) is what its edit says.
  const data = res.body.type === 5 ? await finalReply(world.fake, sent.token) : (res.body.data ?? {});
  return { sent, data, text: JSON.stringify([data.content, data.embeds]) };
}

async function click(message: FakeMessage, customId: string, user: User) {
  const sent = world.fake.clickButton({
    messageId: message.id,
    customId,
    user,
    channelId: message.channel_id,
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  return { data: res.body.data ?? {}, message: world.fake.messages.get(message.id)! };
}

const buttonIds = (m: FakeMessage) => buttonsOf(m).map((b) => String(b.custom_id));
const embedText = (m: { embeds?: unknown }) => JSON.stringify(m.embeds ?? []);

async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(world.storeUrl);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** The items of a round as stored: what the player is being asked, in order. */
const roundItems = (roundId: string) =>
  withStore(async (s) =>
    (await s.rounds.get(roundId))!.items.map((it) =>
      it.kind === "question"
        ? { kind: "question", id: it.question.id, correct: it.question.correctIndex }
        : { kind: it.kind, id: it.kind === "card" ? it.card.id : it.prompt.id, correct: -1 },
    ),
  );

/** Plays a private practice round, missing the questions whose index is in `miss`; returns their ids in order. */
async function playPractice(user: User, deck: string, count: number, miss: (q: number) => boolean) {
  const start = await command("practice", { deck, questions: count, solo: true }, { user });
  let msg = world.fake.originalMessage(start.sent.token)!;
  const roundId = buttonIds(msg)[0]!.split(".")[2]!;
  const items = await roundItems(roundId);
  for (let q = 0; q < count; q++) {
    const answers = buttonIds(msg).filter((id) => id.startsWith("q1.a."));
    const right = items[q]!.correct;
    const res = await click(msg, answers[miss(q) ? (right === 0 ? 1 : 0) : right]!, user);
    expect(res.data.content).toMatch(miss(q) ? /Not quite/ : /Correct!/);
    msg = (
      await click(
        res.message,
        buttonIds(res.message).find((id) => id.startsWith("q1.n."))!,
        user,
      )
    ).message;
  }
  return {
    missed: items.filter((_, q) => miss(q)).map((i) => i.id),
    right: items.filter((_, q) => !miss(q)).map((i) => i.id),
  };
}

/** Moves every review of a player back in time (the bot must be stopped: it caches the index). */
async function ageReviews(store: Store, userId: string, byMs: number) {
  const index = (await store.schedules.index(DEFAULT_GUILD_ID, userId))?.items ?? {};
  for (const key of Object.keys(index)) {
    const s = (await store.schedules.get(DEFAULT_GUILD_ID, userId, key))!;
    await store.schedules.set(DEFAULT_GUILD_ID, userId, key, { ...s, due: s.due - byMs });
  }
}

describe("/review", () => {
  it("serves exactly the missed questions and the failed card, most overdue first", async () => {
    const { missed, right } = await playPractice(users.alice, "python-asyncio", 3, (q) => q < 2);

    // A recall card graded Again.
    const recall = await command("recall", { deck: "python-asyncio", cards: 1, solo: true });
    let card = world.fake.originalMessage(recall.sent.token)!;
    const cardId = (await roundItems(buttonIds(card)[0]!.split(".")[2]!))[0]!.id;
    card = (
      await click(
        card,
        buttonIds(card).find((id) => id.startsWith("q1.c."))!,
        users.alice,
      )
    ).message;
    const graded = await click(
      card,
      buttonIds(card).find((id) => id.startsWith("q1.g.") && id.endsWith(".0"))!,
      users.alice,
    );
    expect(graded.data.content).toContain("Saved as **Again**");

    // Misses come back within a minute or so: not yet.
    const early = await command("review", {}, { subcommand: "start" });
    expect(early.data.flags).toBe(EPHEMERAL);
    expect(early.data.content).toMatch(/Nothing due right now\. Next review <t:\d+:R>/);

    await bot.stop();
    await withStore(async (s) => {
      await ageReviews(s, users.alice.id, 10 * MIN);
      // Dave graded a card before review indexes existed: only its schedule is stored.
      await s.keyv.set(
        `sched:${DEFAULT_GUILD_ID}:${dave.id}:python-asyncio:${cardId}`,
        gradeCard(undefined, "again", Date.now() - 10 * MIN),
      );
    });
    bot = await startBot(world, ENV);

    const stats = await command("stats");
    expect(stats.text).toContain('"name":"Review items due","value":"3"');
    expect((await command("stats", {}, { user: dave })).text).toContain(
      '"name":"Review items due","value":"1"',
    );

    const review = await command("review", { items: 20 }, { subcommand: "start" });
    expect(review.data.flags).toBe(EPHEMERAL);
    let msg = world.fake.originalMessage(review.sent.token)!;
    expect(embedText(msg)).toContain("Review: Python asyncio");
    const roundId = buttonIds(msg)[0]!.split(".")[2]!;
    const items = await roundItems(roundId);
    // The two misses in the order they were made, then the card failed after them; nothing answered right.
    expect(items.map((i) => i.id)).toEqual([...missed, cardId]);
    expect(items.map((i) => i.id)).not.toContain(right[0]);

    // Right this time: both questions, then the card.
    for (let q = 0; q < 2; q++) {
      expect(embedText(msg)).toContain(`Question ${q + 1}/3`);
      const answers = buttonIds(msg).filter((id) => id.startsWith("q1.a."));
      const res = await click(msg, answers[items[q]!.correct]!, users.alice);
      expect(res.data.content).toMatch(/Correct!/);
      msg = (
        await click(
          res.message,
          buttonIds(res.message).find((id) => id.startsWith("q1.n."))!,
          users.alice,
        )
      ).message;
    }
    expect(embedText(msg)).toContain("Card 3/3");
    msg = (
      await click(
        msg,
        buttonIds(msg).find((id) => id.startsWith("q1.c."))!,
        users.alice,
      )
    ).message;
    const done = await click(
      msg,
      buttonIds(msg).find((id) => id.startsWith("q1.g.") && id.endsWith(".2"))!,
      users.alice,
    );
    expect(embedText(done.message)).toContain("Reviewed 3 items: 2/2 questions right");

    const after = await command("review", {}, { subcommand: "start" });
    expect(after.data.content).toMatch(/Nothing due right now\. Next review <t:\d+:R>/);
    const deckOnly = await command("review", { deck: "js-promises" }, { subcommand: "start" });
    expect(deckOnly.data.content).toBe("Nothing to review in JavaScript promises and async/await yet.");
  }, 120_000);
});

describe("review reminders", () => {
  it("sends one DM when items are due, and not again after a restart the same day", async () => {
    expect(
      (await command("config", { timezone: TZ }, { subcommand: "set", perms: MANAGER_PERMISSIONS })).data
        .content,
    ).toContain("Settings saved");
    await playPractice(users.bob, "python-asyncio", 2, () => true);
    const now = Date.now();
    const time = new Intl.DateTimeFormat("en-GB", {
      timeZone: TZ,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(now - 10 * MIN);
    const todayRun = zonedInstant(localDay(now, TZ), parseTime(time)!, TZ);
    const on = await command(
      "review",
      { time },
      { subcommandGroup: "remind", subcommand: "on", user: users.bob },
    );
    expect(on.data.flags).toBe(EPHEMERAL);
    expect(on.data.content).toContain(`every day at ${time} (${TZ})`);
    expect(world.fake.directMessages(users.bob.id)).toHaveLength(0); // today's time had passed: tomorrow's is next

    // The bot was down at reminder time, and Bob's misses have come due.
    await bot.stop();
    await withStore(async (s) => {
      await ageReviews(s, users.bob.id, 10 * MIN);
      await s.reminders.update(DEFAULT_GUILD_ID, users.bob.id, (c) => c && { ...c, nextRunAt: todayRun });
    });
    bot = await startBot(world, ENV);
    await bot.waitForLog("review reminder sent");
    const dms = world.fake.directMessages(users.bob.id);
    expect(dms).toHaveLength(1);
    expect(dms[0]!.content).toBe("📚 2 items due in Python asyncio (Quiz Test Guild): /review");
    const sent = world.fake.requests.find(
      (r) => r.method === "POST" && r.path === `/channels/${dms[0]!.channel_id}/messages`,
    );
    expect((sent?.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
    // Nothing in the server's channels.
    expect(
      world.fake.requests.filter(
        (r) => r.method === "POST" && r.path.endsWith("/messages") && !r.path.includes(dms[0]!.channel_id),
      ),
    ).toEqual([]);

    // A restart the same day, even one that lost the next run's write: no second DM.
    await bot.stop();
    await withStore((s) =>
      s.reminders.update(DEFAULT_GUILD_ID, users.bob.id, (c) => c && { ...c, nextRunAt: todayRun }),
    );
    bot = await startBot(world, ENV);
    const run = await bot.waitForLog("reminder run");
    expect(run.outcome).toBe("already-sent");
    expect(world.fake.directMessages(users.bob.id)).toHaveLength(1);
    await withStore(async (s) =>
      expect((await s.reminders.get(DEFAULT_GUILD_ID, users.bob.id))?.nextRunAt).toBe(
        zonedInstant(addDays(localDay(now, TZ), 1), parseTime(time)!, TZ),
      ),
    );

    const off = await command(
      "review",
      {},
      { subcommandGroup: "remind", subcommand: "off", user: users.bob },
    );
    expect(off.data.content).toBe("Review reminder off.");
    expect(
      (await command("review", {}, { subcommandGroup: "remind", subcommand: "off", user: users.bob })).data
        .content,
    ).toContain("already off");
    expect(
      (
        await command(
          "review",
          { time: "25:00" },
          { subcommandGroup: "remind", subcommand: "on", user: users.bob },
        )
      ).data.content,
    ).toContain("not a time I understand");
  }, 120_000);

  it("turns itself off after DMs fail three days in a row, with a note in /stats", async () => {
    await bot.stop();
    world.fake.refuseDms(users.carol.id);
    const today = localDay(Date.now(), TZ);
    const nine = parseTime("09:00")!;
    const runOn = (k: number) => zonedInstant(addDays(today, k + 1), nine, TZ);
    const store = await openStore(world.storeUrl);
    const refusedBefore = world.fake.requests.filter((r) => r.error?.code === 50007).length;
    try {
      // Carol missed a question; her reminder is at 09:00 from tomorrow.
      await store.schedules.set(
        DEFAULT_GUILD_ID,
        users.carol.id,
        "python-asyncio:q:q-missed",
        scheduleAnswer(undefined, false, Date.now()),
      );
      await store.reminders.update(DEFAULT_GUILD_ID, users.carol.id, () => ({
        version: 1,
        time: "09:00",
        enabled: true,
        disabledReason: null,
        nextRunAt: runOn(0),
        failures: 0,
        updatedAt: Date.now(),
      }));
      // The reminder code the bot runs, on three consecutive days of an injected clock, against the fake Discord.
      const client = new Client({ intents: [], rest: { api: world.fake.apiUrl } });
      client.rest.setToken(TEST_TOKEN);
      const log = createLogger("silent");
      let clock = 0;
      const ctx: BotContext = {
        config: loadConfig({ DISCORD_TOKEN: TEST_TOKEN }),
        log,
        store,
        decks: new DeckRegistry((await loadDeckDir(world.decksDir)).decks),
        rounds: new RoundRuntime(store, log),
        images: new ImagePool(1),
        messenger: new Messenger(client),
        client,
        now: () => clock,
      };
      const outcomes: string[] = [];
      for (let k = 0; k < 3; k++) {
        clock = runOn(k);
        outcomes.push(await runReminder(ctx, DEFAULT_GUILD_ID, users.carol.id, clock));
        const c = (await store.reminders.get(DEFAULT_GUILD_ID, users.carol.id))!;
        expect(c.nextRunAt).toBe(k < 2 ? runOn(k + 1) : null);
      }
      expect(outcomes).toEqual(["refused", "refused", "turned-off"]);
      expect(await store.reminders.get(DEFAULT_GUILD_ID, users.carol.id)).toMatchObject({
        enabled: false,
        disabledReason: "dm-failed",
        failures: 3,
      });
      expect(
        (await store.reminders.schedule([DEFAULT_GUILD_ID])).filter((r) => r.userId === users.carol.id),
      ).toEqual([]);
      await client.destroy();
    } finally {
      await store.close();
    }
    expect(world.fake.requests.filter((r) => r.error?.code === 50007).length - refusedBefore).toBe(3);
    expect(world.fake.directMessages(users.carol.id)).toHaveLength(0);

    bot = await startBot(world, ENV);
    const stats = await command("stats", {}, { user: users.carol });
    expect(stats.text).toContain("Your review reminder was turned off");
    expect((await command("stats", {}, { user: users.alice })).text).not.toContain(
      "review reminder was turned off",
    );
    expect(world.fake.rejectedRequests).toEqual([]); // the refused DMs were the test's doing
    expect(world.fake.limitViolations).toEqual([]);
    // Turning it on again clears the note.
    await command(
      "review",
      { time: "09:00" },
      { subcommandGroup: "remind", subcommand: "on", user: users.carol },
    );
    expect((await command("stats", {}, { user: users.carol })).text).not.toContain(
      "review reminder was turned off",
    );
  }, 120_000);
});
