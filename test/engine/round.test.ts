import { describe, expect, it } from "vitest";
import {
  EngineError,
  closeItem,
  createRound,
  currentItem,
  endRound,
  isExpired,
  nextItem,
  revealCard,
  submitAnswer,
  summarize,
  takeHint,
  type RoundOptions,
  type RoundState,
} from "../../src/engine/round.js";
import { deck } from "./fixtures.js";
import { appendAnswer, findAnswer, removeAnswer } from "../../src/engine/answers.js";

const T0 = 1_764_072_000_000;
const HOST = "host";

function round(extra: Partial<RoundOptions> = {}): RoundState {
  return createRound({
    id: "r1",
    guildId: "g",
    channelId: "ch",
    hostId: HOST,
    deck: deck(),
    mode: "practice",
    count: 5,
    difficulty: "mixed",
    timerMs: 20_000,
    solo: false,
    seed: 123,
    now: T0,
    ...extra,
  });
}

function question(s: RoundState, i = s.index) {
  const item = s.items[i];
  if (item?.kind !== "question") throw new Error("not a question");
  return item.question;
}

const answer = (s: RoundState, userId: string, choice: number, now = T0 + 1000, itemIndex = s.index) =>
  submitAnswer(s, { userId, itemIndex, choice, now });

const wrongOf = (s: RoundState) => (question(s).correctIndex + 1) % question(s).choices.length;

describe("createRound", () => {
  it("is reproducible for a seed: same questions and choice orders", () => {
    const a = round();
    const b = round();
    expect(b.items).toEqual(a.items);
    const c = round({ seed: 124 });
    const order = (s: RoundState) =>
      s.items.map((_, i) => question(s, i).id + question(s, i).choices.join("|"));
    expect(order(c)).not.toEqual(order(a));
  });

  it("shuffles choices while correctIndex still points at the answer text", () => {
    const s = round({ count: 13 });
    expect(s.items).toHaveLength(13);
    const positions = new Set<number>();
    s.items.forEach((_, i) => {
      const q = question(s, i);
      expect(q.choices[q.correctIndex]).toBe(q.answer);
      expect([...q.choices].sort()).toEqual([...deck().questions.find((d) => d.id === q.id)!.choices].sort());
      positions.add(q.correctIndex);
    });
    expect(positions.size).toBeGreaterThan(1); // the answer doesn't always sit in slot A
  });

  it("filters practice questions by difficulty", () => {
    const s = round({ difficulty: "hard", count: 10 });
    expect(s.items).toHaveLength(4); // the deck only has 4 hard questions
    expect(s.items.every((_, i) => question(s, i).difficulty === "hard")).toBe(true);
  });

  it("opens item 0 at now with closesAt, or no close time when untimed", () => {
    const s = round();
    expect(s).toMatchObject({
      version: 1,
      status: "running",
      index: 0,
      deckId: "demo",
      deckTitle: "Demo deck",
    });
    expect(s.items[0]).toMatchObject({ openedAt: T0, closesAt: T0 + 20_000, closed: false });
    expect(s.items[1]).toMatchObject({ openedAt: null, closesAt: null });
    expect(round({ timerMs: 0 }).items[0]?.closesAt).toBeNull();
  });

  it("builds a 3/4/3 test ordered by difficulty", () => {
    const s = round({ mode: "test", count: 10, deck: deck(5, 5, 5) });
    expect(s.items.map((_, i) => question(s, i).difficulty)).toEqual([
      ..."eee".split("").map(() => "easy"),
      ..."mmmm".split("").map(() => "medium"),
      ..."hhh".split("").map(() => "hard"),
    ]);
  });

  it("puts due cards first in recall and fills with the rest", () => {
    const s = round({ mode: "recall", count: 4, dueCardIds: ["c5", "nope", "c2", "c5"] });
    const ids = s.items.map((i) => (i.kind === "card" ? i.card.id : "?"));
    expect(ids.slice(0, 2)).toEqual(["c5", "c2"]);
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
  });

  it("asks exactly one prompt in explain mode", () => {
    const s = round({ mode: "explain", count: 5 });
    expect(s.items).toHaveLength(1);
    expect(s.items[0]?.kind).toBe("prompt");
  });

  it("throws no-items when nothing matches, bad-option on nonsense", () => {
    const empty = deck(3, 0, 0);
    expect(() => round({ deck: empty, difficulty: "hard" })).toThrow(EngineError);
    try {
      round({ deck: empty, difficulty: "hard" });
    } catch (e) {
      expect((e as EngineError).code).toBe("no-items");
    }
    expect(() => round({ deck: { ...empty, prompts: [] }, mode: "explain" })).toThrow(/nothing to ask/);
    expect(() => round({ count: 0 })).toThrow(expect.objectContaining({ code: "bad-option" }));
    expect(() => round({ timerMs: -1 })).toThrow(expect.objectContaining({ code: "bad-option" }));
  });

  it("snapshots the deck so later edits don't leak into the round", () => {
    const d = deck();
    const s = round({ deck: d, difficulty: "easy", count: 4 });
    for (const q of d.questions) q.prompt = "edited";
    expect(s.items.every((_, i) => question(s, i).prompt !== "edited")).toBe(true);
  });
});

describe("currentItem", () => {
  it("shows the question with lettered choices but not the answer", () => {
    const s = round();
    const view = currentItem(s);
    expect(view).toMatchObject({
      index: 0,
      total: 5,
      closesAt: T0 + 20_000,
      deckTitle: "Demo deck",
      kind: "question",
    });
    if (view?.kind !== "question") throw new Error("expected question");
    expect(view.question.choices.map((c) => c.letter)).toEqual(["A", "B", "C", "D"]);
    expect(view.question.choices.map((c) => c.text)).toEqual(question(s).choices);
    expect(JSON.stringify(view)).not.toContain("correctIndex");
    expect(currentItem(endRound(s, { now: T0, reason: "stopped" }))).toBeNull();
  });
});

describe("submitAnswer", () => {
  it("scores a correct answer with the speed bonus and reports letters", () => {
    const s = round({ difficulty: "medium" });
    const q = question(s);
    const { outcome } = answer(s, "u1", q.correctIndex, T0 + 10_000);
    expect(outcome).toEqual({
      type: "accepted",
      correct: true,
      points: 25,
      choiceLetter: "ABCD"[q.correctIndex],
      correctLetter: "ABCD"[q.correctIndex],
    });
    expect(answer(s, "u1", wrongOf(s)).outcome).toMatchObject({
      type: "accepted",
      correct: false,
      points: 0,
    });
  });

  it("keeps the first answer per player and reports duplicates", () => {
    const s0 = round();
    const { state: s1 } = answer(s0, "u1", 2);
    const { state: s2, outcome } = answer(s1, "u1", 0);
    expect(outcome).toEqual({ type: "duplicate", choiceLetter: "C" });
    expect(s2).toBe(s1);
    expect(findAnswer(s2.items[0]!.answers, "u1")?.choice).toBe(2);
    expect(s0.items[0]?.answers).toEqual([]); // inputs are never mutated
  });

  it("rejects answers at or after closesAt as closed, even before closeItem", () => {
    const s = round();
    expect(answer(s, "u1", 0, T0 + 19_999).outcome.type).toBe("accepted");
    expect(answer(s, "u1", 0, T0 + 20_000).outcome).toEqual({ type: "closed" });
    expect(isExpired(s, T0 + 20_000)).toBe(true);
    const closed = closeItem(s, { now: T0 + 5, reason: "reveal" }).state;
    expect(answer(closed, "u1", 0, T0 + 10).outcome).toEqual({ type: "closed" });
  });

  it("rejects bad choices and stale item indices as invalid, and answers after the end", () => {
    const s = round();
    expect(answer(s, "u1", 4).outcome).toEqual({ type: "invalid" });
    expect(answer(s, "u1", -1).outcome).toEqual({ type: "invalid" });
    expect(answer(s, "u1", 0, T0 + 1, 1).outcome).toEqual({ type: "invalid" });
    expect(answer(endRound(s, { now: T0, reason: "stopped" }), "u1", 0).outcome).toEqual({ type: "ended" });
  });

  it("in solo mode takes only the host and closes the question at once", () => {
    const s = round({ solo: true, timerMs: 0 });
    expect(answer(s, "someone", 0).outcome).toEqual({ type: "invalid" });
    const { state, outcome } = answer(s, HOST, question(s).correctIndex);
    expect(outcome.type).toBe("accepted");
    if (outcome.type !== "accepted") return;
    expect(outcome.points).toBe(
      question(s).difficulty === "easy" ? 10 : question(s).difficulty === "medium" ? 20 : 30,
    );
    expect(outcome.result).toMatchObject({ reason: "solo", answered: 1, fastest: { userId: HOST } });
    expect(state.items[0]).toMatchObject({ closed: true, result: outcome.result });
  });
});

describe("takeHint", () => {
  it("returns the hint and halves that player's points only", () => {
    const s0 = round({ difficulty: "easy" });
    const { state: s1, hint } = takeHint(s0, { userId: "u1", itemIndex: 0, now: T0 });
    expect(hint).toMatch(/^hint e\d$/);
    expect(s1.items[0]?.hintsUsed).toEqual(["u1"]);
    const right = question(s1).correctIndex;
    const { state: s2, outcome: o1 } = answer(s1, "u1", right, T0);
    const { outcome: o2 } = answer(s2, "u2", right, T0);
    expect(o1).toMatchObject({ points: 8 }); // (10 + 5) / 2 = 7.5 => 8
    expect(o2).toMatchObject({ points: 15 });
    expect(findAnswer(s2.items[0]!.answers, "u1")?.hintUsed).toBe(true);
  });

  it("returns null when there is no hint, and costs nothing after answering", () => {
    const s = round({ difficulty: "medium" }); // fixture medium questions have no hint
    expect(takeHint(s, { userId: "u1", itemIndex: 0, now: T0 })).toEqual({ state: s, hint: null });
    const e = round({ difficulty: "easy" });
    const answered = answer(e, "u1", 0).state;
    const after = takeHint(answered, { userId: "u1", itemIndex: 0, now: T0 + 2 });
    expect(after.hint).not.toBeNull();
    expect(after.state).toBe(answered);
  });

  it("gives explain prompt hints", () => {
    const s = round({ mode: "explain", seed: 1 });
    const p = s.items[0]?.kind === "prompt" ? s.items[0].prompt : null;
    expect(takeHint(s, { userId: "u1", itemIndex: 0, now: T0 }).hint).toBe(p?.hint ?? null);
  });
});

describe("closeItem", () => {
  it("builds the distribution, fastest correct and points; idempotent", () => {
    let s = round({ difficulty: "hard", count: 2 });
    const right = question(s).correctIndex;
    const wrong = wrongOf(s);
    s = answer(s, "slow", right, T0 + 8000).state;
    s = answer(s, "wrong-fast", wrong, T0 + 500).state;
    s = answer(s, "fast", right, T0 + 2000).state;
    const { state, result } = closeItem(s, { now: T0 + 9000, reason: "reveal" });
    const distribution = [0, 0, 0, 0];
    distribution[right] = 2;
    distribution[wrong] = 1;
    expect(result).toEqual({
      index: 0,
      itemId: question(s).id,
      correctIndex: right,
      correctLetter: "ABCD"[right],
      distribution,
      fastest: { userId: "fast", elapsedMs: 2000 },
      points: { fast: 44, slow: 39, "wrong-fast": 0 }, // 30 + 15 * 18/20 = 43.5 => 44; 30 + 15 * 12/20 = 39
      answered: 3,
      reason: "reveal",
    });
    const again = closeItem(state, { now: T0 + 20_000, reason: "timer" });
    expect(again.state).toBe(state);
    expect(again.result).toEqual(result);
  });

  it("has no fastest when nobody was right, and null result for cards", () => {
    let s = round();
    s = answer(s, "u1", wrongOf(s)).state;
    expect(closeItem(s, { now: T0 + 2, reason: "timer" }).result?.fastest).toBeNull();
    const r = closeItem(round({ mode: "recall" }), { now: T0, reason: "reveal" });
    expect(r.result).toBeNull();
    expect(r.state.items[0]?.closed).toBe(true);
  });
});

describe("nextItem and endRound", () => {
  it("opens the next item from now and finishes after the last", () => {
    let s = round({ count: 2 });
    const n1 = nextItem(s, { now: T0 + 30_000 });
    s = n1.state;
    expect(n1.item).toMatchObject({ index: 1, total: 2, closesAt: T0 + 50_000 });
    expect(s.items[1]).toMatchObject({ openedAt: T0 + 30_000 });
    const n2 = nextItem(s, { now: T0 + 60_000 });
    expect(n2.item).toBeNull();
    expect(n2.state).toMatchObject({ status: "ended", endReason: "finished" });
    expect(nextItem(n2.state, { now: T0 }).state).toBe(n2.state);
  });

  it("closes the open item as stopped and records the reason", () => {
    let s = round();
    s = answer(s, "u1", question(s).correctIndex).state;
    const ended = endRound(s, { now: T0 + 5000, reason: "restart" });
    expect(ended).toMatchObject({ status: "ended", endReason: "restart" });
    expect(ended.items[0]?.result?.reason).toBe("stopped");
    expect(endRound(ended, { now: T0, reason: "stopped" })).toBe(ended);
  });
});

describe("revealCard", () => {
  it("records who revealed, once each", () => {
    const s = round({ mode: "recall" });
    const r1 = revealCard(s, { userId: "u1", itemIndex: 0, now: T0 });
    expect(r1.outcome).toMatchObject({ type: "revealed", card: { id: expect.any(String) } });
    const r2 = revealCard(r1.state, { userId: "u1", itemIndex: 0, now: T0 });
    expect(r2.state.items[0]?.revealedBy).toEqual(["u1"]);
    expect(revealCard(s, { userId: "u1", itemIndex: 1, now: T0 }).outcome).toEqual({ type: "invalid" });
    expect(revealCard(round(), { userId: "u1", itemIndex: 0, now: T0 }).outcome).toEqual({ type: "invalid" });
    expect(revealCard(s, { userId: "u1", itemIndex: 0, now: T0 + 20_000 }).outcome).toEqual({
      type: "closed",
    });
  });
});

describe("summarize", () => {
  it("totals points and sorts by points, then correct, then userId", () => {
    let s = round({ difficulty: "medium", count: 2, timerMs: 0 });
    s = answer(s, "bob", question(s).correctIndex).state;
    s = answer(s, "amy", question(s).correctIndex).state;
    s = answer(s, "cat", wrongOf(s)).state;
    s = nextItem(closeItem(s, { now: T0 + 1, reason: "reveal" }).state, { now: T0 + 2 }).state;
    s = answer(s, "cat", question(s).correctIndex).state;
    s = answer(s, "amy", wrongOf(s)).state;
    expect(summarize(s)).toEqual({
      questions: 2,
      scores: [
        { userId: "amy", points: 20, correct: 1, answered: 2 },
        { userId: "bob", points: 20, correct: 1, answered: 1 },
        { userId: "cat", points: 20, correct: 1, answered: 2 },
      ],
    });
  });

  it("gives a test verdict from the host's answers, unanswered counting as wrong", () => {
    let s = round({ mode: "test", count: 10, deck: deck(5, 5, 5), solo: true, timerMs: 0 });
    for (let i = 0; i < 6; i++) {
      s = answer(s, HOST, question(s).correctIndex).state;
      s = nextItem(s, { now: T0 + i }).state;
    }
    s = answer(s, HOST, wrongOf(s)).state;
    s = endRound(s, { now: T0 + 100, reason: "stopped" });
    const summary = summarize(s);
    expect(summary.questions).toBe(7);
    expect(summary.test).toMatchObject({ correct: 6, total: 10, percent: 60, verdict: "needs work" });
    expect(summary.test?.byDifficulty).toEqual({
      easy: { correct: 3, total: 3 },
      medium: { correct: 3, total: 4 },
      hard: { correct: 0, total: 3 },
    });
  });
});

describe("JSON round trip", () => {
  it("keeps working after JSON.parse(JSON.stringify(state))", () => {
    const reload = (s: RoundState) => JSON.parse(JSON.stringify(s)) as RoundState;
    let s = reload(round({ timerMs: 0 }));
    s = reload(takeHint(s, { userId: "u1", itemIndex: 0, now: T0 }).state);
    s = reload(answer(s, "u1", question(s).correctIndex).state);
    expect(answer(s, "u1", 0).outcome.type).toBe("duplicate");
    const closed = closeItem(s, { now: T0 + 5, reason: "reveal" });
    s = reload(closed.state);
    expect(closeItem(s, { now: T0 + 6, reason: "timer" }).result).toEqual(closed.result);
    s = reload(nextItem(s, { now: T0 + 7 }).state);
    expect(currentItem(s)?.index).toBe(1);
    expect(reload(s)).toEqual(s);
    expect(summarize(s).scores[0]?.userId).toBe("u1");
  });
});

describe("answers list", () => {
  const rec = (userId: string, choice: number) => ({
    userId,
    choice,
    correct: choice === 0,
    points: choice === 0 ? 10 : 0,
    elapsedMs: 100,
    hintUsed: false,
    at: T0,
  });

  it("finds each player's answer in every version of a list, including branches", () => {
    const base = [rec("a", 0)];
    const withB = appendAnswer(base, rec("b", 1));
    const withC = appendAnswer(withB, rec("c", 0));
    // A branch from an older version puts another player where "c" is in the first branch.
    const branch = appendAnswer(withB, rec("d", 2));
    const branchC = appendAnswer(branch, rec("c", 3));
    expect(base.map((a) => a.userId)).toEqual(["a"]); // never mutated
    expect(findAnswer(withC, "c")?.choice).toBe(0);
    expect(findAnswer(withC, "d")).toBeUndefined();
    expect(findAnswer(branch, "c")).toBeUndefined();
    expect(findAnswer(branch, "d")?.choice).toBe(2);
    expect(findAnswer(branchC, "c")?.choice).toBe(3);
    expect(findAnswer(withB, "c")).toBeUndefined();
    expect(findAnswer(base, "b")).toBeUndefined();
    const without = removeAnswer(withC, "b");
    expect(without.map((a) => a.userId)).toEqual(["a", "c"]);
    expect(findAnswer(without, "b")).toBeUndefined();
    expect(findAnswer(without, "c")?.choice).toBe(0);
    expect(findAnswer(withC, "b")?.choice).toBe(1);
  });

  it("keeps 1,000 players' first answers, one each, in arrival order", () => {
    let s = round();
    for (let k = 0; k < 1000; k++) s = answer(s, `u${k}`, k % 4).state;
    for (let k = 0; k < 1000; k += 7)
      expect(answer(s, `u${k}`, 0).outcome).toMatchObject({ type: "duplicate" });
    const answers = s.items[0]!.answers;
    expect(answers).toHaveLength(1000);
    expect(answers[999]).toMatchObject({ userId: "u999", choice: 3 });
    expect(closeItem(s, { now: T0 + 2000, reason: "reveal" }).result?.answered).toBe(1000);
  });
});
