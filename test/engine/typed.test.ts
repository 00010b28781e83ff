import { describe, expect, it } from "vitest";
import {
  createRound,
  EngineError,
  nextItem,
  type RoundOptions,
  type RoundState,
} from "../../src/engine/round.js";
import { overrideAnswer, submitTyped, typedMaxLength, typedTally } from "../../src/engine/typed.js";
import { gradeRecall } from "../../src/engine/round-actions.js";
import { card, deck, question } from "./fixtures.js";

const T0 = 1_764_072_000_000;
const HOST = "host";
const LONG = "an answer that is much longer than sixty characters, so it is for clicking";

function round(extra: Partial<RoundOptions> = {}): RoundState {
  return createRound({
    id: "r1",
    guildId: "g",
    channelId: "ch",
    hostId: HOST,
    deck: deck(0, 0, 0, {
      language: "fr",
      questions: [
        question("short", "medium", {
          answer: "Canberra",
          choices: ["Canberra", "Sydney"],
          reject: ["Camberra"],
        }),
        question("long", "medium", { answer: LONG, choices: [LONG, "no"] }),
        question("marked", "easy", { answer: LONG, choices: [LONG, "no"], typed: true }),
      ],
    }),
    mode: "practice",
    count: 10,
    difficulty: "mixed",
    timerMs: 20_000,
    solo: false,
    seed: 7,
    now: T0,
    typed: true,
    ...extra,
  });
}

/** The round moved on until its current item is the question `id`. */
function at(state: RoundState, id: string): RoundState {
  let s = state;
  while (
    s.items[s.index]?.kind !== "question" ||
    (s.items[s.index] as { question: { id: string } }).question.id !== id
  )
    s = nextItem(s, { now: T0 }).state;
  return s;
}

describe("typed rounds", () => {
  it("leave out questions with long answers unless marked typed, and say how many", () => {
    const s = round();
    expect(s.items.map((i) => (i.kind === "question" ? i.question.id : i.kind)).sort()).toEqual([
      "marked",
      "short",
    ]);
    expect(s.leftOut).toBe(1);
    expect(s.typed).toEqual({ language: "fr" });
  });

  it("refuse to start when nothing can be typed, and are only for practice and recall", () => {
    const d = deck(0, 0, 0, {
      questions: [question("long", "easy", { answer: LONG, choices: [LONG, "x"] })],
    });
    expect(() => round({ deck: d })).toThrow(expect.objectContaining({ code: "none-typeable" }));
    expect(() => round({ mode: "test" })).toThrow(EngineError);
  });

  it("score a typed answer like a click, with what was matched, once per player", () => {
    const s = at(round(), "short");
    const typo = submitTyped(s, { userId: "a", itemIndex: s.index, text: "canbera", now: T0 + 10_000 });
    expect(typo.outcome).toMatchObject({
      type: "accepted",
      correct: true,
      points: 25,
      match: { kind: "typo", typos: 1, typed: "canbera", expected: "Canberra" },
    });
    const again = submitTyped(typo.state, {
      userId: "a",
      itemIndex: s.index,
      text: "Canberra",
      now: T0 + 11_000,
    });
    expect(again.outcome).toEqual({ type: "duplicate", typed: "canbera" });
    const rejected = submitTyped(typo.state, {
      userId: "b",
      itemIndex: s.index,
      text: "Camberra",
      now: T0 + 12_000,
    });
    expect(rejected.outcome).toMatchObject({ correct: false, points: 0, match: { kind: "rejected" } });
    expect(typedTally(rejected.state.items[s.index]!)).toEqual({
      right: 1,
      answered: 2,
      fastest: { userId: "a", elapsedMs: 10_000 },
    });
  });

  it("give cards no points and close a private round's item at once", () => {
    const s = round({ mode: "recall", solo: true, timerMs: 0, deck: deck(0, 0, 0, { cards: [card("c1")] }) });
    const r = submitTyped(s, { userId: HOST, itemIndex: 0, text: "back c1", now: T0 + 1000 });
    expect(r.outcome).toMatchObject({ type: "accepted", correct: true, points: 0 });
    expect(r.state.items[0]?.closed).toBe(true);
    expect(s.leftOut).toBe(0);
  });

  it("size the text box to the answer", () => {
    expect(typedMaxLength({ answer: "Canberra" })).toBe(20);
    expect(typedMaxLength({ answer: "x", accept: ["y".repeat(30)] })).toBe(60);
    expect(typedMaxLength({ answer: "z".repeat(3000) })).toBe(4000);
  });
});

describe("I was right", () => {
  it("applies once, only to a typed miss, and leaves the round's points as they were", () => {
    const s = at(round(), "short");
    const miss = submitTyped(s, { userId: "a", itemIndex: s.index, text: "Sydney", now: T0 + 1000 }).state;
    const hit = submitTyped(miss, {
      userId: "b",
      itemIndex: s.index,
      text: "Canberra",
      now: T0 + 1000,
    }).state;
    expect(overrideAnswer(hit, { userId: "b", itemIndex: s.index }).outcome).toEqual({ type: "invalid" });
    expect(overrideAnswer(hit, { userId: "c", itemIndex: s.index }).outcome).toEqual({ type: "invalid" });
    const once = overrideAnswer(hit, { userId: "a", itemIndex: s.index });
    expect(once.outcome).toEqual({ type: "overridden", kind: "question" });
    expect(once.state.items[s.index]?.overrides).toEqual(["a"]);
    expect(once.state.items[s.index]?.answers.find((x) => x.userId === "a")).toMatchObject({
      correct: false,
      points: 0,
    });
    expect(overrideAnswer(once.state, { userId: "a", itemIndex: s.index }).outcome).toEqual({
      type: "already",
    });
  });

  it("applies to an Again self-grade of a card", () => {
    const s = createRound({
      id: "r2",
      guildId: "g",
      channelId: "ch",
      hostId: HOST,
      deck: deck(),
      mode: "recall",
      count: 2,
      difficulty: "mixed",
      timerMs: 0,
      solo: true,
      seed: 1,
      now: T0,
    });
    const good = gradeRecall(s, { userId: HOST, itemIndex: 0, grade: "good", now: T0 }).state;
    expect(overrideAnswer(good, { userId: HOST, itemIndex: 0 }).outcome).toEqual({ type: "invalid" });
    const again = gradeRecall(s, { userId: HOST, itemIndex: 0, grade: "again", now: T0 }).state;
    expect(overrideAnswer(again, { userId: HOST, itemIndex: 0 }).outcome).toEqual({
      type: "overridden",
      kind: "card",
    });
    expect(overrideAnswer(again, { userId: "intruder", itemIndex: 0 }).outcome).toEqual({ type: "invalid" });
  });
});
