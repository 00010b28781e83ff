/**
 * Localisation bench (issue 17): what speaking six languages costs.
 * - start-up: preparing the six sentence catalogues (numbers formatted per locale, commands named
 *   as each locale's clients show them), as the bot does once when it loads;
 * - per message: rendering a maximum-size question's reveal and a 20-player summary in each
 *   language, with plain and with right-to-left deck text (whose values get bidi isolates).
 *
 *   npx tsx bench/i18n.ts
 */
import { performance } from "node:perf_hooks";
import { maxSizeDeck } from "../src/decks/max-size.js";
import { createRound, summarize, type QuestionResult, type RoundState } from "../src/engine/index.js";
import { renderClosed } from "../src/discord/render/item.js";
import { renderSummary } from "../src/discord/render/summary.js";
import { preparedCatalogue } from "../src/i18n/index.js";
import { LOCALES } from "../src/strings.js";
import { percentiles, type Percentiles } from "./measure.js";

export interface I18nBenchResult {
  prepareAllMs: number;
  renders: number;
  /** Microseconds per reveal + summary, by locale and deck text. */
  perLocale: { locale: string; text: "plain" | "right-to-left"; us: Percentiles }[];
}

const RTL_FILLER = "قواعد اللغة العربية 12 · דקדוק עברי 3 ";

function roundIn(locale: string, filler?: string): { state: RoundState; result: QuestionResult } {
  const deck = maxSizeDeck(1, filler ? { filler } : {});
  const state = {
    ...createRound({
      id: "r0000000001",
      guildId: "1100000000000000001",
      channelId: "1100000000000000002",
      hostId: "1200000000000000000",
      deck,
      mode: "practice",
      count: 1,
      difficulty: "mixed",
      timerMs: 30_000,
      solo: false,
      seed: 7,
      now: 1_700_000_000_000,
    }),
    locale,
  };
  const item = state.items[0]!;
  if (item.kind !== "question") throw new Error("expected a question");
  const result: QuestionResult = {
    index: 0,
    itemId: item.question.id,
    correctIndex: item.question.correctIndex,
    correctLetter: "A",
    distribution: item.question.choices.map(() => 7),
    fastest: { userId: "1200000000000000000", elapsedMs: 1234 },
    points: {},
    answered: 7 * item.question.choices.length,
    reason: "timer",
  };
  return { state, result };
}

export function runI18nBench(renders = 2000): I18nBenchResult {
  const t0 = performance.now();
  for (const locale of LOCALES) preparedCatalogue(locale);
  const prepareAllMs = performance.now() - t0;

  const scores = Array.from({ length: 20 }, (_, k) => ({
    userId: String(1200000000000000000n + BigInt(k)),
    points: 12_345 - k * 100,
    correct: 8,
    answered: 10,
  }));
  const perLocale: I18nBenchResult["perLocale"] = [];
  for (const text of ["plain", "right-to-left"] as const) {
    for (const locale of LOCALES) {
      const { state, result } = roundIn(locale, text === "plain" ? undefined : RTL_FILLER);
      const summary = { ...summarize(state), scores };
      const streaks = new Map(scores.map((s) => [s.userId, { before: 3, after: 4 }]));
      for (let k = 0; k < 200; k++) renderClosed(state, 0, result); // warm-up
      const us: number[] = [];
      for (let k = 0; k < renders; k++) {
        const start = performance.now();
        renderClosed(state, 0, result);
        renderSummary(state, summary, streaks);
        us.push((performance.now() - start) * 1000);
      }
      perLocale.push({ locale, text, us: percentiles(us) });
    }
  }
  return { prepareAllMs, renders, perLocale };
}

export function i18nSection(r: I18nBenchResult): string[] {
  const row = (p: I18nBenchResult["perLocale"][number]) =>
    `| ${p.locale} | ${p.text} | ${Math.round(p.us.p50)} µs | ${Math.round(p.us.p99)} µs |`;
  return [
    "## Languages (bench/i18n.ts)",
    "",
    `- Preparing the six sentence catalogues at start-up (numbers per locale, command names per locale): ${r.prepareAllMs.toFixed(1)} ms.`,
    `- A maximum-size question's reveal plus a 20-player round summary, rendered ${r.renders} times per row:`,
    "",
    "| Locale | Deck text | p50 | p99 |",
    "| --- | --- | --- | --- |",
    ...r.perLocale.map(row),
    "",
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of i18nSection(runI18nBench())) console.log(line);
}
