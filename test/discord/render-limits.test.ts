/**
 * Every renderer, fed items at every documented deck limit (src/decks/max-size.ts), must produce
 * messages Discord accepts in every locale: the fake Discord's own limit checks find nothing to
 * object to, whichever language's sentences surround the deck's text (hostile markup and
 * right-to-left text included).
 */
import { describe, expect, it } from "vitest";
import { cardSchema, promptSchema, questionSchema } from "../../src/decks/schema.js";
import { maxSizeDeck } from "../../src/decks/max-size.js";
import { summarize, type RoundMode } from "../../src/engine/index.js";
import { renderDailyQuestion, renderDailyStatus, renderStreaks } from "../../src/discord/render/daily.js";
import { renderConceptPicker, renderConceptResult } from "../../src/discord/render/explain.js";
import { renderClosed, renderItem } from "../../src/discord/render/item.js";
import { renderCardBack } from "../../src/discord/render/recall.js";
import { renderStats } from "../../src/discord/render/stats.js";
import { renderSummary, type StreakChange } from "../../src/discord/render/summary.js";
import { button, row } from "../../src/discord/render/common.js";
import { LOCALES, tr } from "../../src/strings.js";
import {
  HOSTILE_FILLER,
  limitProblems,
  players,
  resultOf,
  roundOf,
  withCorrectAnswers,
} from "./render-helpers.js";

// Right-to-left text with numbers: each value sent through a sentence gains its two isolates.
const RTL_FILLER = "قواعد اللغة العربية 12 · דקדוק עברי 3 ";
const FILLERS = { plain: undefined, hostile: HOSTILE_FILLER, "right-to-left": RTL_FILLER } as const;
const MODES: RoundMode[] = ["practice", "test", "recall", "explain"];

const CASES = LOCALES.flatMap((locale) =>
  Object.entries(FILLERS).map(([name, filler]) => [locale, name, filler] as const),
);

describe.each(CASES)("renderers in %s with maximum-size items (%s text)", (locale, _, filler) => {
  const deck = maxSizeDeck(3, filler ? { filler } : {});
  const t = tr(locale);

  it("builds items that are valid deck items at their limits", () => {
    for (const q of deck.questions) expect(() => questionSchema.parse(q)).not.toThrow();
    for (const c of deck.cards) expect(() => cardSchema.parse(c)).not.toThrow();
    for (const { modelAnswer, ...p } of deck.prompts)
      expect(() => promptSchema.parse({ ...p, model_answer: modelAnswer })).not.toThrow();
    // At the limits, not under them: one more character anywhere would be refused.
    expect(() =>
      questionSchema.parse({ ...deck.questions[0]!, explanation: deck.questions[0]!.explanation + "x" }),
    ).toThrow();
  });

  for (const mode of MODES) {
    for (const solo of [false, true]) {
      it(`${mode} ${solo ? "private" : "public"}: every item open and closed, with a Next button`, () => {
        const state = roundOf(deck, mode, { solo, locale });
        const next = row(button({ kind: "next", roundId: state.id, item: 0, arg: 0 }, "Next"));
        for (let k = 0; k < state.items.length; k++) {
          expect(limitProblems(renderItem(state, k))).toEqual([]);
          const result = state.items[k]!.kind === "question" ? resultOf(state, k, 40) : null;
          expect(limitProblems(renderClosed(state, k, result, { next }))).toEqual([]);
          if (mode === "recall") expect(limitProblems(renderCardBack(state, k, { next }))).toEqual([]);
          if (mode === "explain") {
            expect(limitProblems(renderConceptPicker(state, k))).toEqual([]);
            const missed = deck.prompts[k]!.concepts;
            expect(
              limitProblems(
                renderConceptResult(
                  state,
                  k,
                  { got: 0, total: missed.length, missed },
                  t.conceptsResult(0, 10),
                ),
              ),
            ).toEqual([]);
          }
        }
      });
    }
  }

  it('a daily question and its reveal with a long "correct today" list', () => {
    for (let k = 0; k < 3; k++) {
      const state = withCorrectAnswers(roundOf(deck, "practice", { daily: true, locale }), k, 500);
      expect(limitProblems(renderDailyQuestion(state, k + 1, 3))).toEqual([]);
      const body = renderClosed(state, k, resultOf(state, k, 500));
      expect(limitProblems(body)).toEqual([]);
      const fields = body.embeds[0]!.fields!.map((f) => f.name);
      // The short fields stay whole and the roll of honour is still there.
      expect(fields).toEqual(
        expect.arrayContaining([
          t.question.answer,
          t.question.answers,
          t.question.fastest,
          t.dailyCorrectToday,
        ]),
      );
    }
  });

  it("round summaries: 25 players with streak changes, and a test result", () => {
    for (const mode of MODES) {
      const state = roundOf(deck, mode, { locale });
      const scores = players(25).map((userId, k) => ({
        userId,
        points: 1_000_000 - k,
        correct: 20,
        answered: 20,
      }));
      const streaks = new Map<string, StreakChange>(
        scores.map((s) => [s.userId, { before: 99_999, after: 100_000 }]),
      );
      expect(limitProblems(renderSummary(state, { ...summarize(state), scores }, streaks))).toEqual([]);
    }
  });

  it("daily status, streak board and /stats", () => {
    const config = {
      version: 1 as const,
      channelId: "1100000000000000002",
      time: "09:00",
      deckId: deck.id,
      questions: 5,
      enabled: false,
      disabledReason: "no-permission" as const,
      nextRunAt: null,
      rotation: {},
      open: [],
      setBy: players(1)[0]!,
      updatedAt: 0,
    };
    expect(
      limitProblems({
        embeds: [renderDailyStatus(config, deck.title, "America/Argentina/ComodRivadavia", t)],
      }),
    ).toEqual([]);
    const board = players(50).map((userId) => ({ userId, current: 10_000, best: 10_000 }));
    expect(
      limitProblems({
        embeds: [renderStreaks(players(1)[0]!, { current: 10_000, best: 10_000 }, board as never, t)],
      }),
    ).toEqual([]);
    const huge = { current: Number.MAX_SAFE_INTEGER, best: Number.MAX_SAFE_INTEGER };
    const stats = {
      userId: players(1)[0]!,
      points: Number.MAX_SAFE_INTEGER,
      correct: 1,
      answered: 1,
      answerStreak: huge,
      dailyStreak: huge,
      decksPlayed: 99,
      due: { total: 99_999, nextDue: Date.now() },
      reminderFailed: true,
    };
    expect(limitProblems({ embeds: [renderStats(stats, t)] })).toEqual([]);
  });
});
