/**
 * Moderators through Discord: deck upload (and every way it can go wrong), export, remove, list
 * paging, settings, and refusals for members without the right. Attachments are served by the fake.
 */
import { tr } from "../../src/strings.js";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  type FakeGuild,
} from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

const MOD_ROLE = "1100000000000000003";
const STUDY_ROLE = "1100000000000000004";
const guild: FakeGuild = {
  id: DEFAULT_GUILD_ID,
  name: "Study Hall",
  ownerId: "1100000000000000099",
  channels: [
    { id: DEFAULT_CHANNEL_ID, name: "general" },
    { id: "1100000000000000005", name: "quiz" },
  ],
  roles: [
    { id: MOD_ROLE, name: "Quiz mods" },
    { id: STUDY_ROLE, name: "Students" },
  ],
};
const QUIZ_CHANNEL = "1100000000000000005";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld({ guilds: [guild] });
  bot = await startBot(world, { DECK_DOWNLOAD_TIMEOUT_MS: "800" });
}, 60_000);

afterAll(async () => {
  const errors = bot?.logs.filter((l) => l.includes('"level":"error"')) ?? [];
  if (errors.length) console.error(errors.join("\n"));
  await bot?.stop();
  await world?.close();
});

const EPHEMERAL = 64;
type Opts = {
  user?: typeof users.alice;
  perms?: string;
  roles?: string[];
  channelId?: string;
  locale?: string;
};

async function command(
  name: string,
  subcommand: string | undefined,
  options: Record<string, unknown>,
  o: Opts = {},
) {
  const sent = world.fake.slashCommand({
    name,
    ...(subcommand ? { subcommand } : {}),
    options: options as never,
    user: o.user ?? users.alice,
    memberPermissions: o.perms ?? MANAGER_PERMISSIONS,
    ...(o.roles ? { roles: o.roles } : {}),
    ...(o.channelId ? { channelId: o.channelId } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
  });
  const res = await world.fake.responseTo(sent.id);
  // A deferred reply (type 5) is completed by an edit of @original.
  if (res.body.type === 5) {
    const msg = await world.fake.waitFor(
      () => {
        const m = world.fake.originalMessage(sent.token);
        return m && m.editCount > 0 ? m : undefined;
      },
      8000,
      `the edited reply to /${name} ${subcommand ?? ""}`,
    );
    return {
      sent,
      type: 5,
      flags: res.body.data?.flags ?? msg.flags,
      content: msg.content,
      embeds: msg.embeds,
      message: msg,
    };
  }
  const d = res.body.data ?? {};
  return {
    sent,
    type: res.body.type,
    flags: d.flags ?? 0,
    content: d.content ?? "",
    embeds: d.embeds ?? [],
    message: world.fake.originalMessage(sent.token),
  };
}

async function upload(
  name: string,
  body: string | Buffer,
  opts: {
    contentType?: string;
    replace?: boolean;
    delayMs?: number;
    status?: number;
    size?: number;
  } & Opts = {},
) {
  const url = world.fake.addAttachment(name, opts.contentType ?? "application/x-yaml", body, {
    ...(opts.delayMs ? { delayMs: opts.delayMs } : {}),
    ...(opts.status ? { status: opts.status } : {}),
  });
  const file = opts.size !== undefined ? { url, size: opts.size } : url;
  return command("deck", "add", { file, ...(opts.replace ? { replace: true } : {}) }, opts);
}

async function serverDeckIds(): Promise<string[]> {
  const store = await openStore(world.storeUrl);
  try {
    return (await store.decks.list(DEFAULT_GUILD_ID)).map((d) => d.id).sort();
  } finally {
    await store.close();
  }
}

const text = (x: unknown) => JSON.stringify(x);

const GOOD = `title: Cell biology
description: Organelles and what they do
tags: [biology]
cards:
  - front: What does the mitochondrion do?
    back: It makes most of the cell's ATP through cellular respiration.
questions:
  - difficulty: easy
    prompt: Which organelle makes most of a cell's ATP?
    choices: [Mitochondrion, Ribosome, Golgi apparatus]
    answer: Mitochondrion
    explanation: Cellular respiration happens mostly in the mitochondria.
  - difficulty: medium
    prompt: Where are proteins made?
    choices: [Ribosome, Lysosome]
    answer: Ribosome
    explanation: Ribosomes translate mRNA into proteins.
`;

describe("deck upload", () => {
  it("refuses members without Manage Server or the moderator role, saving nothing", async () => {
    const r = await upload("cells.yaml", GOOD, { user: users.bob, perms: MEMBER_PERMISSIONS });
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.content).toMatch(/Only members with Manage Server/);
    expect(await serverDeckIds()).toEqual([]);
  });

  it("adds a deck, lists it, plays it, refuses a duplicate id without replace and replaces with it", async () => {
    const r = await upload("cells.yaml", GOOD);
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.content).toContain("Added deck `cells`");
    expect(text(r.embeds)).toContain("1 card · 2 questions (1 easy, 1 medium, 0 hard) · 0 prompts");
    expect(await serverDeckIds()).toEqual(["cells"]);

    const info = await command(
      "deck",
      "info",
      { deck: "cells" },
      { user: users.bob, perms: MEMBER_PERMISSIONS },
    );
    expect(text(info.embeds)).toContain(`Added by <@${users.alice.id}>`);

    const play = await command(
      "practice",
      undefined,
      { deck: "cells", questions: 1 },
      { user: users.bob, perms: MEMBER_PERMISSIONS, channelId: QUIZ_CHANNEL },
    );
    expect(play.content).toContain("Cell biology");
    await command(
      "stop",
      undefined,
      {},
      { user: users.bob, perms: MEMBER_PERMISSIONS, channelId: QUIZ_CHANNEL },
    );

    const dup = await upload("cells.yaml", GOOD.replace("Cell biology", "Cells v2"));
    expect(dup.content).toMatch(/already has a deck `cells`.*replace/);
    const rep = await upload("cells.yaml", GOOD.replace("Cell biology", "Cells v2"), { replace: true });
    expect(rep.content).toContain("Replaced deck `cells` (**Cells v2**)");
  });

  it("exports a deck that re-uploads unchanged", async () => {
    const r = await command(
      "deck",
      "export",
      { deck: "cells" },
      { user: users.bob, perms: MEMBER_PERMISSIONS },
    );
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    const req = world.fake.requests.find((q) => q.path.includes(r.sent.id) && q.files.length > 0)!;
    expect(req.files[0]!.name).toBe("cells.yaml");
    const exported = req.files[0]!.content.toString("utf8");
    expect(exported).toBe(GOOD.replace("Cell biology", "Cells v2"));
    const again = await upload("cells.yaml", exported, { replace: true });
    expect(again.content).toContain("Replaced deck `cells`");
    const builtIn = await command("deck", "export", { deck: "python-asyncio" });
    const b = world.fake.requests.find((q) => q.path.includes(builtIn.sent.id) && q.files.length > 0)!;
    expect(b.files[0]!.content.toString("utf8")).toBe(await readFile("decks/python-asyncio.yaml", "utf8"));
  });

  it("reports a broken deck with file, line:column, path and a fix, showing 10 and counting the rest", async () => {
    const bad = ["title: Broken", "questions:"];
    for (let n = 0; n < 12; n++) {
      bad.push(
        "  - difficulty: easy",
        `    prompt: Question number ${n}?`,
        "    choices: [Yes, No]",
        "    answer: Maybe",
        "    explanation: Because.",
      );
    }
    const r = await upload("broken.yaml", bad.join("\n"));
    expect(r.content).toContain("`broken.yaml` was not saved: 12 problems");
    const body = text(r.embeds);
    expect(body).toContain(
      "broken.yaml:6:13 error questions[0].answer: answer must equal one of the choices",
    );
    expect(body).toContain("…and 2 more");
    expect(await serverDeckIds()).toEqual(["cells"]);

    // A moderator whose client is Japanese reads the same problems in Japanese, at the same places.
    const ja = await upload("broken.yaml", bad.join("\n"), { locale: "ja" });
    const jaBody = text(ja.embeds);
    expect(ja.content).toBe(tr("ja").deckRejected("broken.yaml", 12));
    const where = {
      file: "broken.yaml",
      line: 6,
      column: 13,
      path: "questions[0].answer",
      severity: "error",
    } as const;
    const prefix = tr("ja")
      .deckIssue({ ...where, message: "" })
      .slice(0, -2); // "broken.yaml:6:13 <error> questions[0].answer"
    expect(prefix).not.toContain(" error ");
    expect(jaBody).toContain(`${prefix}: `);
    expect(jaBody).not.toContain("answer must equal");
    // And a file refused before it is even downloaded.
    const pdf = await upload("notes.pdf", "x", { locale: "ja", contentType: "application/pdf" });
    expect(pdf.content).toBe(
      tr("ja").deckFile({ message: "", code: "notADeckFile", params: { name: "notes.pdf" } }),
    );
  });

  it("turns every hostile upload into a clear private error and saves nothing", async () => {
    const laughs = await readFile("test/decks/fixtures/billion-laughs.yaml");
    const deep = `title: Deep\nquestions: ${"[".repeat(5000)}${"]".repeat(5000)}\n`;
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      Buffer.alloc(200, 7),
    ]);
    const cases: [string, Promise<{ content: string; flags: number }>, RegExp][] = [
      ["alias bomb", upload("laughs.yaml", laughs), /alias/i],
      ["deep nesting", upload("deep.yaml", deep), /nest/i],
      [
        "too big (declared)",
        upload("big.yaml", "title: x\n", { size: 600 * 1024 }),
        /600 KB; the limit is 512 KB/,
      ],
      [
        "too big (actual)",
        upload("sneaky.yaml", "title: x\n" + "#".repeat(600 * 1024), { size: 100 }),
        /larger than 512 KB/,
      ],
      ["binary", upload("image.yaml", png, { contentType: "application/octet-stream" }), /not UTF-8|binary/i],
      [
        "wrong content type",
        upload("photo.yaml", png, { contentType: "image/png" }),
        /image\/png, not as text/,
      ],
      // .txt is a deck format now (Quizlet and Anki exports); a PDF is not.
      [
        "wrong extension",
        upload("notes.pdf", GOOD, { contentType: "text/plain" }),
        /is not a deck file: upload a \.yaml, \.yml or \.json deck, a \.csv/,
      ],
      ["download hangs", upload("slow.yaml", GOOD, { delayMs: 3000 }), /took longer than/],
      ["download fails", upload("gone.yaml", GOOD, { status: 500 }), /answered 500/],
      ["built-in id", upload("python-asyncio.yaml", GOOD), /built-in deck's id/],
      [
        "4,000-character field",
        upload("long.yaml", GOOD.replace("Organelles and what they do", "x".repeat(4000))),
        /description.*at most 300/,
      ],
    ];
    for (const [what, pending, expected] of cases) {
      const r = await pending;
      expect(r.flags & EPHEMERAL, what).toBe(EPHEMERAL);
      expect(r.content + text((r as { embeds?: unknown }).embeds), what).toMatch(expected);
    }
    expect(await serverDeckIds()).toEqual(["cells"]);
    const still = await command("stats", undefined, {});
    expect(text(still.embeds)).toContain("Accuracy");
  });

  it("plays a deck of hostile text (mentions, markdown, zero-width, right-to-left, maximum lengths) inside Discord's limits", async () => {
    const long = (c: string, n: number) => c.repeat(n);
    const choices = [0, 1, 2, 3, 4].map((n) =>
      `${n} @everyone <@&${MOD_ROLE}> \u200b\u202e ${long("ω", 150)}`.slice(0, 150),
    );
    const yaml = [
      `title: "${long("T", 90)} @everyone"`,
      "questions:",
      "  - difficulty: hard",
      `    prompt: "${"**bold** <@" + users.bob.id + "> @here \u200b\u202e" + long("p", 650)}"`,
      "    code: |",
      `      ${long("c", 1150)}`,
      "      ``` escape attempt",
      "    language: python",
      `    choices: [${choices.map((c) => JSON.stringify(c)).join(", ")}]`,
      `    answer: ${JSON.stringify(choices[2])}`,
      `    explanation: "${long("e", 790)}"`,
      `    steps: [${Array.from({ length: 6 }, () => JSON.stringify(long("s", 150))).join(", ")}]`,
      `    hint: "${long("h", 300)}"`,
      `    mistakes: [${Array.from({ length: 5 }, () => JSON.stringify(long("m", 150))).join(", ")}]`,
    ].join("\n");
    const r = await upload("hostile.yaml", yaml);
    expect(r.content).toContain("Added deck `hostile`");
    const seen = new Set(world.fake.channelMessages(QUIZ_CHANNEL).map((m) => m.id));
    await command("practice", undefined, { deck: "hostile", questions: 1 }, { channelId: QUIZ_CHANNEL });
    const q = await world.fake.waitFor(() =>
      world.fake.channelMessages(QUIZ_CHANNEL).find((m) => !seen.has(m.id) && m.embeds.length > 0),
    );
    const reveal = buttonsOf(q)
      .map((b) => String(b.custom_id))
      .find((id) => id.startsWith("q1.r."))!;
    world.fake.clickButton({
      messageId: q.id,
      customId: reveal,
      user: users.alice,
      channelId: QUIZ_CHANNEL,
      memberPermissions: MANAGER_PERMISSIONS,
    });
    await world.fake.waitFor(() => text(world.fake.messages.get(q.id)!.embeds).includes("Common mistakes"));
    expect(world.fake.limitViolations).toEqual([]);
  });

  it("removes a deck but keeps players' points", async () => {
    const store = await openStore(world.storeUrl);
    const before = await store.stats.get(DEFAULT_GUILD_ID, users.alice.id);
    await store.close();
    const refused = await command(
      "deck",
      "remove",
      { deck: "cells" },
      { user: users.bob, perms: MEMBER_PERMISSIONS },
    );
    expect(refused.content).toMatch(/Only members/);
    const r = await command("deck", "remove", { deck: "cells" });
    expect(r.content).toContain("Removed deck `cells`");
    expect(await serverDeckIds()).not.toContain("cells");
    const gone = await command("deck", "info", { deck: "cells" });
    expect(gone.content).toContain('There is no deck called "cells"');
    const builtIn = await command("deck", "remove", { deck: "python-asyncio" });
    expect(builtIn.content).toMatch(/built-in decks can't be removed/);
    const after = await openStore(world.storeUrl);
    expect(await after.stats.get(DEFAULT_GUILD_ID, users.alice.id)).toEqual(before);
    await after.close();
  });

  it("pages a long deck list with buttons", async () => {
    for (let n = 0; n < 9; n++) {
      const r = await upload(`topic-${n}.yaml`, GOOD.replace("Cell biology", `Topic ${n}`), {
        roles: [MOD_ROLE],
        perms: MEMBER_PERMISSIONS,
      });
      // The moderator role is not set yet: refused. Set it, then upload as a plain member with that role.
      if (n === 0) {
        expect(r.content).toMatch(/Only members/);
        const set = await command("config", "set", { moderator_role: MOD_ROLE });
        expect(text(set.embeds)).toContain(`<@&${MOD_ROLE}>`);
        const retry = await upload(`topic-${n}.yaml`, GOOD.replace("Cell biology", `Topic ${n}`), {
          roles: [MOD_ROLE],
          perms: MEMBER_PERMISSIONS,
        });
        expect(retry.content).toContain("Added deck `topic-0`");
      } else {
        expect(r.content).toContain(`Added deck \`topic-${n}\``);
      }
    }
    const list = await command("deck", "list", {}, { user: users.bob, perms: MEMBER_PERMISSIONS });
    expect(list.flags & EPHEMERAL).toBe(0);
    expect(text(list.embeds)).toContain("Page 1/2");
    const next = buttonsOf(list.message!).find((b) => b.label === "Next")!;
    const page = world.fake.clickButton({
      messageId: list.message!.id,
      customId: String(next.custom_id),
      user: users.bob,
    });
    const res = await world.fake.responseTo(page.id);
    expect(res.body.type).toBe(7);
    expect(text(res.body.data?.embeds)).toContain("Page 2/2");
    expect(text(res.body.data?.embeds)).toContain("topic-8");
  });
});

describe("settings", () => {
  it("shows and changes settings, validates the timezone, and the next round uses them", async () => {
    const refused = await command(
      "config",
      "set",
      { questions: 2 },
      { user: users.bob, perms: MEMBER_PERMISSIONS },
    );
    expect(refused.content).toMatch(/Only members/);
    const badTz = await command("config", "set", { timezone: "Mars/Olympus" });
    expect(badTz.content).toMatch(/not a time zone I know/);
    const set = await command("config", "set", { questions: 2, timer: 45, timezone: "Europe/Berlin" });
    expect(set.content).toContain("Settings saved");
    const show = await command("config", "show", {});
    expect(text(show.embeds)).toContain("Europe/Berlin");

    const seen = new Set(world.fake.channelMessages(DEFAULT_CHANNEL_ID).map((m) => m.id));
    const start = await command(
      "practice",
      undefined,
      { deck: "js-promises" },
      { user: users.bob, perms: MEMBER_PERMISSIONS },
    );
    expect(start.content).toContain("2 items");
    const q = await world.fake.waitFor(() =>
      world.fake.channelMessages(DEFAULT_CHANNEL_ID).find((m) => !seen.has(m.id) && m.embeds.length > 0),
    );
    const closes = Number(/<t:(\d+):R>/.exec(text(q.embeds))![1]);
    // The 45 s timer, measured from when the question was posted (not from when this line runs,
    // which on a loaded machine can be seconds later): <t:…> is whole seconds, so within 1 s.
    const posted = Date.parse(q.timestamp);
    expect(Math.abs(closes * 1000 - (posted + 45_000))).toBeLessThanOrEqual(1000);
    await command("stop", undefined, {}, { user: users.bob, perms: MEMBER_PERMISSIONS });

    await command("config", "set", { starter_role: STUDY_ROLE });
    const blocked = await command(
      "practice",
      undefined,
      { deck: "js-promises" },
      { user: users.carol, perms: MEMBER_PERMISSIONS },
    );
    expect(blocked.content).toMatch(/Only members with the quiz role/);
    const allowed = await command(
      "practice",
      undefined,
      { deck: "js-promises" },
      { user: users.carol, perms: MEMBER_PERMISSIONS, roles: [STUDY_ROLE] },
    );
    expect(allowed.content).toContain("started a practice round");
    await command(
      "stop",
      undefined,
      {},
      { user: users.carol, perms: MEMBER_PERMISSIONS, roles: [STUDY_ROLE] },
    );
    await command("config", "set", { starter_role: DEFAULT_GUILD_ID });
    expect(text((await command("config", "show", {})).embeds)).toContain("everyone");
  });
});
