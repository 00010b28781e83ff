import { randomBytes } from "node:crypto";
import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction } from "discord.js";
import type { Deck, Difficulty } from "../../decks/schema.js";
import {
  createRound,
  distinctAnswers,
  EngineError,
  pickRecallCards,
  seededRng,
  type Direction,
  type ReviewPick,
  type RoundMode,
  type RoundState,
} from "../../engine/index.js";
import { tr, type Locale } from "../../strings.js";
import type { EmptyFor, Permission } from "../../i18n/shape.js";
import { memberLocale, serverLocale } from "../locale.js";
import type { BotContext } from "../context.js";
import { UserError } from "../errors.js";
import { memberHasRole, missingToPost } from "../permissions.js";
import { renderItem } from "../render/item.js";
import { plain } from "../render/plain.js";
import { advanceRound, releaseRound } from "./advance-round.js";
import { endRoundEarly } from "./end-round.js";
import { claimKey } from "./claim-key.js";
import { resolveDeck } from "./resolve-deck.js";
import { releaseIfStale } from "./stale-claim.js";

export interface StartOptions {
  mode: RoundMode;
  deckId: string;
  count: number;
  difficulty: Difficulty | "mixed";
  /** 0 = untimed (private rounds). */
  timerMs: number;
  solo: boolean;
  /** practice: ask only cards, this way round (see RoundOptions.direction). */
  direction?: Direction;
  /** A deck the caller built (a review round's), instead of looking `deckId` up. */
  deck?: Deck;
  /** review: the items to ask, in order. */
  reviewItems?: ReviewPick[];
  /** practice/recall: players type their answers (`mode: typed`). */
  typed?: boolean;
}

export const newRoundId = () => randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, "0");

/** What the bot needs in a channel to run a public round there. */
const CHANNEL_PERMISSIONS = [
  ["viewChannel", PermissionFlagsBits.ViewChannel],
  ["sendMessages", PermissionFlagsBits.SendMessages],
  ["embedLinks", PermissionFlagsBits.EmbedLinks],
] as const satisfies readonly (readonly [Permission, bigint])[];

function assertBotCanPost(i: ChatInputCommandInteraction) {
  const missing = CHANNEL_PERMISSIONS.filter(([, bit]) => !i.appPermissions.has(bit)).map(([name]) => name);
  if (missing.length) throw new UserError((t) => t.botMissingPermissions(t.permissions(missing)));
}

export function requireGuild(i: { guildId: string | null }): string {
  if (!i.guildId) throw new UserError((t) => t.guildOnly);
  return i.guildId;
}

async function assertMayStart(ctx: BotContext, i: ChatInputCommandInteraction, guildId: string) {
  const settings = await ctx.store.settings.get(guildId);
  if (settings.corrupt) {
    // The starter role can't be read, so nobody it might exclude may start: only Manage Server.
    if (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return;
    ctx.log.error(
      { guild: guildId, user: i.user.id },
      "stored settings are corrupt: refused to start a round",
    );
    throw new UserError((t) => t.settingsCorrupt);
  }
  if (!settings.starterRoleId) return;
  if (memberHasRole(i, settings.starterRoleId) || i.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return;
  if (settings.modRoleId && memberHasRole(i, settings.modRoleId)) return;
  throw new UserError((t) => t.notAllowedToStart);
}

async function dueCards(
  ctx: BotContext,
  guildId: string,
  userId: string,
  o: StartOptions,
  deck: Awaited<ReturnType<typeof resolveDeck>>,
) {
  if (o.mode !== "recall") return undefined;
  const keys = deck.cards.map((c) => `${deck.id}:${c.id}`);
  const stored = await ctx.store.schedules.getMany(guildId, userId, keys);
  const byCard = Object.fromEntries(
    deck.cards.flatMap((c) => (stored[`${deck.id}:${c.id}`] ? [[c.id, stored[`${deck.id}:${c.id}`]!]] : [])),
  );
  return pickRecallCards(
    deck.cards,
    byCard,
    ctx.now(),
    o.count,
    seededRng(randomBytes(4).readUInt32BE(0)),
  ).map((c) => c.id);
}

/** Starts a round from a slash command: claims the channel (or the player's private slot) and shows item 1. */
export async function startRound(
  ctx: BotContext,
  i: ChatInputCommandInteraction,
  o: StartOptions,
): Promise<RoundState> {
  const guildId = requireGuild(i);
  await assertMayStart(ctx, i, guildId);
  if (!o.solo) {
    assertBotCanPost(i);
    // The invoker's own rights here (member permissions include the channel's overwrites).
    const missing = missingToPost(i.memberPermissions);
    if (missing.length) throw new UserError((t) => t.youCantPostHere(t.permissions(missing)));
  }
  const deck = o.deck ?? (await resolveDeck(ctx, guildId, o.deckId));
  const now = ctx.now();
  let state: RoundState;
  try {
    state = createRound({
      id: newRoundId(),
      guildId,
      channelId: i.channelId,
      hostId: i.user.id,
      deck,
      mode: o.mode,
      count: o.count,
      difficulty: o.difficulty,
      timerMs: o.timerMs,
      solo: o.solo,
      seed: randomBytes(4).readUInt32BE(0),
      now,
      dueCardIds: await dueCards(ctx, guildId, i.user.id, o, deck),
      ...(o.direction ? { direction: o.direction } : {}),
      ...(o.reviewItems ? { reviewItems: o.reviewItems } : {}),
      ...(o.typed ? { typed: true } : {}),
    });
  } catch (err) {
    if (err instanceof EngineError && err.code === "few-answers") {
      const direction = o.direction ?? "front-back";
      throw new UserError((t) =>
        t.cardsTooFewAnswers(
          plain(deck.title),
          distinctAnswers(deck.cards, direction),
          direction === "front-back" ? "backs" : "fronts",
        ),
      );
    }
    if (err instanceof EngineError && err.code === "none-typeable")
      throw new UserError((t) => t.noneTypeable(plain(deck.title)));
    if (err instanceof EngineError && err.code === "no-items") {
      const what: EmptyFor = o.direction
        ? "cards"
        : o.mode === "practice" && o.difficulty !== "mixed"
          ? o.difficulty
          : (
              {
                practice: "questions",
                test: "questions",
                recall: "cards",
                explain: "prompts",
                review: "due",
              } as const
            )[o.mode];
      throw new UserError((t) => t.deckEmptyFor(plain(deck.title), what));
    }
    throw err;
  }
  // A private round speaks its player's language; a public one the server's (fixed for the round).
  state = { ...state, locale: o.solo ? memberLocale(i) : await serverLocale(ctx, guildId, i.guildLocale) };
  const t = tr(state.locale as Locale);

  const key = claimKey(state);
  let holder = await ctx.store.rounds.claimChannel(guildId, key, state.id);
  if (holder && (await releaseIfStale(ctx, guildId, key, holder)))
    holder = await ctx.store.rounds.claimChannel(guildId, key, state.id);
  if (holder && o.solo) {
    // One private round per player: a new one replaces the old (its message may be long gone).
    await endRoundEarly(ctx, holder, "stopped", null);
    holder = await ctx.store.rounds.claimChannel(guildId, key, state.id);
  }
  if (holder) {
    const other = await ctx.rounds.get(holder);
    throw new UserError((t) =>
      t.channelBusy(other ? { deck: plain(other.deckTitle), host: `<@${other.hostId}>` } : null),
    );
  }
  await ctx.rounds.create(state);

  if (o.solo) {
    await i.reply({
      ...renderItem(state),
      ...(state.leftOut ? { content: t.typedLeftOut(state.leftOut).trim() } : {}),
      flags: MessageFlags.Ephemeral,
    });
    await ctx.store.rounds.setMessage(state.id, {
      channelId: i.channelId,
      messageId: null,
      interactionToken: i.token,
      applicationId: i.applicationId,
    });
    return state;
  }
  const leftOut = state.leftOut ? t.typedLeftOut(state.leftOut) : "";
  await i.reply({
    content:
      t.roundStarted(
        o.typed ? (o.mode === "recall" ? "typedRecall" : "typedPractice") : o.mode,
        plain(deck.title),
        state.items.length,
        `<@${i.user.id}>`,
      ) + leftOut,
  });
  let messageId: string;
  try {
    messageId = await ctx.messenger.post(i.channelId, renderItem(state));
  } catch (err) {
    // The channel must not stay claimed by a round nobody can see.
    await releaseRound(ctx, { ...state, status: "ended", endReason: "stopped" });
    throw err;
  }
  await ctx.store.rounds.setMessage(state.id, { channelId: i.channelId, messageId });
  ctx.rounds.arm(state, ctx.now(), (roundId, index) => advanceRound(ctx, roundId, index, "timer"));
  return state;
}
