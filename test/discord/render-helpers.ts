import type { APIEmbed } from "discord.js";
import type { Deck } from "../../src/decks/schema.js";
import { createRound, type QuestionResult, type RoundMode, type RoundState } from "../../src/engine/index.js";
import { toApiBody, type MessageBody } from "../../src/discord/messenger.js";
import { checkMessageLimits } from "../../src/playground/fake-discord/index.js";

/** Markup a hostile deck author would fill every field with: mentions, masked links, code fences. */
export const HOSTILE_FILLER =
  "<@&1100000000000000003> [docs.python.org](https://evil.example/x) @everyone ``` <#1100000000000000002> ";

/** Snowflake-shaped ids of `n` players. */
export const players = (n: number) =>
  Array.from({ length: n }, (_, k) => String(1200000000000000000n + BigInt(k)));

/** A round over `deck` with every item of the mode in it (all items, in the deck's order). */
export function roundOf(
  deck: Deck,
  mode: RoundMode,
  opts: { solo?: boolean; daily?: boolean; locale?: string } = {},
): RoundState {
  const count =
    mode === "recall" ? deck.cards.length : mode === "explain" ? deck.prompts.length : deck.questions.length;
  const state = createRound({
    id: "r0000000001",
    guildId: "1100000000000000001",
    channelId: "1100000000000000002",
    hostId: players(1)[0]!,
    deck,
    mode,
    count,
    difficulty: "mixed",
    timerMs: opts.solo ? 0 : 30_000,
    solo: opts.solo ?? false,
    seed: 7,
    now: 1_700_000_000_000,
  });
  const shown = opts.locale ? { ...state, locale: opts.locale } : state;
  return opts.daily ? { ...shown, daily: { day: "2026-11-30" } } : shown;
}

/** A closed question's result with `answered` players, the fastest of them correct. */
export function resultOf(state: RoundState, index: number, answered: number): QuestionResult {
  const item = state.items[index]!;
  if (item.kind !== "question") throw new Error("not a question");
  const correctIndex = item.question.correctIndex;
  const distribution = item.question.choices.map((_, k) => (k === correctIndex ? answered : 0));
  return {
    index,
    itemId: item.question.id,
    correctIndex,
    correctLetter: "ABCDE"[correctIndex]!,
    distribution,
    fastest: answered ? { userId: players(1)[0]!, elapsedMs: 1234 } : null,
    points: {},
    answered,
    reason: "timer",
  };
}

/** `n` players who all answered item `index` right (for a daily's "correct today"). */
export function withCorrectAnswers(state: RoundState, index: number, n: number): RoundState {
  const items = [...state.items];
  items[index] = {
    ...items[index]!,
    answers: players(n).map((userId, k) => ({
      userId,
      choice: 0,
      correct: true,
      points: 100,
      elapsedMs: 1000 + k,
      hintUsed: false,
      at: 1_700_000_000_000 + k,
    })),
  };
  return { ...state, items };
}

/** What Discord would say about this body, as a new message (empty = it would be accepted). */
export function limitProblems(
  body: MessageBody | { content?: string; embeds?: APIEmbed[]; components?: unknown[] },
): string[] {
  return checkMessageLimits(toApiBody(body as MessageBody), { create: true });
}

/** Every piece of text a reader sees in a body's content and embeds. */
export function visibleText(body: { content?: string; embeds?: APIEmbed[] }): string {
  const parts = [body.content ?? ""];
  for (const e of body.embeds ?? []) {
    parts.push(e.title ?? "", e.description ?? "", e.footer?.text ?? "", e.author?.name ?? "");
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join("\n");
}
