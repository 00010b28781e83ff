/**
 * Typed answers through the fake Discord: the ✍️ Answer button opens a modal, the submit is
 * matched and answered privately, the reveal tallies who typed it right, and "I was right" counts
 * a miss for the player's own stats without leaderboard points.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  type FakeMessage,
} from "../../src/playground/fake-discord/index.js";
import { openStore } from "../../src/store/index.js";
import { actions, embedText, EPHEMERAL } from "./actions.js";
import { startBot, startWorld, users, writeDeck, type BotProcess, type World } from "./harness.js";

let world: World;
let bot: BotProcess;
const { command, click, submitModal } = actions(() => world);

beforeAll(async () => {
  world = await startWorld();
  await writeDeck(
    world,
    "capitals.yaml",
    readFileSync(new URL("./fixtures/capitals.yaml", import.meta.url), "utf8"),
  );
  const long = "a".repeat(61);
  const longDeck = ["title: Long answers", "questions:", "  - difficulty: easy", "    prompt: Why?"];
  longDeck.push(`    choices: [${long}, b]`, `    answer: ${long}`, "    explanation: e", "");
  await writeDeck(world, "long-answers.yaml", longDeck.join("\n"));
  bot = await startBot(world);
}, 60_000);

afterAll(async () => {
  if (process.env.E2E_DUMP_LOGS) console.error(bot?.logs.join("\n"));
  await bot?.stop();
  await world?.close();
});

const ids = (m: FakeMessage) => buttonsOf(m).map((b) => String(b.custom_id));
const byKind = (m: FakeMessage, kind: string) => ids(m).find((id) => id.startsWith(`q1.${kind}.`));

/** Clicks ✍️ Answer as `user`, checks the modal, and submits `text`. */
async function typeAnswer(message: FakeMessage, text: string, user = users.alice) {
  const opened = await click(message, byKind(message, "t")!, user);
  expect(opened.res.body.type).toBe(9);
  const modal = world.fake.interactions.get(opened.sent.id)!.modal!;
  expect(modal.inputs).toHaveLength(1);
  expect(modal.inputs[0]!.maxLength).toBeLessThanOrEqual(40); // sized to "Canberra City", not 4000
  return submitModal(opened.sent, { [modal.inputs[0]!.customId]: text });
}

async function withStore<T>(fn: (store: Awaited<ReturnType<typeof openStore>>) => Promise<T>): Promise<T> {
  const store = await openStore(world.storeUrl);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

describe("typed practice round with three players", () => {
  it("matches exact, typo and wrong answers privately, reveals the tally, and I was right gives no points", async () => {
    const seen = new Set(world.fake.channelMessages(DEFAULT_CHANNEL_ID).map((m) => m.id));
    const start = await command("practice", { deck: "capitals", questions: 5, timer: 60, mode: "typed" });
    expect(start.data.content).toContain("started a typed practice round");
    expect(start.data.content).toContain("1 question with long answers left out");

    const question = await world.fake.waitFor(
      () =>
        world.fake.channelMessages(DEFAULT_CHANNEL_ID).find((m) => !seen.has(m.id) && m.embeds.length > 0),
      8000,
      "the typed question",
    );
    expect(embedText(question)).toContain("capital of Australia");
    expect(embedText(question)).not.toContain("Sydney"); // no choices in a typed round
    expect(ids(question).some((id) => id.startsWith("q1.a."))).toBe(false);

    const a = await typeAnswer(question, "canberra", users.alice);
    expect(a.data.flags).toBe(EPHEMERAL);
    expect(a.data.content).toMatch(/^✅ Correct! \+\d+ points/);
    const b = await typeAnswer(question, "Canbera", users.bob);
    expect(b.data.content).toMatch(/^✅ Accepted with 1 typo: "Canbera" → Canberra! \+\d+ points/);
    const c = await typeAnswer(question, "Sydney", users.carol);
    expect(c.data.flags).toBe(EPHEMERAL);
    expect(c.data.content).toMatch(/^❌ Not quite/);
    expect(c.data.content).not.toContain("Canberra"); // the answer only at the reveal
    const again = await click(question, byKind(question, "t")!, users.alice);
    expect(again.data.content).toContain('You already answered "canberra"');

    // Carol says she was right: counted for her stats, never for the board.
    const feedback = world.fake.originalMessage(c.sent.token)!;
    const right = await click(feedback, byKind(feedback, "o")!, users.carol);
    expect(right.res.body.type).toBe(7);
    expect(right.data.content).toContain("Counted as right");
    expect(right.data.components).toEqual([]);
    const twice = world.fake.messages.get(feedback.id)!;
    expect(ids(twice)).toEqual([]);

    await click(question, byKind(question, "r")!, users.alice);
    const revealed = await world.fake.waitFor(() => {
      const m = world.fake.messages.get(question.id)!;
      return embedText(m).includes("Typed it right") ? m : undefined;
    });
    expect(embedText(revealed)).toContain("Canberra City"); // alternatives listed
    expect(embedText(revealed)).toContain("2 of 3");
    expect(embedText(revealed)).toContain(`Fastest correct","value":"<@${users.alice.id}>`);

    await world.fake.waitFor(
      () => world.fake.channelMessages(DEFAULT_CHANNEL_ID).some((m) => embedText(m).includes("Round over")),
      8000,
      "the summary",
    );
    await withStore(async (store) => {
      const alice = await store.stats.get(DEFAULT_GUILD_ID, users.alice.id);
      const bob = await store.stats.get(DEFAULT_GUILD_ID, users.bob.id);
      const carol = await store.stats.get(DEFAULT_GUILD_ID, users.carol.id);
      expect([alice.correct, bob.correct]).toEqual([1, 1]);
      expect(alice.points).toBeGreaterThan(20); // medium (20) plus a speed bonus
      expect(carol).toMatchObject({ answered: 1, correct: 1, overrides: 1, points: 0 });
      const top = await store.leaderboard.top(DEFAULT_GUILD_ID, "all", 10, Date.now(), "UTC");
      expect(
        top
          .slice(0, 2)
          .map((e) => e.userId)
          .sort(),
      ).toEqual([users.alice.id, users.bob.id].sort());
      expect(top.find((e) => e.userId === users.carol.id)?.points ?? 0).toBe(0);
    });
    expect(world.fake.limitViolations.map((v) => [v.path, ...v.problems])).toEqual([]);
  });
});

describe("what can be typed", () => {
  it("refuses a typed round of a deck with nothing short enough to type, and /test has no typed mode", async () => {
    const refused = await command("practice", { deck: "long-answers", mode: "typed" });
    expect(refused.data.flags).toBe(EPHEMERAL);
    expect(refused.data.content).toContain('Nothing in "Long answers" can be typed');
    expect(() =>
      world.fake.slashCommand({ name: "test", options: { deck: "capitals", mode: "typed" } }),
    ).toThrow();
  });
});

describe("typed private rounds", () => {
  it("reveals at once after a miss, and I was right counts it once", async () => {
    const before = await withStore((s) => s.stats.get(DEFAULT_GUILD_ID, users.alice.id));
    const start = await command("practice", { deck: "capitals", solo: true, mode: "typed" });
    expect(start.data.flags).toBe(EPHEMERAL);
    const msg = world.fake.originalMessage(start.sent.token)!;
    const miss = await typeAnswer(msg, "Camberra");
    expect(miss.res.body.type).toBe(7); // the round's own message turns into the reveal
    expect(miss.data.content).toBe("❌ Not quite: the answer is **Canberra**.");
    const shown = world.fake.messages.get(msg.id)!;
    expect(embedText(shown)).toContain("0 of 1");
    expect(buttonsOf(shown).map((b) => b.label)).toEqual(["See results", "I was right"]);

    const right = await click(shown, byKind(shown, "o")!);
    expect(right.data.content).toContain("Counted as right");
    const after = world.fake.messages.get(msg.id)!;
    expect(buttonsOf(after).map((b) => b.label)).toEqual(["See results"]);
    await withStore(async (store) => {
      const stats = await store.stats.get(DEFAULT_GUILD_ID, users.alice.id);
      expect(stats.answered).toBe(before.answered + 1);
      expect(stats.correct).toBe(before.correct + 1);
      expect(stats.overrides ?? 0).toBe((before.overrides ?? 0) + 1);
      expect(stats.points).toBe(before.points);
    });
    expect(world.fake.limitViolations.map((v) => [v.path, ...v.problems])).toEqual([]);
  });

  it("offers I was right after an Again self-grade, and reschedules the card as Good", async () => {
    const start = await command("recall", { deck: "capitals", solo: true });
    const msg = world.fake.originalMessage(start.sent.token)!;
    await click(msg, byKind(msg, "c")!);
    const back = world.fake.messages.get(msg.id)!;
    const again = await click(
      back,
      ids(back).find((id) => id.startsWith("q1.g.") && id.endsWith(".0"))!,
    );
    expect(again.data.content).toContain("Saved as **Again**");
    const graded = world.fake.messages.get(msg.id)!;
    expect(embedText(graded)).toContain("Round over");
    const due = async () =>
      withStore(
        async (store) =>
          (await store.schedules.get(DEFAULT_GUILD_ID, users.alice.id, "capitals:austria"))!.due,
      );
    const dueAfterAgain = await due();
    const right = await click(graded, byKind(graded, "o")!);
    expect(right.data.content).toContain("Counted as right: next review");
    expect(buttonsOf(world.fake.messages.get(msg.id)!)).toEqual([]);
    expect(await due()).toBeGreaterThan(dueAfterAgain);
  });

  it("types a recall card and schedules it", async () => {
    const start = await command("recall", { deck: "capitals", solo: true, mode: "typed" });
    const msg = world.fake.originalMessage(start.sent.token)!;
    expect(embedText(msg)).toContain("Vienna");
    const hit = await typeAnswer(msg, "austria");
    expect(hit.data.content).toBe("✅ Correct.");
    await withStore(async (store) => {
      const s = await store.schedules.get(DEFAULT_GUILD_ID, users.alice.id, "capitals:austria");
      expect(s?.due).toBeGreaterThan(Date.now());
    });
  });
});
