/**
 * Issue 14, rendering and permissions, through Discord: a hostile deck at every size limit renders
 * inside Discord's limits with no spoofed links or mentions; only Manage Server changes who
 * moderates; the bot posts a round or a daily quiz only where the invoker may post themselves.
 */
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { maxSizeDeck } from "../../src/decks/max-size.js";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  type FakeGuild,
  type FakeMessage,
} from "../../src/playground/fake-discord/index.js";
import { HOSTILE_FILLER, visibleText } from "../discord/render-helpers.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

const MOD_ROLE = "1100000000000000003";
const STUDY_ROLE = "1100000000000000004";
const QUIZ_CHANNEL = "1100000000000000005";
const guild: FakeGuild = {
  id: DEFAULT_GUILD_ID,
  name: "Study Hall",
  channels: [
    { id: DEFAULT_CHANNEL_ID, name: "general" },
    { id: QUIZ_CHANNEL, name: "announcements" },
  ],
  roles: [
    { id: MOD_ROLE, name: "Quiz mods" },
    { id: STUDY_ROLE, name: "Students" },
  ],
};
const EPHEMERAL = 64;
/** A member of a read-only channel: may read, may not write. */
const READ_ONLY = (BigInt(MEMBER_PERMISSIONS) & ~PermissionFlagsBits.SendMessages).toString();

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld({ guilds: [guild] });
  bot = await startBot(world);
}, 60_000);

afterAll(async () => {
  if (process.env.E2E_DUMP_LOGS) console.error(bot?.logs.join("\n"));
  await bot?.stop();
  await world?.close();
});

type As = { user?: typeof users.alice; perms?: string; roles?: string[]; resolved?: Record<string, unknown> };
const moderator: As = { user: users.bob, perms: MEMBER_PERMISSIONS, roles: [MOD_ROLE] };

async function command(
  name: string,
  subcommand: string | undefined,
  options: Record<string, unknown>,
  o: As = {},
) {
  const sent = world.fake.slashCommand({
    name,
    ...(subcommand ? { subcommand } : {}),
    options: options as never,
    user: o.user ?? users.alice,
    memberPermissions: o.perms ?? MANAGER_PERMISSIONS,
    ...(o.roles ? { roles: o.roles } : {}),
    ...(o.resolved ? { resolved: o.resolved } : {}),
  });
  const res = await world.fake.responseTo(sent.id);
  if (res.body.type === 5) {
    const msg = await world.fake.waitFor(
      () => {
        const m = world.fake.originalMessage(sent.token);
        return m && m.editCount > 0 ? m : undefined;
      },
      8000,
      `the edited reply to /${name}`,
    );
    return { flags: res.body.data?.flags ?? msg.flags, content: msg.content, embeds: msg.embeds };
  }
  const d = res.body.data ?? {};
  return { flags: d.flags ?? 0, content: d.content ?? "", embeds: d.embeds ?? [] };
}

const showSettings = async () => JSON.stringify((await command("config", "show", {})).embeds);

describe("only Manage Server changes moderator_role and starter_role", () => {
  it("a quiz moderator can't hand out moderator rights or change who starts rounds", async () => {
    expect((await command("config", "set", { moderator_role: MOD_ROLE })).content).toMatch(/Settings saved/);

    const everyoneMods = await command("config", "set", { moderator_role: DEFAULT_GUILD_ID }, moderator);
    expect(everyoneMods.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(everyoneMods.content).toMatch(
      /Only members with Manage Server can change `\/config set starter_role` or `\/config set moderator_role`/,
    );
    const starter = await command("config", "set", { starter_role: STUDY_ROLE, questions: 7 }, moderator);
    expect(starter.content).toMatch(/Only members with Manage Server/);
    const settings = await showSettings();
    expect(settings).toContain(`<@&${MOD_ROLE}> and Manage Server`);
    expect(settings).toContain('"Who may start rounds","value":"everyone"');
    expect(settings).not.toContain('"value":"7"');

    // The rest of /config set stays theirs.
    expect((await command("config", "set", { questions: 7 }, moderator)).content).toMatch(/Settings saved/);
    expect(await showSettings()).toContain('"Questions per round","value":"7"');
  });
});

describe("the bot posts only where the invoker may post", () => {
  it("/daily set refuses a channel where the moderator can't send messages", async () => {
    const readOnly = { channels: { [QUIZ_CHANNEL]: { permissions: READ_ONLY } } };
    const r = await command(
      "daily",
      "set",
      { channel: QUIZ_CHANNEL, time: "09:00", deck: "python-asyncio" },
      { ...moderator, resolved: readOnly },
    );
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.content).toBe(
      `You can't send the daily quiz to <#${QUIZ_CHANNEL}>: you need Send Messages there yourself. Pick a channel where you can post. Nothing was changed.`,
    );
    expect((await command("daily", "status", {})).content).toMatch(/There is no daily quiz/);

    const ok = await command(
      "daily",
      "set",
      { channel: QUIZ_CHANNEL, time: "09:00", deck: "python-asyncio" },
      moderator,
    );
    expect(ok.content).toMatch(/Daily quiz saved/);
  });

  it("a public round needs the invoker's View Channel and Send Messages; a private one doesn't", async () => {
    const before = world.fake.channelMessages(DEFAULT_CHANNEL_ID).length;
    const r = await command(
      "practice",
      undefined,
      { deck: "python-asyncio", questions: 1 },
      { user: users.carol, perms: READ_ONLY },
    );
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.content).toMatch(
      /You can't start a public round in this channel: you need Send Messages here yourself/,
    );
    expect(world.fake.channelMessages(DEFAULT_CHANNEL_ID).filter((m) => !(m.flags & EPHEMERAL))).toHaveLength(
      world.fake
        .channelMessages(DEFAULT_CHANNEL_ID)
        .slice(0, before)
        .filter((m) => !(m.flags & EPHEMERAL)).length,
    );

    const solo = await command(
      "practice",
      undefined,
      { deck: "python-asyncio", questions: 1, solo: true },
      { user: users.carol, perms: READ_ONLY },
    );
    expect(solo.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(solo.embeds)).toContain("Question 1/1");
  });
});

// What Discord's markdown would draw as a mention (the filler's kinds: the bot's own messages
// mention players on purpose) or a masked link.
const MENTION = /<@&\d+>|<#\d+>|@(everyone|here)\b/;
const MASKED_LINK = /\]\(/;

describe("a hostile deck at every size limit", () => {
  const deck = maxSizeDeck(2, { filler: HOSTILE_FILLER });
  const file = {
    title: deck.title,
    description: deck.description,
    tags: deck.tags,
    cards: deck.cards,
    questions: deck.questions,
    prompts: deck.prompts.map(({ modelAnswer, ...p }) => ({ ...p, model_answer: modelAnswer })),
  };
  /** Everything players see (the deck's code blocks hold no markup: see max-size.ts). */
  const proseOf = (m: { content?: string; embeds?: unknown[] }) => visibleText(m as never);

  it("uploads, and /deck info and /deck list show it with no spoofed mentions or links", async () => {
    const url = world.fake.addAttachment(`${deck.id}.yaml`, "application/x-yaml", stringify(file));
    const added = await command("deck", "add", { file: url });
    expect(added.content).toContain(`Added deck \`${deck.id}\``);
    for (const shown of [
      added,
      await command("deck", "info", { deck: deck.id }),
      await command("deck", "list", {}),
    ]) {
      expect(proseOf(shown)).not.toMatch(MENTION);
      expect(proseOf(shown)).not.toMatch(MASKED_LINK);
    }
    expect(world.fake.limitViolations).toEqual([]);
  });

  it("a refused upload names its file without turning it into a mention", async () => {
    const url = world.fake.addAttachment(
      "<@&1100000000000000003> @everyone.yaml",
      "application/x-yaml",
      "title: x\n",
    );
    const refused = await command("deck", "add", { file: url });
    expect(refused.content).toMatch(/was not saved/);
    expect(refused.content.replaceAll("\u200b", "")).toContain("<@&1100000000000000003> @everyone.yaml");
    expect(refused.content).not.toMatch(MENTION);
  });

  it("plays a public round: question, hint and reveal fit and spoof nothing", async () => {
    const seen = new Set(world.fake.channelMessages(DEFAULT_CHANNEL_ID).map((m) => m.id));
    const start = await command("practice", undefined, { deck: deck.id, questions: 2, timer: 120 });
    expect(proseOf(start)).not.toMatch(MENTION);
    const question = await world.fake.waitFor(
      () =>
        world.fake
          .channelMessages(DEFAULT_CHANNEL_ID)
          .find((m) => !seen.has(m.id) && !(m.flags & EPHEMERAL) && m.embeds.length > 0),
      8000,
      "the first question",
    );
    const idOf = (m: FakeMessage, label: string) =>
      String(buttonsOf(m).find((b) => b.label === label)!.custom_id);
    const hint = world.fake.clickButton({
      messageId: question.id,
      customId: idOf(question, "Hint"),
      user: users.bob,
      channelId: DEFAULT_CHANNEL_ID,
    });
    const hintReply = (await world.fake.responseTo(hint.id)).body.data ?? {};
    expect(hintReply.content).toContain("💡 Hint:");
    expect(proseOf(hintReply)).not.toMatch(MENTION);
    expect(proseOf(hintReply)).not.toMatch(MASKED_LINK);

    const reveal = world.fake.clickButton({
      messageId: question.id,
      customId: idOf(question, "Reveal (host)"),
      channelId: DEFAULT_CHANNEL_ID,
    });
    await world.fake.responseTo(reveal.id);
    const closed = await world.fake.waitFor(
      () => {
        const m = world.fake.messages.get(question.id)!;
        return JSON.stringify(m.embeds).includes('"name":"Why"') ? m : undefined;
      },
      8000,
      "the reveal",
    );
    for (const m of [question, closed]) {
      expect(proseOf(m)).not.toMatch(MENTION);
      expect(proseOf(m)).not.toMatch(MASKED_LINK);
    }
    // The masked links' real targets are on show.
    expect(visibleText(closed as never)).toContain("docs.python.org (https://evil.example/x)");
    expect(world.fake.limitViolations).toEqual([]);
    expect(world.fake.rejectedRequests).toEqual([]);
  });
});
