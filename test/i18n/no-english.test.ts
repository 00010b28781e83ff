/**
 * Nothing a reader sees is left in English when the round speaks another language. Japanese is the
 * probe: its catalogue and the deck below hold no Latin words, so any Latin word left in what the
 * renderers build (after Discord's own markup, ids and numbers are set aside) was hard-coded in
 * English instead of coming from a catalogue.
 */
import { describe, expect, it } from "vitest";
import { loadDeckText } from "../../src/decks/load.js";
import type { Deck } from "../../src/decks/schema.js";
import { summarize, type RoundMode, type RoundState } from "../../src/engine/index.js";
import { renderDailyQuestion, renderDailyStatus, renderStreaks } from "../../src/discord/render/daily.js";
import { renderConceptPicker, renderConceptResult } from "../../src/discord/render/explain.js";
import { importFields, renderPreview } from "../../src/discord/render/import-summary.js";
import { renderClosed, renderItem } from "../../src/discord/render/item.js";
import { renderCardBack } from "../../src/discord/render/recall.js";
import { renderStats } from "../../src/discord/render/stats.js";
import { renderSummary } from "../../src/discord/render/summary.js";
import { renderAnswerModal, renderTypedReveal } from "../../src/discord/render/typed.js";
import { nextButton } from "../../src/discord/rounds/next-item.js";
import { deckCounts } from "../../src/discord/commands/deck/browse.js";
import { tr } from "../../src/strings.js";
import { players, resultOf, roundOf, withCorrectAnswers } from "../discord/render-helpers.js";
import { latinWords, seen } from "./seen.js";

const DECK_YAML = `
title: 日本の地理
description: 都道府県と都市のデッキ
tags: [地理]
language: ja
questions:
  - id: q-easy
    difficulty: easy
    prompt: 日本の首都はどこですか？
    choices: [東京, 大阪, 京都, 札幌]
    answer: 東京
    explanation: 東京は一八六八年から首都です。
    hint: 関東地方にあります。
    steps: [地方を思い出す, 一番大きな都市を選ぶ]
    mistakes: [京都と混同する]
  - id: q-medium
    difficulty: medium
    prompt: 北海道の道庁所在地は？
    choices: [札幌, 函館, 旭川]
    answer: 札幌
    explanation: 札幌は北海道で一番大きな都市です。
  - id: q-hard
    difficulty: hard
    prompt: 日本で一番長い川は？
    choices: [信濃川, 利根川, 石狩川]
    answer: 信濃川
    explanation: 信濃川は長野県と新潟県を流れます。
cards:
  - id: c-1
    level: beginner
    front: 沖縄県の県庁所在地
    back: 那覇
  - id: c-2
    level: advanced
    front: 日本で一番高い山
    back: 富士山
prompts:
  - id: p-1
    prompt: 日本の気候が地域によって違う理由を説明してください。
    concepts: [南北に長い, 山脈, 季節風]
    model_answer: 日本は南北に長く、山脈と季節風の影響で気候が地域ごとに異なります。
`;

function japaneseDeck(): Deck {
  const loaded = loadDeckText(DECK_YAML, "chiri.yaml");
  if (!loaded.ok) throw new Error(JSON.stringify(loaded));
  return loaded.deck;
}

const LOCALE = "ja";
const deck = japaneseDeck();
const t = tr(LOCALE);

function round(mode: RoundMode, opts: { solo?: boolean; daily?: boolean; typed?: boolean } = {}): RoundState {
  const state = roundOf(deck, mode, { ...opts, locale: LOCALE });
  return opts.typed ? { ...state, typed: {} } : state;
}

describe("a round in Japanese shows no English words", () => {
  it("the deck itself holds none (so the probe is fair)", () => {
    const values = DECK_YAML.replace(/^\s*(- )?(id|difficulty|level|language): [a-z0-9-]+$/gm, "").replace(
      /^\s*(- )?[a-z_]+:/gm,
      "",
    );
    expect(latinWords([values])).toEqual([]);
  });

  it("catches a hard-coded English label (the probe can fail)", () => {
    expect(
      latinWords(seen({ embeds: [{ title: "統計", fields: [{ name: "Points", value: "1" }] }] })),
    ).toEqual(["Points"]);
  });

  it.each(["practice", "test", "recall", "explain"] as const)(
    "%s: every item open and closed, and the summary",
    (mode) => {
      for (const solo of [false, true]) {
        const state = round(mode, { solo });
        const texts: string[] = [];
        for (let k = 0; k < state.items.length; k++) {
          texts.push(...seen(renderItem(state, k)));
          const result = state.items[k]!.kind === "question" ? resultOf(state, k, 3) : null;
          texts.push(
            ...seen(
              renderClosed(state, k, result, { next: nextButton(state, k === state.items.length - 1) }),
            ),
          );
          if (mode === "recall") texts.push(...seen(renderCardBack(state, k)));
          if (mode === "explain") {
            texts.push(...seen(renderConceptPicker(state, k)));
            const missed = deck.prompts[k]!.concepts;
            texts.push(
              ...seen(renderConceptResult(state, k, { got: 1, total: 3, missed }, t.conceptsResult(1, 3))),
            );
          }
        }
        const scores = players(3).map((userId, k) => ({ userId, points: 1500 - k, correct: 2, answered: 3 }));
        texts.push(
          ...seen(
            renderSummary(
              state,
              { ...summarize(state), scores },
              new Map([[players(1)[0]!, { before: 2, after: 3 }]]),
            ),
          ),
        );
        expect(latinWords(texts), `${mode} ${solo ? "private" : "public"}`).toEqual([]);
      }
    },
  );

  it("typed rounds: the item, the modal and the reveal with its override button", () => {
    for (const mode of ["practice", "recall"] as const) {
      const state = round(mode, { solo: true, typed: true });
      const texts = [
        ...seen(renderItem(state, 0)),
        ...seen(renderAnswerModal(state, 0)),
        ...seen(renderTypedReveal(state, 0, { next: nextButton(state, false), override: true })),
      ];
      expect(latinWords(texts), mode).toEqual([]);
    }
  });

  it("a daily question, its reveal, status and streaks", () => {
    const state = withCorrectAnswers(round("practice", { daily: true }), 0, 5);
    const config = {
      version: 1 as const,
      channelId: "1100000000000000002",
      time: "09:00",
      deckId: deck.id,
      questions: 2,
      enabled: true,
      disabledReason: null,
      nextRunAt: 1_700_000_000_000,
      rotation: {},
      open: [],
      setBy: players(1)[0]!,
      updatedAt: 0,
    };
    const texts = [
      ...seen(renderDailyQuestion(state, 1, 2)),
      ...seen(renderClosed(state, 0, resultOf(state, 0, 5))),
      ...seen(renderDailyStatus(config as never, deck.title, "Asia/Tokyo", t)),
      ...seen(
        renderStreaks(
          players(1)[0]!,
          { current: 4, best: 9 },
          [{ userId: players(1)[0]!, current: 4 }] as never,
          t,
        ),
      ),
    ];
    expect(latinWords(texts.map((s) => s.replace("Asia/Tokyo", "")))).toEqual([]);
  });

  it("/stats, a test result, deck counts and an import's summary", () => {
    const stats = renderStats(
      {
        userId: players(1)[0]!,
        points: 12345,
        correct: 40,
        answered: 50,
        overrides: 2,
        answerStreak: { current: 3, best: 8 },
        dailyStreak: { current: 2, best: 5 },
        decksPlayed: 3,
        due: { total: 4, nextDue: 1_700_000_000_000 },
        reminderFailed: true,
      },
      t,
    );
    const test = round("test");
    const texts = [
      ...seen(stats),
      ...seen(renderSummary(test, summarize(test), new Map())),
      deckCounts(deck, t),
      ...seen({ embeds: [renderPreview({ ...deck, questions: [] }, t)!] }),
      ...importFields({ format: "csv", detail: "", skipped: [] } as never, t).flatMap((f) => [
        f.name,
        f.value,
      ]),
    ];
    expect(latinWords(texts)).toEqual([]);
  });
});
