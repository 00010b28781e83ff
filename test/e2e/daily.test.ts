/**
 * Daily quizzes through the fake Discord: a scheduled post missed while the bot was down is made
 * once on start-up (and not again on the next start-up), answered, revealed with the day's correct
 * players when it closes, and counted for the daily streak; a deleted channel turns one server's
 * daily off with a note, and nobody else's.
 */
import { DiscordAPIError } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTime, zonedInstant } from "../../src/engine/daily.js";
import { localDay } from "../../src/engine/streaks.js";
import { disableReasonOf } from "../../src/discord/daily/post.js";
import { openStore } from "../../src/store/index.js";
import { tr } from "../../src/strings.js";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  type FakeGuild,
  type FakeMessage,
} from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

const QUIZ = "1100000000000000005";
const GUILD_B = "1100000000000000200";
const LOBBY_B = "1100000000000000201";
const DOOMED_B = "1100000000000000202";
const guildA: FakeGuild = {
  id: DEFAULT_GUILD_ID,
  name: "Study Hall",
  ownerId: "1100000000000000099",
  channels: [
    { id: DEFAULT_CHANNEL_ID, name: "general" },
    { id: QUIZ, name: "quiz" },
  ],
};
const guildB: FakeGuild = {
  id: GUILD_B,
  name: "Other School",
  ownerId: "1100000000000000099",
  channels: [
    { id: LOBBY_B, name: "lobby" },
    { id: DOOMED_B, name: "doomed" },
  ],
};
/** Questions close this long after they are posted (instead of at the next day's post). */
const OPEN_MS = 15_000;
const ENV = { DAILY_OPEN_MS: String(OPEN_MS), DAILY_TICK_MS: "500" };
const EPHEMERAL = 64;

/** A zone where it is around noon now, so "ten minutes ago" is today whenever the tests run. */
function noonZone(): string {
  const offset = 12 - new Date().getUTCHours();
  return offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}
const TZ = noonZone();

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld({ guilds: [guildA, guildB] });
  bot = await startBot(world, ENV);
}, 60_000);

afterAll(async () => {
  const errors = bot?.logs.filter((l) => l.includes('"level":"error"') || l.includes('"level":50')) ?? [];
  if (errors.length) console.error(errors.join("\n"));
  await bot?.stop();
  // After whichever tests ran; the only refusals are the deleted channel's (limit violations are
  // checked by world.close()).
  const rejected = world?.fake.rejectedRequests
    .filter((r) => !r.path.includes(DOOMED_B))
    .map((r) => `${r.method} ${r.path} ${r.status}`);
  await world?.close();
  expect(rejected).toEqual([]);
});

async function command(
  name: string,
  subcommand: string | undefined,
  options: Record<string, unknown> = {},
  o: { user?: typeof users.alice; channelId?: string; perms?: string } = {},
) {
  const sent = world.fake.slashCommand({
    name,
    ...(subcommand ? { subcommand } : {}),
    options: options as never,
    user: o.user ?? users.alice,
    memberPermissions: o.perms ?? MANAGER_PERMISSIONS,
    channelId: o.channelId ?? DEFAULT_CHANNEL_ID,
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  if (res.body.type === 5) {
    const msg = await world.fake.waitFor(
      () => {
        const m = world.fake.originalMessage(sent.token);
        return m && m.editCount > 0 ? m : undefined;
      },
      8000,
      `the edited reply to /${name} ${subcommand ?? ""}`,
    );
    return { flags: msg.flags, content: msg.content, text: JSON.stringify([msg.content, msg.embeds]) };
  }
  const d = res.body.data ?? {};
  return { flags: d.flags ?? 0, content: d.content ?? "", text: JSON.stringify([d.content, d.embeds]) };
}

const dailyMessages = (channelId: string) =>
  world.fake
    .channelMessages(channelId)
    .filter((m) => !(m.flags & EPHEMERAL) && m.content.includes("Question of the day"));
const buttonIds = (m: FakeMessage) => buttonsOf(m).map((b) => String(b.custom_id));

async function withStore<T>(fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(world.storeUrl);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

describe("scheduled daily quiz", () => {
  it("is posted once after a missed run, answered, revealed with the day's correct players, and counted", async () => {
    expect((await command("config", "set", { timezone: TZ })).content).toContain("Settings saved");
    const now = Date.now();
    const today = localDay(now, TZ);
    // Ten minutes ago, local time: already past today, so /daily set schedules tomorrow's run.
    const time = new Intl.DateTimeFormat("en-GB", {
      timeZone: TZ,
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(now - 10 * 60_000);
    const todayRun = zonedInstant(today, parseTime(time)!, TZ);
    expect(todayRun).toBeLessThan(now);

    const set = await command("daily", "set", { channel: QUIZ, time, deck: "python-asyncio" });
    expect(set.flags).toBe(EPHEMERAL);
    expect(set.content).toContain(`<#${QUIZ}>`);
    expect(set.text).toContain(`<t:${Math.floor((todayRun + 86_400_000) / 1000)}:F>`);
    expect(set.text).toContain(":R>");
    const status = await command("daily", "status");
    expect(status.text).toContain("Python");
    expect(status.text).toContain(`<#${QUIZ}>`);

    // The bot was down at post time: put the run in the past while it is stopped.
    await bot.stop();
    await withStore((s) => s.dailies.update(DEFAULT_GUILD_ID, (c) => c && { ...c, nextRunAt: todayRun }));
    bot = await startBot(world, ENV);
    await bot.waitForLog("daily posted");
    const posted = dailyMessages(QUIZ);
    expect(posted).toHaveLength(1);
    const question = posted[0]!;
    // The server's local day, written as a date ("November 30, 2026"), not as ISO.
    expect(question.content).toBe(tr("en").dailyPost(today, 1, 1));
    expect(question.content).toContain(new Date(`${today}T00:00:00Z`).getUTCFullYear().toString());
    expect(JSON.stringify(question.embeds)).toContain("Question 1/1");
    const answers = buttonIds(question).filter((id) => id.startsWith("q1.a."));
    expect(buttonIds(question).some((id) => id.startsWith("q1.r."))).toBe(false); // no host to reveal
    // Regular rounds stay possible in the channel.
    expect(
      (await command("practice", undefined, { deck: "js-promises", questions: 1 }, { channelId: QUIZ }))
        .content,
    ).toContain("started a practice round");
    await command("stop", undefined, {}, { channelId: QUIZ });

    const roundId = answers[0]!.split(".")[2]!;
    const right = await withStore(async (s) => {
      const item = (await s.rounds.get(roundId))!.items[0]!;
      return item.kind === "question" ? item.question.correctIndex : -1;
    });
    const click = async (choice: number, user: typeof users.alice) => {
      const sent = world.fake.clickButton({
        messageId: question.id,
        customId: answers[choice]!,
        user,
        channelId: QUIZ,
      });
      return (await world.fake.responseTo(sent.id)).body.data?.content ?? "";
    };
    expect(await click(right, users.alice)).toMatch(/Correct!/);
    expect(await click(right === 0 ? 1 : 0, users.bob)).toMatch(/Not quite/);

    const streak = await command("streak", undefined, {}, { channelId: QUIZ });
    expect(streak.text).toContain("1 day");
    expect(streak.text).toContain(`<@${users.alice.id}>`);
    expect(streak.text).toContain(`<@${users.bob.id}>`); // any answer keeps a daily streak

    // A second restart in a row: the question stays open (no "restarting" edit) and nothing is posted again.
    await bot.stop();
    expect(world.fake.messages.get(question.id)!.content).not.toContain("restarting");
    bot = await startBot(world, ENV);
    await bot.waitForLog("daily scheduler started");
    expect(dailyMessages(QUIZ)).toHaveLength(1);
    expect((await command("daily", "now")).content).toContain("already posted");

    // Its close timer was re-armed on start-up: the reveal names today's correct players only.
    const summaries = () =>
      world.fake.channelMessages(QUIZ).filter((m) => JSON.stringify(m.embeds).includes("Round over")).length;
    const summariesBefore = summaries();
    const revealed = await world.fake.waitFor(
      () => {
        const m = world.fake.messages.get(question.id)!;
        return JSON.stringify(m.embeds).includes("Correct today") ? m : undefined;
      },
      OPEN_MS + 10_000,
      "the daily question's reveal",
    );
    const field = (revealed.embeds[0]?.fields as { name: string; value: string }[]).find(
      (f) => f.name === "Correct today",
    )!;
    expect(field.value).toBe(`<@${users.alice.id}>`);
    expect(revealed.components).toEqual([]);
    expect(revealed.content).toContain("Question of the day");
    // No round summary after a daily question. A summary is posted before the round's ended state
    // is stored, so once the store says "ended", one would be there: wait for that, not a fixed time.
    const ended = await openStore(world.storeUrl, { cacheLimit: 0 });
    try {
      const deadline = Date.now() + 10_000;
      while ((await ended.rounds.get(roundId))?.status !== "ended" && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect((await ended.rounds.get(roundId))?.status).toBe("ended");
    } finally {
      await ended.close();
    }
    expect(summaries()).toBe(summariesBefore);

    await withStore(async (s) => {
      expect((await s.stats.get(DEFAULT_GUILD_ID, users.alice.id)).dailyStreak.current).toBe(1);
      // A daily answer is scheduled for review like any other: Bob's miss is in his review index.
      const asked = (await s.rounds.get(roundId))!.items[0]!;
      const key = `python-asyncio:q:${asked.kind === "question" ? asked.question.id : "?"}`;
      expect(Object.keys((await s.schedules.index(DEFAULT_GUILD_ID, users.bob.id))?.items ?? {})).toContain(
        key,
      );
      expect((await s.dailies.get(DEFAULT_GUILD_ID))?.nextRunAt).toBe(todayRun + 86_400_000);
    });
  }, 120_000);
});

describe("a daily whose channel was deleted", () => {
  it("turns off with a log line and a note in /daily status, and no other server's daily", async () => {
    const options = { channel: DOOMED_B, time: "23:59", deck: "js-promises", questions: 2 };
    const member = { channelId: LOBBY_B, user: users.carol, perms: MEMBER_PERMISSIONS };
    expect((await command("daily", "set", options, member)).content).toMatch(
      /Only members with Manage Server/,
    );
    expect(
      (await command("daily", "set", { ...options, time: "25:00" }, { channelId: LOBBY_B })).content,
    ).toMatch(/not a time I understand/);
    expect(
      (await command("daily", "set", { ...options, deck: "no-such-deck" }, { channelId: LOBBY_B })).content,
    ).toMatch(/no deck called/);
    const set = await command("daily", "set", options, { channelId: LOBBY_B });
    expect(set.content).toContain("Daily quiz saved");
    guildB.channels = guildB.channels!.filter((c) => c.id !== DOOMED_B);

    expect((await command("daily", "now", undefined, member)).content).toMatch(
      /Only members with Manage Server/,
    );
    const now = await command("daily", "now", undefined, { channelId: LOBBY_B });
    expect(now.content).toMatch(/channel was deleted/);
    await bot.waitForLog("daily disabled");
    const status = await command("daily", "status", undefined, { channelId: LOBBY_B });
    expect(status.text).toMatch(/channel was deleted/);
    expect(status.text).toContain("Off");

    const other = await command("daily", "status");
    expect(other.text).toContain("On");
    expect(other.text).not.toMatch(/Turned off/);
    await withStore(async (s) => {
      expect(await s.dailies.get(GUILD_B)).toMatchObject({
        enabled: false,
        disabledReason: "channel-missing",
        nextRunAt: null,
        open: [],
      });
      expect((await s.dailies.get(DEFAULT_GUILD_ID))?.enabled).toBe(true);
    });
  });

  it("tells channel errors apart from passing ones", () => {
    const err = (status: number, code: number) =>
      new DiscordAPIError({ code, message: "x" }, code, status, "POST", "/channels/1/messages", {});
    expect(disableReasonOf(err(404, 10003))).toBe("channel-missing");
    expect(disableReasonOf(err(403, 50013))).toBe("no-permission");
    expect(disableReasonOf(err(403, 50001))).toBe("no-permission");
    expect(disableReasonOf(err(500, 0))).toBeNull();
    expect(disableReasonOf(new Error("socket hang up"))).toBeNull();
  });
});
