/**
 * A deck of plain cards, uploaded with /deck add, played as multiple choice: /practice (both
 * directions) and /test, each reveal explaining with the card's back, and the refusal for cards
 * with too few different backs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_CHANNEL_ID, MANAGER_PERMISSIONS } from "../../src/playground/fake-discord/index.js";
import { startBot, startWorld, storedQuestionOf, type BotProcess, type World } from "./harness.js";
import {
  answerButtons,
  buttonIds,
  click,
  embedText,
  EPHEMERAL,
  slash,
  uploadDeck,
} from "./interact.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  bot = await startBot(world);
}, 60_000);

afterAll(async () => {
  const errors = bot?.logs.filter((l) => l.includes('"level":"error"')) ?? [];
  if (errors.length) console.error(errors.join("\n"));
  await bot?.stop();
  await world?.close();
});

const CAPITALS: [string, string][] = [
  ["Capital of France?", "Paris"],
  ["Capital of Italy?", "Rome"],
  ["Capital of Germany?", "Berlin"],
  ["Capital of Spain?", "Madrid"],
  ["Capital of Portugal?", "Lisbon"],
  ["Capital of Austria?", "Vienna"],
];
const yamlOf = (title: string, cards: [string, string][]) =>
  `title: ${title}\ncards:\n${cards.map(([f, b]) => `  - front: "${f}"\n    back: "${b}"`).join("\n")}\n`;
const backOf = new Map(CAPITALS);
const frontOf = new Map(CAPITALS.map(([f, b]) => [b, f]));

const asManager = { memberPermissions: MANAGER_PERMISSIONS };

/** Plays a private round to its end, always right; returns what each question and reveal showed. */
async function playPrivately(start: Awaited<ReturnType<typeof slash>>) {
  let msg = start.message!;
  const seen: { prompt: string; choices: string[]; answer: string; reveal: Record<string, unknown>[] }[] = [];
  for (;;) {
    const answers = answerButtons(msg);
    if (answers.length === 0) break;
    const q = await storedQuestionOf(world, answers[0]!);
    expect(answers).toHaveLength(4);
    const res = await click(world, msg, answers[q.correctIndex]!);
    expect(res.data.content).toMatch(/Correct!/);
    msg = world.fake.messages.get(msg.id)!;
    const embed = msg.embeds[0] as { fields?: { name: string; value: string }[] };
    seen.push({ prompt: q.prompt, choices: q.choices, answer: q.answer, reveal: embed.fields ?? [] });
    const next = buttonIds(msg).find((id) => id.startsWith("q1.n."))!;
    await click(world, msg, next);
    msg = world.fake.messages.get(msg.id)!;
  }
  return { seen, last: msg };
}

const field = (fields: Record<string, unknown>[], name: string) => fields.find((f) => f.name === name)?.value;

describe("a card-only deck played as multiple choice", () => {
  it("uploads, then plays /practice with the card's back as each reveal's explanation", async () => {
    const added = await uploadDeck(world, "capitals.yaml", yamlOf("European capitals", CAPITALS), asManager);
    expect(added.content).toContain("Added deck `capitals`");

    const start = await slash(world, "practice", undefined, { deck: "capitals", questions: 3, solo: true });
    expect(start.flags).toBe(EPHEMERAL);
    expect(embedText(start)).toContain("Question 1/3");
    const { seen } = await playPrivately(start);
    expect(seen).toHaveLength(3);
    for (const s of seen) {
      expect(backOf.get(s.prompt)).toBe(s.answer);
      expect(s.choices.every((c) => frontOf.has(c))).toBe(true); // every choice is a back of this deck
      expect(field(s.reveal, "Why")).toBe(s.answer);
      expect(String(field(s.reveal, "Answer"))).toContain(s.answer);
    }
  });

  it("asks back to front with direction back-front (shown as back→front)", async () => {
    const commands = world.fake.registeredCommands();
    const practice = commands.find((c) => c.name === "practice") as {
      options: { name: string; choices?: { name: string; value: string }[] }[];
    };
    // Registered with each locale's wording of the choice (issue 17); the value stays the same.
    expect(practice.options.find((o) => o.name === "direction")?.choices).toEqual([
      { name: "front→back", value: "front-back", name_localizations: expect.objectContaining({ de: "Vorderseite→Rückseite" }) },
      { name: "back→front", value: "back-front", name_localizations: expect.objectContaining({ fr: "verso→recto" }) },
    ]);

    const start = await slash(world, "practice", undefined, {
      deck: "capitals",
      questions: 2,
      solo: true,
      direction: "back-front",
    });
    const { seen } = await playPrivately(start);
    expect(seen).toHaveLength(2);
    for (const s of seen) {
      expect(frontOf.get(s.prompt)).toBe(s.answer);
      expect(s.choices.every((c) => backOf.has(c))).toBe(true);
    }
  });

  it("plays /test on the cards to a verdict", async () => {
    const start = await slash(world, "test", undefined, { deck: "capitals" });
    expect(start.flags).toBe(EPHEMERAL);
    // Six cards, so a six-question test.
    expect(embedText(start)).toContain("Question 1/6");
    const { seen, last } = await playPrivately(start);
    expect(new Set(seen.map((s) => s.prompt)).size).toBe(6);
    expect(embedText(last)).toContain("Test result");
    expect(embedText(last)).toContain("6/6");
  });

  it("posts a card as the daily quiz's question when the deck has no questions", async () => {
    const set = await slash(
      world,
      "daily",
      "set",
      { channel: DEFAULT_CHANNEL_ID, time: "23:59", deck: "capitals", questions: 2 },
      asManager,
    );
    expect(set.content).toContain("Daily quiz saved");
    const before = new Set(world.fake.channelMessages(DEFAULT_CHANNEL_ID).map((m) => m.id));
    const now = await slash(world, "daily", "now", {}, asManager);
    expect(now.content).toContain("Posted today's daily quiz");
    const posted = await world.fake.waitFor(
      () => {
        const fresh = world.fake
          .channelMessages(DEFAULT_CHANNEL_ID)
          .filter((m) => !before.has(m.id) && m.embeds.length > 0);
        return fresh.length === 2 ? fresh : undefined;
      },
      8000,
      "two daily questions",
    );
    for (const m of posted) {
      expect(answerButtons(m)).toHaveLength(4);
      const q = await storedQuestionOf(world, answerButtons(m)[0]!);
      expect(backOf.get(q.prompt)).toBe(q.answer);
      expect(embedText(m)).toContain(q.prompt);
    }
    await slash(world, "daily", "off", {}, asManager);
  });

  it("refuses cards with fewer than 4 different backs, privately, saying why", async () => {
    const few = await uploadDeck(
      world,
      "few.yaml",
      yamlOf("Few answers", [
        ["Capital of France?", "Paris"],
        ["France's capital city", "paris."],
        ["Capital of Italy?", "Rome"],
        ["Capital of Germany?", "Berlin"],
      ]),
      asManager,
    );
    expect(few.content).toContain("Added deck `few`");
    for (const options of [{ deck: "few" }, { deck: "few", direction: "front-back" }]) {
      const r = await slash(world, "practice", undefined, { ...options, solo: true });
      expect(r.flags).toBe(EPHEMERAL);
      expect(r.content).toContain(`can't be played as multiple choice: they have 3 different backs`);
      expect(r.content).toContain("/recall");
    }
    const test = await slash(world, "test", undefined, { deck: "few" });
    expect(test.content).toContain("3 different backs");
    const daily = await slash(
      world,
      "daily",
      "set",
      { channel: DEFAULT_CHANNEL_ID, time: "09:00", deck: "few" },
      asManager,
    );
    expect(daily.content).toContain("3 different backs");
  });
});
