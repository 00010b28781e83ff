/**
 * Localisation end to end: each member hears private replies in their own client language, while
 * what a channel sees speaks the server's (`/config set language`, else Discord's guild_locale).
 * And the commands Discord shows are registered with every locale's descriptions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  type FakeGuild,
  type FakeMessage,
} from "../../src/playground/fake-discord/index.js";
import { openStore } from "../../src/store/index.js";
import { tr } from "../../src/strings.js";
import type { APIEmbed } from "discord.js";
import { latinWords, seen } from "../i18n/seen.js";
import { commandCatalogues } from "../../src/i18n/commands/index.js";
import { correctChoiceOf, startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

const FRENCH_GUILD_ID = "1100000000000000201";
const FRENCH_CHANNEL_ID = "1100000000000000202";
const JAPANESE_GUILD_ID = "1100000000000000301";
const JAPANESE_CHANNEL_ID = "1100000000000000302";
const guilds: FakeGuild[] = [
  { id: DEFAULT_GUILD_ID, name: "Lerngruppe", channels: [{ id: DEFAULT_CHANNEL_ID, name: "allgemein" }] },
  {
    id: FRENCH_GUILD_ID,
    name: "Salle d'étude",
    locale: "fr",
    channels: [{ id: FRENCH_CHANNEL_ID, name: "général" }],
  },
  {
    id: JAPANESE_GUILD_ID,
    name: "勉強会",
    locale: "ja",
    channels: [{ id: JAPANESE_CHANNEL_ID, name: "雑談" }],
  },
];
const EPHEMERAL = 64;
const DISCORD_CODES = ["es-ES", "es-419", "pt-BR", "fr", "de", "ja"];

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld({ guilds });
  bot = await startBot(world);
  await world.fake.waitForCommands();
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

interface As {
  user?: typeof users.alice;
  locale?: string;
  memberPermissions?: string;
  guildId?: string;
  channelId?: string;
  subcommand?: string;
}

async function command(name: string, options: Record<string, string | number | boolean>, as: As = {}) {
  const sent = world.fake.slashCommand({
    name,
    options,
    user: as.user ?? users.alice,
    ...(as.locale ? { locale: as.locale } : {}),
    ...(as.memberPermissions ? { memberPermissions: as.memberPermissions } : {}),
    ...(as.guildId ? { guildId: as.guildId } : {}),
    ...(as.channelId ? { channelId: as.channelId } : {}),
    ...(as.subcommand ? { subcommand: as.subcommand } : {}),
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  return { sent, res, data: res.body.data ?? {} };
}

async function click(message: FakeMessage, customId: string, user: typeof users.alice, locale: string) {
  const sent = world.fake.clickButton({
    messageId: message.id,
    customId,
    user,
    channelId: message.channel_id,
    locale,
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  return { sent, res, data: res.body.data ?? {} };
}

function newQuestion(channelId: string, seen: Set<string>) {
  return world.fake.waitFor(
    () =>
      world.fake
        .channelMessages(channelId)
        .find((m) => !seen.has(m.id) && !(m.flags & EPHEMERAL) && m.embeds.length > 0),
    8000,
    "the round's question",
  );
}

const embedText = (m: { embeds?: unknown[] }) => JSON.stringify(m.embeds ?? []);

describe("languages", () => {
  it("registers every command and option with names and descriptions for all six locales", async () => {
    const registered = await world.fake.waitForCommands();
    expect(registered.length).toBeGreaterThan(5);
    type Node = {
      name: string;
      name_localizations?: Record<string, string>;
      description_localizations?: Record<string, string>;
      options?: Node[];
      choices?: { name_localizations?: unknown }[];
    };
    const walk = (node: Node, path: string): void => {
      expect(Object.keys(node.name_localizations ?? {}).sort(), path).toEqual([...DISCORD_CODES].sort());
      expect(Object.keys(node.description_localizations ?? {}).sort(), path).toEqual(
        [...DISCORD_CODES].sort(),
      );
      for (const o of node.options ?? []) walk(o, `${path} ${o.name}`);
    };
    for (const c of registered as unknown as Node[]) walk(c, c.name);
    const practice = (registered as unknown as Node[]).find((c) => c.name === "practice")!;
    expect(practice.description_localizations?.de).toBe(commandCatalogues.de["practice.description"]);
    expect(practice.description_localizations?.ja).toMatch(/ラウンド/);
    expect(practice.name_localizations).toMatchObject({ "es-ES": "practicar", de: "üben", ja: "練習" });
    const deckOption = practice.options!.find((o) => o.name === "deck")!;
    expect(deckOption.name_localizations).toMatchObject({ "pt-BR": "baralho", fr: "paquet", de: "stapel" });
  });

  it("a Spanish-speaking member gets private replies in Spanish while the round in a German server is German", async () => {
    // The manager's client is English: their own confirmation is English, the setting is German.
    const set = await command(
      "config",
      { language: "de" },
      { subcommand: "set", memberPermissions: MANAGER_PERMISSIONS, locale: "en-US" },
    );
    expect(set.data.flags).toBe(EPHEMERAL);
    expect(set.data.content).toBe(tr("en").settingsSaved);
    expect(embedText(set.data)).toContain("Deutsch");
    const store = await openStore(world.storeUrl);
    try {
      expect((await store.settings.get(DEFAULT_GUILD_ID)).language).toBe("de");
    } finally {
      await store.close();
    }

    // A refusal (thrown as a UserError) reaches a Spanish member in Spanish.
    const refused = await command(
      "config",
      { language: "fr" },
      { subcommand: "set", user: users.bob, memberPermissions: MEMBER_PERMISSIONS, locale: "es-ES" },
    );
    expect(refused.data.flags).toBe(EPHEMERAL);
    expect(refused.data.content).toBe(tr("es").moderatorsOnly);

    // Bob (es-ES) starts a public round: what the channel sees is German.
    const seen = new Set(world.fake.channelMessages(DEFAULT_CHANNEL_ID).map((m) => m.id));
    const start = await command(
      "practice",
      { deck: "python-asyncio", questions: 1, timer: 60 },
      { user: users.bob, locale: "es-ES" },
    );
    expect(start.data.flags ?? 0).toBe(0);
    expect(start.data.content).toContain("hat eine Übungsrunde zu");
    const question = await newQuestion(DEFAULT_CHANNEL_ID, seen);
    expect(embedText(question)).toContain("Frage 1/1");
    expect(embedText(question)).toContain(tr("de").question.footerPublic);
    expect(buttonsOf(question).map((b) => b.label)).toContain(tr("de").question.reveal);

    // Carol (es-419) answers wrong and Bob (es-ES) right: each hears it privately in Spanish.
    const ids = buttonsOf(question)
      .map((b) => String(b.custom_id))
      .filter((id) => id.startsWith("q1.a."));
    const right = await correctChoiceOf(world, ids[0]!);
    const wrong = right === 0 ? 1 : 0;
    const miss = await click(question, ids[wrong]!, users.carol, "es-419");
    expect(miss.data.flags).toBe(EPHEMERAL);
    expect(miss.data.content).toBe(tr("es").wrong(miss.data.content!.match(/\*\*([A-E])\*\*/)![1]!));
    expect(miss.data.content).toMatch(/^❌ .*elegiste \*\*[A-E]\*\*/);
    const hit = await click(question, ids[right]!, users.bob, "es-ES");
    expect(hit.data.flags).toBe(EPHEMERAL);
    expect(hit.data.content).toMatch(/^✅ ¡Correcto! \+\d+ puntos?\. Racha de aciertos: 1$/);

    // Bob reveals: the reveal is German for the whole channel.
    const reveal = buttonsOf(question).find((b) => String(b.custom_id).startsWith("q1.r."));
    expect(reveal).toBeDefined();
    await click(question, String(reveal!.custom_id), users.bob, "es-ES");
    const revealed = await world.fake.waitFor(
      () => {
        const m = world.fake.channelMessages(DEFAULT_CHANNEL_ID).find((x) => x.id === question.id);
        return m && embedText(m).includes(tr("de").question.answers) ? m : undefined;
      },
      8000,
      "the German reveal",
    );
    expect(embedText(revealed)).toContain("(2 insgesamt)");
    expect(embedText(revealed)).toContain(tr("de").question.fastest);
    expect(embedText(revealed)).not.toContain("Fastest correct");

    // Its only question revealed, the round's summary follows, in German too.
    const summary = await world.fake.waitFor(
      () => world.fake.channelMessages(DEFAULT_CHANNEL_ID).find((m) => embedText(m).includes("Runde vorbei")),
      8000,
      "the German summary",
    );
    expect(embedText(summary)).toContain(tr("de").summary.footer);
    expect(embedText(summary)).toContain("richtig)");
  });

  it("follows Discord's server locale when no language was chosen, and a member's own replies stay theirs", async () => {
    const seen = new Set(world.fake.channelMessages(FRENCH_CHANNEL_ID).map((m) => m.id));
    const start = await command(
      "practice",
      { deck: "python-asyncio", questions: 1, timer: 60 },
      { user: users.alice, locale: "ja", guildId: FRENCH_GUILD_ID, channelId: FRENCH_CHANNEL_ID },
    );
    expect(start.data.content).toContain("a lancé une manche d’entraînement sur");
    const question = await newQuestion(FRENCH_CHANNEL_ID, seen);
    expect(embedText(question)).toContain("Question 1/1");
    expect(embedText(question)).toContain(tr("fr").question.footerPublic);
    // A second round in the same channel is refused to the Japanese member in Japanese.
    const busy = await command(
      "practice",
      { deck: "python-asyncio", questions: 1 },
      { user: users.carol, locale: "ja", guildId: FRENCH_GUILD_ID, channelId: FRENCH_CHANNEL_ID },
    );
    expect(busy.data.flags).toBe(EPHEMERAL);
    expect(busy.data.content).toContain("ラウンドが進行中です");
  });

  it("a private round speaks its player's language, whatever the server's", async () => {
    const start = await command(
      "practice",
      { deck: "python-asyncio", questions: 1, solo: true },
      { user: users.carol, locale: "pt-BR" },
    );
    expect(start.data.flags).toBe(EPHEMERAL);
    expect(embedText(start.data)).toContain("Pergunta 1/1");
    expect(embedText(start.data)).toContain(tr("pt-BR").question.footerSolo);
  });

  it("a Japanese server and member read settings, decks, stats, streaks and the daily quiz without English", async () => {
    const as = { locale: "ja", guildId: JAPANESE_GUILD_ID, channelId: JAPANESE_CHANNEL_ID };
    const replies = {
      settings: await command(
        "config",
        {},
        { ...as, subcommand: "show", memberPermissions: MANAGER_PERMISSIONS },
      ),
      info: await command("deck", { deck: "python-asyncio" }, { ...as, subcommand: "info" }),
      list: await command("deck", {}, { ...as, subcommand: "list" }),
      stats: await command("stats", {}, as),
      leaderboard: await command("leaderboard", {}, as),
      streak: await command("streak", {}, as),
      daily: await command("daily", {}, { ...as, subcommand: "status" }),
      refused: await command(
        "config",
        { questions: 5 },
        { ...as, subcommand: "set", memberPermissions: MEMBER_PERMISSIONS },
      ),
    };
    // Deck text is never translated: the deck's title, description and tags are set aside (the
    // deck list's titles are its bold spans), and so is the time zone's IANA name.
    const info = (replies.info.data.embeds as APIEmbed[])[0]!;
    const texts = [
      ...Object.entries(replies)
        .filter(([k]) => k !== "info")
        .flatMap(([, r]) => seen(r.data as never)),
      ...(info.fields ?? []).map((f) => f.name),
      info.fields!.at(-1)!.value,
      info.description!.split("\n").at(-1)!,
    ].map((s) => s.replace(/\*\*[^*]*\*\*/g, " ").replace("UTC", " "));
    expect(texts.join("\n")).toContain("クイズの設定");
    expect(texts.join("\n")).toContain("組み込み");
    expect(latinWords(texts)).toEqual([]);
  });
});
