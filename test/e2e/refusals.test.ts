/**
 * The bot's own handling of Discord refusing it: 403 Missing Permissions (50013) on a post where it
 * lost Send Messages without being told, its pre-check where Discord tells it (app_permissions), and
 * 400 Invalid Form Body (50035) on a reply. Each ends in a clear message for the user and a log
 * line with the detail, never a silent failure or a crash.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_BOT_ID,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
  type FakeGuild,
} from "../../src/playground/fake-discord/index.js";
import { t } from "../../src/strings.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

const LOCKED = "1100000000000000031";
const guild: FakeGuild = {
  id: DEFAULT_GUILD_ID,
  name: "Study Hall",
  ownerId: "1100000000000000099",
  channels: [
    { id: DEFAULT_CHANNEL_ID, name: "general" },
    { id: LOCKED, name: "announcements" },
  ],
};
const denySend = [
  { id: DEFAULT_BOT_ID, type: 1, allow: "0", deny: String(PermissionFlagsBits.SendMessages) },
];

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld({ guilds: [guild] });
  bot = await startBot(world, { DAILY_TICK_MS: "600000" });
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

async function command(
  name: string,
  options: Record<string, string | number>,
  o: { subcommand?: string; channelId?: string } = {},
) {
  const sent = world.fake.slashCommand({
    name,
    options,
    user: users.alice,
    memberPermissions: MANAGER_PERMISSIONS,
    channelId: o.channelId ?? DEFAULT_CHANNEL_ID,
    ...(o.subcommand ? { subcommand: o.subcommand } : {}),
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  if (res.body.type !== 5)
    return { sent, flags: res.body.data?.flags ?? 0, content: res.body.data?.content ?? "" };
  const msg = await world.fake.waitFor(() => {
    const m = world.fake.originalMessage(sent.token);
    return m && m.editCount > 0 ? m : undefined;
  }, 8000);
  return { sent, flags: msg.flags, content: msg.content };
}

describe("Discord refuses the bot's post: 50013 Missing Permissions", () => {
  it("turns the daily off with a note when its channel no longer lets the bot post", async () => {
    const set = await command(
      "daily",
      { channel: LOCKED, time: "23:59", deck: "python-asyncio" },
      { subcommand: "set" },
    );
    expect(set.content).toContain("Daily quiz saved");
    // Taken away behind the bot's back: no CHANNEL_UPDATE, so only Discord's answer tells it.
    guild.channels!.find((c) => c.id === LOCKED)!.permission_overwrites = denySend;
    const now = await command("daily", {}, { subcommand: "now" });
    expect(now.flags & 64).toBe(64);
    expect(now.content).toBe(t.dailyDisabled["no-permission"]);
    const disabled = await bot.waitForLog("daily disabled");
    expect(disabled).toMatchObject({ guild: DEFAULT_GUILD_ID, reason: "no-permission" });
    expect(world.fake.rejectedRequests.map((r) => [r.method, r.path, r.status, r.error?.code])).toEqual([
      ["POST", `/channels/${LOCKED}/messages`, 403, 50013],
    ]);
    expect(world.fake.channelMessages(LOCKED)).toEqual([]);
    const status = await command("daily", {}, { subcommand: "status" });
    expect(status.content).toBe("");
    expect(JSON.stringify(world.fake.interactions.get(status.sent.id)?.response?.body)).toContain(
      "not allowed to post",
    );
  });

  it("refuses a public round privately where Discord says it can't post, and posts nothing", async () => {
    const before = world.fake.requests.length;
    const r = await command("practice", { deck: "python-asyncio" }, { channelId: LOCKED });
    expect(r.flags & 64).toBe(64);
    expect(r.content).toBe(t.botMissingPermissions("Send Messages"));
    expect(
      world.fake.requests.slice(before).filter((q) => q.path === `/channels/${LOCKED}/messages`),
    ).toEqual([]);
  });
});

describe("Discord refuses the bot's reply: 400 Invalid Form Body (50035)", () => {
  it("tells the user privately and logs the refused field", async () => {
    const errors = {
      data: {
        embeds: {
          "0": { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "Must be 6000 or fewer in length." }] },
        },
      },
    };
    world.fake.failNext({ method: "POST", pathPrefix: "/interactions/", status: 400, code: 50035, errors });
    const sent = world.fake.slashCommand({ name: "stats", options: {}, user: users.bob });
    // The refused reply, then the bot's private explanation (the first callback was never accepted).
    const callbacks = await world.fake.waitFor(
      () => {
        const c = world.fake.requests.filter((r) => r.path.startsWith(`/interactions/${sent.id}/`));
        return c.length >= 2 ? c : undefined;
      },
      8000,
      "the refused reply and the bot's private explanation",
    );
    expect(callbacks.map((c) => [c.status, c.error?.code])).toEqual([
      [400, 50035],
      [204, undefined],
    ]);
    const explained = world.fake.interactions.get(sent.id)!.response!.body.data!;
    expect(explained.flags).toBe(64);
    expect(explained.content).toMatch(
      /^Something went wrong on our side; nothing you did\. Please try again\. \(ref `[0-9a-f]{8}`\)$/,
    );
    const failed = await bot.waitForLog("interaction failed");
    expect(failed).toMatchObject({
      kind: "command:stats",
      outcome: "error",
      err: { code: 50035, status: 400 },
    });
    expect(String((failed.err as { message: string }).message)).toContain(
      "data.embeds[0][BASE_TYPE_MAX_LENGTH]: Must be 6000 or fewer in length.",
    );
    const ref = /ref `([0-9a-f]{8})`/.exec(String(explained.content))![1];
    expect(failed.ref).toBe(ref);
  });
});
