import { describe, expect, it } from "vitest";
import type { Card, Deck } from "../../src/decks/schema.js";
import { loadDeckText } from "../../src/decks/load.js";
import {
  cardChoicePool,
  cardQuestion,
  choiceKey,
  choiceKind,
  distinctAnswers,
} from "../../src/engine/card-choices.js";
import { dailyQuestion, dailyQuestionIds, planPost } from "../../src/engine/daily.js";
import { seededRng } from "../../src/engine/random.js";
import {
  createRound,
  EngineError,
  type RoundOptions,
  type RoundState,
  type ShownQuestion,
} from "../../src/engine/round.js";
import { deck as demoDeck, question } from "./fixtures.js";

const T0 = 1_764_072_000_000;

const cardOf = (id: string, front: string, back: string, level: Card["level"] = "beginner"): Card => ({
  id,
  level,
  front,
  back,
});

/** A deck of cards only, one per [front, back]. */
function cardDeck(pairs: [string, string][], extra: Partial<Deck> = {}): Deck {
  return {
    id: "cards",
    title: "Capitals",
    tags: [],
    cards: pairs.map(([front, back], i) => cardOf(`c${i + 1}`, front, back)),
    questions: [],
    prompts: [],
    ...extra,
  };
}

const CAPITALS = cardDeck([
  ["Capital of France?", "Paris"],
  ["Capital of Italy?", "Rome"],
  ["Capital of Germany?", "Berlin"],
  ["Capital of Spain?", "Madrid"],
  ["Capital of Portugal?", "Lisbon"],
  ["Capital of Austria?", "Vienna"],
  ["Capital of Greece?", "Athens"],
  ["Capital of Norway?", "Oslo"],
]);

function round(extra: Partial<RoundOptions> = {}): RoundState {
  return createRound({
    id: "r1",
    guildId: "g",
    channelId: "ch",
    hostId: "host",
    deck: CAPITALS,
    mode: "practice",
    count: 5,
    difficulty: "mixed",
    timerMs: 0,
    solo: true,
    seed: 7,
    now: T0,
    ...extra,
  });
}

const questions = (s: RoundState): ShownQuestion[] =>
  s.items.map((i) => {
    if (i.kind !== "question") throw new Error("not a question");
    return i.question;
  });

describe("choiceKey and choiceKind", () => {
  it("treats case, spaces and punctuation as the same choice, symbols and decimals not", () => {
    expect(choiceKey(" Paris. ")).toBe(choiceKey("paris"));
    expect(choiceKey("New  York!")).toBe(choiceKey("new york"));
    expect(choiceKey("1,000")).toBe(choiceKey("1000"));
    expect(choiceKey("C++")).not.toBe(choiceKey("C#"));
    expect(choiceKey("3.5")).not.toBe(choiceKey("35"));
    expect(choiceKey("?!")).not.toBe("");
  });

  it("tells numbers, dates and text apart", () => {
    for (const n of ["42", "-3.5", "1,000 km", "12%", "9.81 m/s²", "3/4", "100 °C"])
      expect(choiceKind(n), n).toBe("number");
    for (const d of [
      "1066",
      "1990s",
      "1969-07-20",
      "20/07/1969",
      "20 July 1969",
      "July 20, 1969",
      "44 BC",
      "5th century BC",
      "March 2020",
    ])
      expect(choiceKind(d), d).toBe("date");
    for (const x of ["Paris", "the mitochondria", "It makes ATP", "v8 engine"])
      expect(choiceKind(x), x).toBe("text");
  });
});

describe("cardQuestion", () => {
  it("asks the front, answers with the back, explains with the back, keeps the card's id and level", () => {
    const card = cardOf("c-abc", "Capital of France?", "Paris", "advanced");
    const q = cardQuestion(
      card,
      cardChoicePool([card, ...CAPITALS.cards.slice(1)], "front-back"),
      seededRng(1),
    )!;
    expect(q).toMatchObject({
      id: "c-abc",
      difficulty: "hard",
      prompt: "Capital of France?",
      answer: "Paris",
      explanation: "Paris",
    });
    expect(q.choices[0]).toBe("Paris");
    expect(q.choices).toHaveLength(4);
  });

  it("never offers the answer again, however it is spelled, and never the same wrong choice twice", () => {
    const d = cardDeck([
      ["Capital of France?", "Paris"],
      ["Capitale de la France ?", "paris."],
      ["France's capital", "  PARIS "],
      ["Capital of Italy?", "Rome"],
      ["Capital of Lazio?", "rome"],
      ["Capital of Germany?", "Berlin"],
      ["Capital of Spain?", "Madrid"],
    ]);
    const pool = cardChoicePool(d.cards, "front-back");
    for (let seed = 0; seed < 50; seed++) {
      for (const card of d.cards) {
        const q = cardQuestion(card, pool, seededRng(seed))!;
        const keys = q.choices.map(choiceKey);
        expect(new Set(keys).size, `${card.back} seed ${seed}: ${q.choices.join(", ")}`).toBe(4);
        expect(keys.filter((k) => k === choiceKey(card.back))).toHaveLength(1);
      }
    }
  });

  it("is the same for the same seed and varies across seeds", () => {
    const pool = cardChoicePool(CAPITALS.cards, "front-back");
    const card = CAPITALS.cards[0]!;
    const wrong = (seed: number) => cardQuestion(card, pool, seededRng(seed))!.choices.slice(1).join("|");
    expect(wrong(3)).toBe(wrong(3));
    expect(new Set(Array.from({ length: 20 }, (_, s) => wrong(s))).size).toBeGreaterThan(1);
  });

  it("offers numbers for a number, dates for a date, and similar lengths for text", () => {
    const d = cardDeck([
      ["Battle of Hastings?", "1066"],
      ["Moon landing?", "20 July 1969"],
      ["Fall of the Berlin Wall?", "9 November 1989"],
      ["Signing of Magna Carta?", "1215"],
      ["Start of WWI?", "1914"],
      ["Bones in an adult?", "206"],
      ["Boiling point of water?", "100 °C"],
      ["Speed of light (km/s)?", "299,792"],
      ["Planets in the solar system?", "8"],
      ["Who painted the Mona Lisa?", "Leonardo da Vinci"],
      ["Largest ocean?", "The Pacific"],
      [
        "What do plants make by photosynthesis?",
        "Glucose and oxygen, from carbon dioxide and water in sunlight",
      ],
      ["Author of Hamlet?", "William Shakespeare"],
      ["Longest river?", "The Nile"],
      ["Highest mountain?", "Mount Everest"],
      ["Largest planet?", "Jupiter"],
      ["Most populous city?", "Tokyo"],
      ["Gas we breathe in?", "Oxygen"],
    ]);
    const pool = cardChoicePool(d.cards, "front-back");
    const byBack = (back: string) => d.cards.find((c) => c.back === back)!;
    for (let seed = 0; seed < 30; seed++) {
      const rng = seededRng(seed);
      const num = cardQuestion(byBack("206"), pool, rng)!;
      expect(num.choices.map(choiceKind), num.choices.join(", ")).toEqual([
        "number",
        "number",
        "number",
        "number",
      ]);
      const date = cardQuestion(byBack("1066"), pool, rng)!;
      expect(date.choices.map(choiceKind), date.choices.join(", ")).toEqual(["date", "date", "date", "date"]);
      const text = cardQuestion(byBack("The Nile"), pool, rng)!;
      expect(text.choices.map(choiceKind)).toEqual(["text", "text", "text", "text"]);
      // The long text answer is the least like a short one, so it is outside the few drawn from.
      expect(text.choices.some((c) => c.startsWith("Glucose"))).toBe(false);
    }
  });

  it("falls back to other kinds when one kind has too few answers", () => {
    const d = cardDeck([
      ["Year of the moon landing?", "1969"],
      ["Capital of Italy?", "Rome"],
      ["Capital of Germany?", "Berlin"],
      ["Capital of Spain?", "Madrid"],
    ]);
    const q = cardQuestion(d.cards[0]!, cardChoicePool(d.cards, "front-back"), seededRng(1))!;
    expect([...q.choices].sort()).toEqual(["1969", "Berlin", "Madrid", "Rome"]);
  });

  it("asks back to front: the back is the prompt, fronts are the choices", () => {
    const pool = cardChoicePool(CAPITALS.cards, "back-front");
    const q = cardQuestion(CAPITALS.cards[1]!, pool, seededRng(2))!;
    expect(q.prompt).toBe("Rome");
    expect(q.answer).toBe("Capital of Italy?");
    expect(q.choices.every((c) => c.startsWith("Capital of"))).toBe(true);
    expect(q.explanation).toBe("Rome");
  });
});

describe("rounds from cards", () => {
  it("plays a card-only deck in practice: every item a 4-choice question answered by its card's back", () => {
    const s = round();
    expect(s.items).toHaveLength(5);
    for (const q of questions(s)) {
      const card = CAPITALS.cards.find((c) => c.id === q.id)!;
      expect(q.prompt).toBe(card.front);
      expect(q.choices[q.correctIndex]).toBe(card.back);
      expect(q.explanation).toBe(card.back);
      expect(q.choices).toHaveLength(4);
    }
    expect(round().items).toEqual(s.items);
    expect(round({ seed: 8 }).items).not.toEqual(s.items);
  });

  it("asks the other way round with direction back-front", () => {
    const s = round({ direction: "back-front" });
    for (const q of questions(s)) {
      const card = CAPITALS.cards.find((c) => c.id === q.id)!;
      expect(q.prompt).toBe(card.back);
      expect(q.choices[q.correctIndex]).toBe(card.front);
    }
  });

  it("tops up a deck's few questions with cards, and leaves a deck with enough questions alone", () => {
    const d: Deck = { ...CAPITALS, questions: [question("q1", "easy"), question("q2", "medium")] };
    const ids = questions(round({ deck: d, count: 5 })).map((q) => q.id);
    expect(ids).toHaveLength(5);
    expect(ids).toEqual(expect.arrayContaining(["q1", "q2"]));
    expect(ids.filter((id) => id.startsWith("c"))).toHaveLength(3);

    const full = demoDeck(); // 13 questions and 6 cards
    expect(questions(round({ deck: full, count: 13 })).every((q) => !q.id.startsWith("c"))).toBe(true);
  });

  it("asks only cards when a direction is given, even if the deck has questions", () => {
    const d: Deck = { ...CAPITALS, questions: [question("q1", "easy")] };
    expect(questions(round({ deck: d, direction: "front-back" })).every((q) => q.id.startsWith("c"))).toBe(
      true,
    );
  });

  it("applies practice difficulty to cards by their level", () => {
    const d: Deck = {
      ...CAPITALS,
      cards: CAPITALS.cards.map((c, i) => ({ ...c, level: i < 2 ? "advanced" : "beginner" })),
    };
    const hard = questions(round({ deck: d, difficulty: "hard", count: 5 }));
    expect(hard.map((q) => q.id).sort()).toEqual(["c1", "c2"]);
    expect(hard.every((q) => q.difficulty === "hard")).toBe(true);
  });

  it("builds a 10-question test from cards", () => {
    const many = cardDeck(
      Array.from({ length: 12 }, (_, i) => [`What is ${i} + ${i}?`, String(2 * i)] as [string, string]),
    );
    const s = round({ deck: many, mode: "test", count: 10 });
    expect(s.items).toHaveLength(10);
    expect(new Set(questions(s).map((q) => q.id)).size).toBe(10);
  });

  it("refuses cards with fewer than 4 distinct backs, saying so with its own code", () => {
    const few = cardDeck([
      ["Capital of France?", "Paris"],
      ["France's capital", "paris!"],
      ["Capital of Italy?", "Rome"],
      ["Capital of Germany?", "Berlin"],
    ]);
    expect(distinctAnswers(few.cards, "front-back")).toBe(3);
    expect(distinctAnswers(few.cards, "back-front")).toBe(4);
    for (const o of [{}, { mode: "test" as const, count: 10 }, { direction: "front-back" as const }]) {
      expect(() => round({ deck: few, ...o })).toThrow(expect.objectContaining({ code: "few-answers" }));
    }
    // Backwards the fronts are 4 distinct answers: playable.
    expect(round({ deck: few, direction: "back-front" }).items).toHaveLength(4);
    // With questions of its own the deck still plays them (a shorter round), not a refusal.
    const withQuestion = { ...few, questions: [question("q1", "easy")] };
    expect(questions(round({ deck: withQuestion })).map((q) => q.id)).toEqual(["q1"]);
    expect(() => round({ deck: cardDeck([]), direction: "front-back" })).toThrow(EngineError);
  });

  it("keeps item ids across a re-import of the same file", () => {
    const yaml = `title: Capitals\ncards:\n${CAPITALS.cards.map((c) => `  - front: ${c.front}\n    back: ${c.back}`).join("\n")}\n`;
    const load = () => {
      const r = loadDeckText(Buffer.from(yaml), "capitals.yaml");
      if (!r.ok) throw new Error(r.errors.map((e) => e.message).join("\n"));
      return r.deck;
    };
    const first = load();
    const ids = (d: Deck) => questions(round({ deck: d, count: 8 })).map((q) => q.id);
    expect(ids(load())).toEqual(ids(first));
    expect(new Set(ids(first))).toEqual(new Set(first.cards.map((c) => c.id)));
  });
});

describe("daily from cards", () => {
  it("rotates cards when the deck's questions can't fill a day's post, and builds them as choices", () => {
    expect(dailyQuestionIds(CAPITALS)).toEqual(CAPITALS.cards.map((c) => c.id));
    const withQuestions: Deck = { ...CAPITALS, questions: [question("q1", "easy"), question("q2", "easy")] };
    expect(dailyQuestionIds(withQuestions, 2)).toEqual(["q1", "q2"]);
    expect(dailyQuestionIds(withQuestions, 3)).toEqual(["q1", "q2", ...CAPITALS.cards.map((c) => c.id)]);

    const q = dailyQuestion(CAPITALS, "c3", seededRng(1))!;
    expect(q).toMatchObject({ prompt: "Capital of Germany?", answer: "Berlin", explanation: "Berlin" });
    expect(dailyQuestion(withQuestions, "q2", seededRng(1))?.id).toBe("q2");

    const plan = planPost(CAPITALS, 3, [], "g:2026-11-30", { day: "2026-11-30", nextRunAt: T0 });
    expect(plan).toMatchObject({ action: "post" });
    if (plan.action === "post") expect(plan.questionIds).toHaveLength(3);
  });

  it("has nothing to rotate from cards with fewer than 4 distinct backs", () => {
    const few = cardDeck([
      ["a", "x"],
      ["b", "y"],
      ["c", "z"],
    ]);
    expect(dailyQuestionIds(few)).toEqual([]);
  });
});
