/**
 * Cards played as multiple choice: what starting a round costs on the bot's main thread when a
 * deck of plain cards (an import of the largest allowed size) becomes questions. The first round
 * of a deck builds its pool of answers; later rounds reuse it.
 *
 *   npx tsx bench/card-choices.ts [cards]    # default 2000 (the item limit of a deck)
 */
import { pathToFileURL } from "node:url";
import type { Card, Deck } from "../src/decks/schema.js";
import { createRound, type RoundOptions } from "../src/engine/index.js";
import { round1 } from "./measure.js";

export interface CardChoicesResult {
  cards: number;
  /** Questions a round asks (the largest /practice). */
  questions: number;
  /** The first round of a deck, pool of answers included. */
  firstRoundMs: number;
  /** Median and p99 of later rounds, each from a new seed. */
  roundMedianMs: number;
  roundP99Ms: number;
}

/** Backs of every kind the choice builder tells apart, of varied length, all different. */
function backOf(i: number): string {
  switch (i % 4) {
    case 0:
      return String(i * 7 + 3);
    case 1:
      return String(1000 + (i % 1000)) + (i > 1000 ? " AD" : "");
    case 2:
      return `Term ${i}`;
    default:
      return `The definition of card ${i}, ${"with some more words ".repeat(1 + (i % 12))}`.trim();
  }
}

function cardDeck(n: number): Deck {
  const cards: Card[] = Array.from({ length: n }, (_, i) => ({
    id: `c-${i}`,
    level: "beginner",
    front: `What is card ${i} about?`,
    back: backOf(i),
  }));
  return { id: "bench-cards", title: "Bench cards", tags: [], cards, questions: [], prompts: [] };
}

export function runCardChoicesBench(cards = 2000, rounds = 200): CardChoicesResult {
  const questions = 20;
  const deck = cardDeck(cards);
  const options = (seed: number): RoundOptions => ({
    id: `r${seed}`,
    guildId: "g",
    channelId: "c",
    hostId: "h",
    deck,
    mode: "practice",
    count: questions,
    difficulty: "mixed",
    timerMs: 20_000,
    solo: false,
    seed,
    now: Date.now(),
  });
  let t = performance.now();
  createRound(options(0));
  const firstRoundMs = performance.now() - t;
  const times: number[] = [];
  for (let seed = 1; seed <= rounds; seed++) {
    t = performance.now();
    createRound(options(seed));
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return {
    cards,
    questions,
    firstRoundMs: round1(firstRoundMs),
    roundMedianMs: round1(at(0.5)),
    roundP99Ms: round1(at(0.99)),
  };
}

export function formatCardChoices(r: CardChoicesResult): string[] {
  return [
    `- A ${r.questions}-question /practice round from a deck of ${r.cards} plain cards (wrong choices built on the main thread):`,
    `  first round of the deck ${r.firstRoundMs} ms (builds its pool of answers), later rounds median ${r.roundMedianMs} ms, p99 ${r.roundP99Ms} ms.`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 2000);
  console.log(formatCardChoices(runCardChoicesBench(Number.isInteger(n) && n >= 4 ? n : 2000)).join("\n"));
}
