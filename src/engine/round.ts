import { DIFFICULTIES, type Card, type Deck, type Difficulty, type Question } from "../decks/schema.js";
import { findAnswer } from "./answers.js";
import {
  canPlayCardsAsChoices,
  cardChoicePool,
  cardQuestion,
  DIRECTIONS,
  LEVEL_DIFFICULTY,
  type Direction,
} from "./card-choices.js";
import type { MatchOptions } from "./match.js";
import { seededRng, shuffle, type Rng } from "./random.js";
import { closeItem, letterOf } from "./round-close.js";
import {
  EngineError,
  ROUND_MODES,
  type ItemView,
  type RoundItem,
  type RoundOptions,
  type RoundState,
  type ShownQuestion,
} from "./round-types.js";
import { pickTestQuestions, testVerdict, type TestVerdict } from "./test-verdict.js";
import { isTypeable } from "./typed.js";

export * from "./round-types.js";
export { closeItem } from "./round-close.js";
export * from "./round-actions.js";

function blank<T extends object>(snapshot: T): T & Omit<RoundItem, "kind" | "question" | "card" | "prompt"> {
  return { ...snapshot, openedAt: null, closesAt: null, closed: false, answers: [], hintsUsed: [] };
}

/** Slot of the answer among the deck's choices; exact match first, then forgiving case and spacing. */
export function answerSlot(q: Question): number {
  const exact = q.choices.indexOf(q.answer);
  if (exact >= 0) return exact;
  const want = q.answer.trim().toLowerCase();
  return q.choices.findIndex((c) => c.trim().toLowerCase() === want);
}

/** Shuffles the choices; correctIndex follows the answer's original slot, not its text. */
function showQuestion(q: Question, rng: Rng): ShownQuestion {
  const original = answerSlot(q);
  const order = shuffle(
    q.choices.map((_, i) => i),
    rng,
  );
  return {
    ...q,
    steps: [...q.steps],
    mistakes: [...q.mistakes],
    choices: order.map((i) => q.choices[i] ?? ""),
    correctIndex: order.indexOf(original),
  };
}

/** A card waiting to become a question; only the cards a round picks get their wrong choices built. */
interface CardPick {
  difficulty: Difficulty;
  card: Card;
}

function cardsAsQuestions(deck: Deck, cards: readonly Card[], direction: Direction, rng: Rng): Question[] {
  if (cards.length === 0) return [];
  const pool = cardChoicePool(deck.cards, direction);
  return cards.flatMap((card) => cardQuestion(card, pool, rng) ?? []);
}

function fewAnswers(deck: Deck, direction: Direction): never {
  throw new EngineError(
    "few-answers",
    `deck ${deck.id} has too few distinct ${direction} answers for choices`,
  );
}

/**
 * The questions of a practice or test round. The deck's own questions come first; a deck with too
 * few of them tops up with its cards played as choices (front to back). An explicit `direction`
 * asks only cards, that way round.
 */
function askedQuestions(o: RoundOptions, answerable: Question[], rng: Rng): Question[] {
  const { deck, count } = o;
  const wanted = <T extends { difficulty: Difficulty }>(xs: T[]): T[] =>
    o.mode === "practice" && o.difficulty !== "mixed" ? xs.filter((x) => x.difficulty === o.difficulty) : xs;
  const cards: CardPick[] = wanted(
    deck.cards.map((card) => ({ difficulty: LEVEL_DIFFICULTY[card.level], card })),
  );
  const direction = o.mode === "practice" ? o.direction : undefined;
  if (direction) {
    if (cards.length > 0 && !canPlayCardsAsChoices(deck.cards, direction)) fewAnswers(deck, direction);
    const picked = shuffle(cards, rng).slice(0, count);
    return cardsAsQuestions(
      deck,
      picked.map((p) => p.card),
      direction,
      rng,
    );
  }
  const questions = wanted(answerable);
  const onlyQuestions = () =>
    o.mode === "test" ? pickTestQuestions(questions, rng, count) : shuffle(questions, rng).slice(0, count);
  if (questions.length >= count || cards.length === 0) return onlyQuestions();
  if (!canPlayCardsAsChoices(deck.cards, "front-back")) {
    // Questions alone still make a (shorter) round; only a deck with nothing else is refused.
    if (questions.length === 0) fewAnswers(deck, "front-back");
    return onlyQuestions();
  }
  const asked: (Question | CardPick)[] =
    o.mode === "test"
      ? pickTestQuestions<Question | CardPick>([...questions, ...cards], rng, count)
      : shuffle([...questions, ...shuffle(cards, rng).slice(0, count - questions.length)], rng);
  const pool = cardChoicePool(deck.cards, "front-back");
  return asked.flatMap((a) => ("card" in a ? (cardQuestion(a.card, pool, rng) ?? []) : [a]));
}

function pickItems(o: RoundOptions, rng: Rng): { items: RoundItem[]; leftOut?: number } {
  const { deck, count } = o;
  // A question whose answer is not among its choices can't be scored; the deck linter reports it.
  const answerable = deck.questions.filter((q) => answerSlot(q) >= 0);
  const asQuestions = (qs: Question[]) =>
    qs.map((q) => blank({ kind: "question" as const, question: showQuestion(q, rng) }));
  switch (o.mode) {
    case "practice": {
      if (o.typed) {
        const pool =
          o.difficulty === "mixed" ? answerable : answerable.filter((q) => q.difficulty === o.difficulty);
        const typeable = pool.filter(isTypeable);
        if (pool.length > 0 && typeable.length === 0)
          throw new EngineError("none-typeable", `deck ${deck.id} has no question short enough to type`);
        return { items: asQuestions(shuffle(typeable, rng).slice(0, count)), leftOut: pool.length - typeable.length };
      }
      return { items: asQuestions(askedQuestions(o, answerable, rng)) };
    }
    case "test":
      return { items: asQuestions(askedQuestions(o, answerable, rng)) };
    case "recall": {
      const byId = new Map(deck.cards.map((c) => [c.id, c]));
      const preferred = [...new Set(o.dueCardIds ?? [])].flatMap((id) => byId.get(id) ?? []);
      const chosen = new Set(preferred.map((c) => c.id));
      const rest = shuffle(
        deck.cards.filter((c) => !chosen.has(c.id)),
        rng,
      );
      const items = [...preferred, ...rest]
        .slice(0, count)
        .map((c) => blank({ kind: "card" as const, card: { ...c } }));
      // Every card can be typed: its back is the answer.
      return o.typed ? { items, leftOut: 0 } : { items };
    }
    case "review":
      return {
        items: (o.reviewItems ?? [])
          .filter((p) => p.kind === "card" || answerSlot(p.question) >= 0)
          .slice(0, count)
          .map((p) =>
            p.kind === "card"
              ? blank({ kind: "card" as const, card: { ...p.card }, deckId: p.deckId })
              : blank({ kind: "question" as const, question: showQuestion(p.question, rng), deckId: p.deckId }),
          ),
      };
    case "explain": {
      // One prompt per round: an explanation takes minutes, not seconds.
      const prompt = deck.prompts[Math.floor(rng() * deck.prompts.length)];
      return {
        items: prompt
          ? [blank({ kind: "prompt" as const, prompt: { ...prompt, concepts: [...prompt.concepts] } })]
          : [],
      };
    }
  }
}

function open(item: RoundItem, now: number, timerMs: number): RoundItem {
  return { ...item, openedAt: now, closesAt: timerMs > 0 ? now + timerMs : null };
}

export function createRound(opts: RoundOptions): RoundState {
  if (!ROUND_MODES.includes(opts.mode))
    throw new EngineError("bad-option", `unknown mode ${String(opts.mode)}`);
  if (opts.difficulty !== "mixed" && !DIFFICULTIES.includes(opts.difficulty)) {
    throw new EngineError("bad-option", `unknown difficulty ${String(opts.difficulty)}`);
  }
  if (opts.direction !== undefined && !DIRECTIONS.includes(opts.direction))
    throw new EngineError("bad-option", `unknown direction ${String(opts.direction)}`);
  if (!Number.isInteger(opts.count) || opts.count < 1)
    throw new EngineError("bad-option", "count must be a positive integer");
  if (!Number.isFinite(opts.timerMs) || opts.timerMs < 0)
    throw new EngineError("bad-option", "timerMs must be >= 0");

  if (opts.typed && opts.mode !== "practice" && opts.mode !== "recall")
    throw new EngineError("bad-option", `${opts.mode} rounds can't be typed`);
  const { items, leftOut } = pickItems(opts, seededRng(opts.seed));
  const first = items[0];
  if (!first)
    throw new EngineError(
      "no-items",
      `deck ${opts.deck.id} has nothing to ask for ${opts.mode}/${opts.difficulty}`,
    );
  items[0] = open(first, opts.now, opts.timerMs);
  return {
    version: 1,
    id: opts.id,
    guildId: opts.guildId,
    channelId: opts.channelId,
    hostId: opts.hostId,
    deckId: opts.deck.id,
    deckTitle: opts.deck.title,
    mode: opts.mode,
    difficulty: opts.difficulty,
    solo: opts.solo,
    timerMs: opts.timerMs,
    seed: opts.seed,
    createdAt: opts.now,
    status: "running",
    index: 0,
    items,
    ...(opts.typed ? { typed: matchOptions(opts.deck), leftOut: leftOut ?? 0 } : {}),
  };
}

/** The deck's settings for the matcher, without absent keys (round states are stored as JSON). */
function matchOptions(deck: RoundOptions["deck"]): MatchOptions {
  return {
    ...(deck.language === undefined ? {} : { language: deck.language }),
    ...(deck.strictAccents === undefined ? {} : { strictAccents: deck.strictAccents }),
  };
}

/** What to show for item `index` (default: the current one). The answer stays hidden. */
export function itemView(state: RoundState, index = state.index): ItemView | null {
  const item = state.items[index];
  if (!item) return null;
  const base = { index, total: state.items.length, closesAt: item.closesAt, deckTitle: state.deckTitle };
  switch (item.kind) {
    case "card":
      return { ...base, kind: "card", card: item.card };
    case "prompt":
      return { ...base, kind: "prompt", prompt: item.prompt };
    case "question": {
      const q = item.question;
      return {
        ...base,
        kind: "question",
        question: {
          id: q.id,
          difficulty: q.difficulty,
          prompt: q.prompt,
          ...(q.code === undefined ? {} : { code: q.code }),
          ...(q.language === undefined ? {} : { language: q.language }),
          hasHint: q.hint !== undefined,
          choices: q.choices.map((text, i) => ({ letter: letterOf(i), text })),
        },
      };
    }
  }
}

export function currentItem(state: RoundState): ItemView | null {
  return state.status === "ended" ? null : itemView(state);
}

/** True when the current item's timer has run out but it is not closed yet (e.g. after a restart). */
export function isExpired(state: RoundState, now: number): boolean {
  const item = state.items[state.index];
  return (
    state.status === "running" && !!item && !item.closed && item.closesAt !== null && now >= item.closesAt
  );
}

export function nextItem(
  state: RoundState,
  n: { now: number },
): { state: RoundState; item: ItemView | null } {
  if (state.status === "ended") return { state, item: null };
  const index = state.index + 1;
  const item = state.items[index];
  if (!item)
    return { state: { ...state, status: "ended", endReason: "finished", endedAt: n.now }, item: null };
  const items = state.items.slice();
  items[index] = open(item, n.now, state.timerMs);
  const next: RoundState = { ...state, index, items };
  return { state: next, item: itemView(next) };
}

/** Ends early. The open item is closed as 'stopped' so its answers get a result like any other. */
export function endRound(
  state: RoundState,
  e: { now: number; reason: "stopped" | "restart" | "interrupted" },
): RoundState {
  if (state.status === "ended") return state;
  const closed = closeItem(state, { now: e.now, reason: "stopped" }).state;
  return { ...closed, status: "ended", endReason: e.reason, endedAt: e.now };
}

export interface RoundSummary {
  /** Sorted by points desc, then correct desc, then userId. */
  scores: { userId: string; points: number; correct: number; answered: number }[];
  /** Items reached (opened) in this round. */
  questions: number;
  test?: TestVerdict;
}

export function summarize(state: RoundState): RoundSummary {
  const totals = new Map<string, { userId: string; points: number; correct: number; answered: number }>();
  for (const item of state.items) {
    for (const a of item.answers) {
      const t = totals.get(a.userId) ?? { userId: a.userId, points: 0, correct: 0, answered: 0 };
      t.points += a.points;
      t.correct += a.correct ? 1 : 0;
      t.answered += 1;
      totals.set(a.userId, t);
    }
  }
  const scores = [...totals.values()].sort(
    (a, b) =>
      b.points - a.points ||
      b.correct - a.correct ||
      (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0),
  );
  const summary: RoundSummary = { scores, questions: state.items.filter((i) => i.openedAt !== null).length };
  if (state.mode === "test") {
    // Every question of the test counts, so stopping early can't inflate the percentage.
    summary.test = testVerdict(
      state.items.flatMap((i) =>
        i.kind === "question"
          ? [
              {
                difficulty: i.question.difficulty,
                correct: findAnswer(i.answers, state.hostId)?.correct ?? false,
              },
            ]
          : [],
      ),
    );
  }
  return summary;
}
