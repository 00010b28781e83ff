/**
 * Bringing material from elsewhere, through Discord: `/deck add` of a CSV, a Quizlet export, an Anki
 * text export and an Anki package, each followed by a `/practice` round from it with the revealed
 * explanation, and `/deck export` + `/deck add replace:true` changing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  type FakeGuild,
} from "../../src/playground/fake-discord/index.js";
import { anki21bPackage, writtenByAnkiApkgExport } from "../decks/import/packages.js";
import {
  embedText,
  EPHEMERAL,
  exportDeck,
  practiceAndReveal,
  slash,
  storedDeck,
  uploadDeck,
} from "./deck-upload.js";
import { startBot, startWorld, type BotProcess, type World } from "./harness.js";

let world: World;
let bot: BotProcess;
const CHANNELS = {
  csv: "1100000000000000011",
  quizlet: "1100000000000000012",
  anki: "1100000000000000013",
  apkg: "1100000000000000014",
};
const guild: FakeGuild = {
  id: DEFAULT_GUILD_ID,
  name: "Study Hall",
  ownerId: "1100000000000000099",
  channels: [
    { id: DEFAULT_CHANNEL_ID, name: "general" },
    ...Object.entries(CHANNELS).map(([name, id]) => ({ id, name })),
  ],
};

beforeAll(async () => {
  world = await startWorld({ guilds: [guild] });
  bot = await startBot(world);
}, 60_000);

afterAll(async () => {
  const errors = bot?.logs.filter((l) => l.includes('"level":"error"')) ?? [];
  if (errors.length) console.error(errors.join("\n"));
  await bot?.stop();
  await world?.close();
});

const CSV = [
  "question,answer,wrong1,wrong2,wrong3,explanation",
  "Which planet is largest?,Jupiter,Mars,Venus,Mercury,Jupiter is more than twice as massive as all other planets together.",
  "Which planet is closest to the Sun?,Mercury,Earth,Mars,Neptune,Mercury orbits at about 0.39 AU.",
  "Which planet has the most moons?,Saturn,Earth,Mars,Venus,Saturn has more than 140 known moons.",
  "Which planet is red?,Mars,Venus,Jupiter,Uranus,Iron oxide dust makes Mars look red.",
  ",,,,,",
  "no answer here,,,,,",
].join("\r\n");

const QUIZLET = ["hund\tdog", "katze\tcat", "vogel\tbird", "fisch\tfish", "maus\tmouse"].join("\n");

const ANKI_TEXT = [
  "#separator:tab",
  "#html:true",
  "#notetype column:1",
  "#deck column:2",
  "Basic\tCapitals\tCapital of <b>France</b>\tParis",
  "Basic\tCapitals\tCapital of Italy\tRome",
  "Basic\tCapitals\tCapital of Spain\tMadrid",
  "Cloze\tCapitals\t{{c1::Berlin}} is the capital of {{c2::Germany}}\t",
].join("\n");

describe("importing decks through /deck add", () => {
  it("adds a CSV of questions with a private summary and plays it with the explanation revealed", async () => {
    const r = await uploadDeck(world, "Planets.csv", CSV, { contentType: "text/csv" });
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.content).toContain("Added deck `planets`");
    const summary = embedText(r);
    expect(summary).toContain("Format: CSV with a header row (comma-separated)");
    expect(summary).toContain("0 cards · 4 questions (0 easy, 4 medium, 0 hard) · 0 prompts");
    expect(summary).toContain("Skipped (1)");
    expect(summary).toContain("line 7: the back/answer is empty");
    expect(summary).toContain("Preview: Planets");
    expect(summary).toContain("Which planet is largest?");
    const stored = await storedDeck(world, DEFAULT_GUILD_ID, "planets");
    expect(stored?.fileName).toBe("planets.yaml");
    expect(stored?.deck.questions).toHaveLength(4);

    const { revealed } = await practiceAndReveal(world, "planets", CHANNELS.csv);
    const text = embedText(revealed);
    const explanations = ["more than twice as massive", "0.39 AU", "140 known moons", "Iron oxide"];
    expect(explanations.some((e) => text.includes(e))).toBe(true);
  });

  it("adds a Quizlet export as cards", async () => {
    const r = await uploadDeck(world, "German Animals.txt", QUIZLET);
    expect(r.content).toContain("Added deck `german-animals`");
    expect(embedText(r)).toContain(
      "Format: Quizlet export (tab between term and definition, rows on new lines)",
    );
    expect(embedText(r)).toContain("5 cards · 0 questions");
    expect(embedText(r)).toContain("Nothing skipped.");
    expect(
      (await storedDeck(world, DEFAULT_GUILD_ID, "german-animals"))?.deck.cards.map((c) => c.back),
    ).toEqual(["dog", "cat", "bird", "fish", "mouse"]);
  });

  it("plays the Quizlet deck in /practice, the card's back revealed", async () => {
    const { revealed } = await practiceAndReveal(world, "german-animals", CHANNELS.quizlet);
    expect(["dog", "cat", "bird", "fish", "mouse"].some((b) => embedText(revealed).includes(b))).toBe(true);
  });

  it("adds an Anki text export, with HTML as markdown and one card per cloze", async () => {
    const r = await uploadDeck(world, "capitals.txt", ANKI_TEXT);
    expect(r.content).toContain("Added deck `capitals`");
    expect(embedText(r)).toContain("Format: Anki notes in plain text (tab-separated, HTML on)");
    expect(embedText(r)).toContain("5 cards · 0 questions");
    const cards = (await storedDeck(world, DEFAULT_GUILD_ID, "capitals"))?.deck.cards.map((c) => [
      c.front,
      c.back,
    ]);
    expect(cards).toContainEqual(["Capital of **France**", "Paris"]);
    expect(cards).toContainEqual(["[...] is the capital of Germany", "Berlin"]);
  });

  it("plays the Anki text deck in /practice, the card's back revealed", async () => {
    const { revealed } = await practiceAndReveal(world, "capitals", CHANNELS.anki);
    expect(
      ["Paris", "Rome", "Madrid", "Berlin", "Germany"].some((b) => embedText(revealed).includes(b)),
    ).toBe(true);
  });

  it("adds Anki packages, legacy (anki-apkg-export) and current (anki21b)", async () => {
    const legacy = await writtenByAnkiApkgExport("Elements", [
      ["H", "Hydrogen"],
      ["He", "Helium"],
      ["Li", "Lithium"],
      ["Be", "Beryllium"],
      ['<img src="periodic.png">', "Table"],
    ]);
    const r = await uploadDeck(world, "elements.apkg", legacy, { contentType: "application/zip" });
    expect(r.content).toContain("Added deck `elements` (**Elements**)");
    expect(embedText(r)).toContain("Format: Anki package (legacy layout, collection.anki2)");
    expect(embedText(r)).toMatch(/note \d+: only images or sounds, which are not shown yet/);

    const current = await anki21bPackage("Science::Acids", [
      { fields: ["HCl", "hydrochloric acid"] },
      { fields: ["{{c1::H2SO4}} is sulfuric acid", ""], cloze: true },
    ]);
    const c = await uploadDeck(world, "acids.apkg", current, { contentType: "application/octet-stream" });
    expect(c.content).toContain("Added deck `acids` (**Acids**)");
    expect(embedText(c)).toContain("current Anki layout, collection.anki21b");
  });

  it("plays the Anki package deck in /practice, the card's back revealed", async () => {
    const { revealed } = await practiceAndReveal(world, "elements", CHANNELS.apkg);
    expect(["Hydrogen", "Helium", "Lithium", "Beryllium"].some((b) => embedText(revealed).includes(b))).toBe(
      true,
    );
  });

  it("exports an imported deck as YAML that uploads again with replace:true and changes nothing", async () => {
    for (const id of ["planets", "german-animals", "capitals", "elements"]) {
      const before = await storedDeck(world, DEFAULT_GUILD_ID, id);
      const file = await exportDeck(world, id);
      expect(file.name).toBe(`${id}.yaml`);
      expect(file.text).toBe(before?.source);
      const again = await uploadDeck(world, file.name, file.text, {
        contentType: "application/x-yaml",
        replace: true,
      });
      expect(again.content).toContain(`Replaced deck \`${id}\``);
      const after = await storedDeck(world, DEFAULT_GUILD_ID, id);
      expect(after?.deck).toEqual(before?.deck);
      expect(after?.source).toBe(before?.source);
      expect(after?.fileName).toBe(before?.fileName);
    }
  });

  it("refuses a hostile package privately and saves nothing, while other commands keep answering", async () => {
    const { zipSync } = await import("fflate");
    const bomb = zipSync({ "collection.anki2": [new Uint8Array(70 * 2 ** 20), { level: 1 }] });
    const r = await uploadDeck(world, "bomb.apkg", bomb, { contentType: "application/zip" });
    expect(r.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(r.content).toContain("`bomb.apkg` was not saved");
    expect(embedText(r)).toContain("unpacks to more than 64 MB; the limit is 64 MB");
    expect(await storedDeck(world, DEFAULT_GUILD_ID, "bomb")).toBeUndefined();
    const list = await slash(world, "deck", "list", {});
    expect(embedText(list)).toContain("planets");
  });
});
