/**
 * Who may do what, through Discord: every moderator command for a plain member, a member with the
 * quiz-moderator role and a member with Manage Server; every round command under a starter role;
 * Reveal and /stop by a non-host with and without Manage Messages; /daily off; the default member
 * permissions the bot registers; and deck autocomplete, through the bot's own handler, with 30
 * server decks with long titles (more than Discord's 25 choices).
 */
import { PermissionFlagsBits } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDeckText } from "../../src/decks/load.js";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  type FakeGuild,
  type FakeMessage,
  type FakeUser,
} from "../../src/playground/fake-discord/index.js";
import { openStore } from "../../src/store/index.js";
import { t } from "../../src/strings.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

const MOD_ROLE = "1100000000000000003";
const STARTER_ROLE = "1100000000000000004";
const DAILY_CHANNEL = "1100000000000000005";
const guild: FakeGuild = {
  id: DEFAULT_GUILD_ID,
  name: "Study Hall",
  ownerId: "1100000000000000099",
  channels: [
    { id: DEFAULT_CHANNEL_ID, name: "general" },
    { id: DAILY_CHANNEL, name: "daily" },
  ],
  roles: [
    { id: MOD_ROLE, name: "Quiz mods" },
    { id: STARTER_ROLE, name: "Students" },
  ],
};
const EPHEMERAL = 64;
const MANAGE_MESSAGES = (BigInt(MEMBER_PERMISSIONS) | PermissionFlagsBits.ManageMessages).toString();
const dave: FakeUser = { id: "1100000000000000103", username: "dave", global_name: "Dave" };
const erin: FakeUser = { id: "1100000000000000104", username: "erin", global_name: "Erin" };

interface Actor {
  who: string;
  user: FakeUser;
  perms: string;
  roles: string[];
}
const member: Actor = { who: "a member", user: users.bob, perms: MEMBER_PERMISSIONS, roles: [] };
const starter: Actor = {
  who: "a member with the starter role",
  user: users.carol,
  perms: MEMBER_PERMISSIONS,
  roles: [STARTER_ROLE],
};
const moderator: Actor = {
  who: "a member with the quiz-moderator role",
  user: dave,
  perms: MEMBER_PERMISSIONS,
  roles: [MOD_ROLE],
};
const manager: Actor = {
  who: "a member with Manage Server",
  user: erin,
  perms: MANAGER_PERMISSIONS,
  roles: [],
};

let world: World;
let bot: BotProcess;

/** 30 server decks with 100-character titles, stored before the bot starts. */
const LONG_DECKS = Array.from({ length: 30 }, (_, n) => {
  const id = `long-${String(n).padStart(2, "0")}`;
  const title = `Long deck ${String(n).padStart(2, "0")} ${"x".repeat(100)}`.slice(0, 100);
  return { id, title };
});

beforeAll(async () => {
  world = await startWorld({ guilds: [guild] });
  const store = await openStore(world.storeUrl);
  try {
    for (const { id, title } of LONG_DECKS) {
      const source = `title: ${title}\ncards:\n  - front: Front\n    back: Back\n`;
      const loaded = loadDeckText(source, `${id}.yaml`);
      if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
      await store.decks.put(DEFAULT_GUILD_ID, {
        deck: loaded.deck,
        source,
        fileName: `${id}.yaml`,
        addedBy: erin.id,
        addedAt: Date.now(),
      });
    }
    await store.settings.set(DEFAULT_GUILD_ID, { modRoleId: MOD_ROLE });
  } finally {
    await store.close();
  }
  bot = await startBot(world, { DAILY_TICK_MS: "600000" });
}, 60_000);

afterAll(async () => {
  if (process.env.E2E_DUMP_LOGS) console.error(bot?.logs.join("\n"));
  await bot?.stop();
  const rejected = world?.fake.rejectedRequests.map((r) => `${r.method} ${r.path} ${r.status}`);
  await world?.close();
  expect(rejected).toEqual([]);
});

async function run(
  actor: Actor,
  name: string,
  subcommand: string | undefined,
  options: Record<string, unknown>,
  channelId = DEFAULT_CHANNEL_ID,
) {
  const sent = world.fake.slashCommand({
    name,
    ...(subcommand ? { subcommand } : {}),
    options: options as never,
    user: actor.user,
    memberPermissions: actor.perms,
    roles: actor.roles,
    channelId,
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
    return { flags: msg.flags, content: msg.content };
  }
  return { flags: res.body.data?.flags ?? 0, content: res.body.data?.content ?? "" };
}

describe("registered commands", () => {
  it("carry Manage Server as the default permission where everything is for moderators, and none elsewhere", () => {
    const registered = Object.fromEntries(
      world.fake.registeredCommands().map((c) => [c.name, c.default_member_permissions ?? null]),
    );
    const manageServer = String(PermissionFlagsBits.ManageGuild);
    expect(registered).toEqual({
      config: manageServer,
      daily: manageServer,
      deck: null,
      explain: null,
      leaderboard: null,
      practice: null,
      recall: null,
      review: null,
      stats: null,
      stop: null,
      streak: null,
      test: null,
    });
  });
});

describe("moderator commands", () => {
  const deckYaml = `title: Role check deck\ncards:\n  - front: F\n    back: B\n`;
  /** Each moderator action, in an order that works when allowed; the reply when it is allowed. */
  const actions: { action: string; run: (a: Actor) => ReturnType<typeof run>; allowed: RegExp }[] = [
    {
      action: "/config set",
      run: (a) => run(a, "config", "set", { questions: 5 }),
      allowed: /^Settings saved/,
    },
    {
      action: "/daily set",
      run: (a) => run(a, "daily", "set", { channel: DAILY_CHANNEL, time: "23:59", deck: "js-promises" }),
      allowed: /^Daily quiz saved/,
    },
    {
      action: "/daily now",
      run: (a) => run(a, "daily", "now", {}),
      allowed: /^Posted today's daily quiz in <#\d+>\.|^Today's daily quiz was already posted\./,
    },
    { action: "/daily off", run: (a) => run(a, "daily", "off", {}), allowed: /^The daily quiz is off\./ },
    {
      action: "/deck add",
      run: (a) =>
        run(a, "deck", "add", {
          file: world.fake.addAttachment("role-check.yaml", "application/x-yaml", deckYaml),
          replace: true,
        }),
      allowed: /Added deck `role-check`|Replaced deck `role-check`/,
    },
    {
      action: "/deck remove",
      run: (a) => run(a, "deck", "remove", { deck: "role-check" }),
      allowed: /^Removed deck `role-check`/,
    },
  ];

  for (const actor of [member, moderator, manager]) {
    it(`${actor.who}: ${actor === member ? "refused" : "allowed"} on every one`, async () => {
      const outcomes: [string, string][] = [];
      for (const a of actions) {
        const r = await a.run(actor);
        expect(r.flags & EPHEMERAL, a.action).toBe(EPHEMERAL);
        outcomes.push([
          a.action,
          actor === member ? r.content : a.allowed.test(r.content) ? "allowed" : r.content,
        ]);
      }
      const expected = actor === member ? t.moderatorsOnly : "allowed";
      expect(outcomes).toEqual(actions.map((a) => [a.action, expected]));
    });
  }

  it("/daily off stops the schedule in the store, and says so when already off", async () => {
    await run(manager, "daily", "set", { channel: DAILY_CHANNEL, time: "23:59", deck: "js-promises" });
    expect((await run(manager, "daily", "off", {})).content).toBe(t.dailyOff);
    const store = await openStore(world.storeUrl);
    try {
      expect(await store.dailies.get(DEFAULT_GUILD_ID)).toMatchObject({
        enabled: false,
        disabledReason: null,
        nextRunAt: null,
      });
      expect((await store.dailies.schedule([DEFAULT_GUILD_ID]))[DEFAULT_GUILD_ID] ?? null).toBeNull();
    } finally {
      await store.close();
    }
    expect((await run(manager, "daily", "off", {})).content).toBe(t.dailyAlreadyOff);
  });
});

describe("round commands under a starter role", () => {
  const rounds: { command: string; options: Record<string, unknown> }[] = [
    { command: "practice", options: { deck: "js-promises", questions: 1, solo: true } },
    { command: "recall", options: { deck: "django-async", cards: 1, solo: true } },
    { command: "explain", options: { deck: "django-async", solo: true } },
    { command: "test", options: { deck: "js-promises" } },
  ];

  it("only the role, quiz moderators and Manage Server may start any of them", async () => {
    await run(manager, "config", "set", { starter_role: STARTER_ROLE });
    const outcomes: string[] = [];
    for (const actor of [member, starter, moderator, manager]) {
      for (const r of rounds) {
        const reply = await run(actor, r.command, undefined, r.options);
        const refused = reply.content === t.notAllowedToStart;
        outcomes.push(`${actor.who} /${r.command}: ${refused ? "refused" : "started"}`);
        if (!refused) expect((await run(actor, "stop", undefined, {})).content).toMatch(/^Stopped the round/);
      }
    }
    expect(outcomes).toEqual(
      [member, starter, moderator, manager].flatMap((a) =>
        rounds.map((r) => `${a.who} /${r.command}: ${a === member ? "refused" : "started"}`),
      ),
    );
    await run(manager, "config", "set", { starter_role: DEFAULT_GUILD_ID });
  });
});

describe("a public round's host controls", () => {
  const embedText = (m: FakeMessage) => JSON.stringify(m.embeds);
  async function startPublic(host: Actor) {
    const before = new Set(world.fake.channelMessages(DEFAULT_CHANNEL_ID).map((m) => m.id));
    expect(
      (await run(host, "practice", undefined, { deck: "python-asyncio", questions: 1, timer: 120 })).content,
    ).toContain("started a practice round");
    return world.fake.waitFor(
      () =>
        world.fake
          .channelMessages(DEFAULT_CHANNEL_ID)
          .find(
            (m) => !before.has(m.id) && buttonsOf(m).some((b) => String(b.custom_id).startsWith("q1.r.")),
          ),
      8000,
      "the question",
    );
  }
  const click = async (m: FakeMessage, actor: Actor) => {
    const reveal = buttonsOf(m)
      .map((b) => String(b.custom_id))
      .find((id) => id.startsWith("q1.r."))!;
    const sent = world.fake.clickButton({
      messageId: m.id,
      customId: reveal,
      user: actor.user,
      memberPermissions: actor.perms,
      roles: actor.roles,
    });
    return (await world.fake.responseTo(sent.id)).body;
  };

  it("Reveal by a non-host is refused privately and changes nothing; with Manage Messages it reveals", async () => {
    const q = await startPublic(member);
    const refused = await click(q, starter);
    expect(refused.data).toMatchObject({ flags: EPHEMERAL, content: t.onlyHostReveals });
    expect(world.fake.messages.get(q.id)!.editCount).toBe(q.editCount);

    const withManageMessages = await click(q, { ...starter, perms: MANAGE_MESSAGES });
    expect(withManageMessages.type).toBe(6);
    await world.fake.waitFor(
      () => embedText(world.fake.messages.get(q.id)!).includes('"name":"Answer"'),
      8000,
      "the reveal",
    );
    // A one-question round ends with its reveal: the channel is free once the round is stored ended.
    await channelFree();
  });

  it("/stop by a non-host with Manage Messages ends the round; without it, refused", async () => {
    await startPublic(member);
    expect((await run(starter, "stop", undefined, {})).content).toBe(t.stopNotAllowed);
    expect((await run({ ...starter, perms: MANAGE_MESSAGES }, "stop", undefined, {})).content).toMatch(
      /^Stopped the round/,
    );
    await channelFree();
  });
});

async function channelFree(): Promise<void> {
  // cacheLimit 0: each read goes to the file, where the bot's release lands.
  const store = await openStore(world.storeUrl, { cacheLimit: 0 });
  try {
    const deadline = Date.now() + 8000;
    while (await store.rounds.activeInChannel(DEFAULT_CHANNEL_ID)) {
      if (Date.now() > deadline) throw new Error("the channel's round never ended");
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    await store.close();
  }
}

describe("deck autocomplete with 30 server decks and long titles", () => {
  it("answers through the bot's handler within Discord's 25 choices and 100 characters", async () => {
    for (const typed of ["", "long", "Long deck 2"]) {
      const sent = world.fake.autocomplete({
        name: "practice",
        focused: "deck",
        options: { deck: typed },
        user: users.alice,
      });
      const res = await world.fake.responseTo(sent.id);
      expect(res.status).toBe(204); // accepted: the fake refuses a 26th choice or a 101-character name
      const choices = res.body.data!.choices!;
      const matching = typed === "Long deck 2" ? 10 : typed === "long" ? 30 : 33;
      expect(choices).toHaveLength(Math.min(25, matching));
      for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(100);
      if (typed === "Long deck 2")
        expect(choices.map((c) => c.value)).toEqual(LONG_DECKS.slice(20).map((d) => d.id));
    }
  });
});
