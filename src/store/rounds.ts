import { z } from "zod";
import type { RoundItem, RoundState } from "../engine/round.js";
import type { Kv } from "./kv.js";
import type { KeyedMutex } from "./mutex.js";
import { roundItemSchema, storedRoundSchema } from "./schemas.js";

/** Where a round's current public message lives, so it can be edited after a restart. */
export interface RoundMessage {
  channelId: string;
  messageId: string | null;
  interactionToken?: string;
  applicationId?: string;
}

export interface RoundRepo {
  /** Claims the channel for the round: null on success, else the id of the round holding it. */
  claimChannel(guildId: string, channelId: string, roundId: string): Promise<string | null>;
  /** Frees the channel, only if `roundId` holds it. */
  releaseChannel(guildId: string, channelId: string, roundId: string): Promise<void>;
  save(state: RoundState): Promise<void>;
  get(roundId: string): Promise<RoundState | undefined>;
  activeInChannel(channelId: string): Promise<string | null>;
  /** Ids of rounds holding a channel in these servers, from one index key per server (no scan). */
  listActive(guildIds: Iterable<string>): Promise<string[]>;
  /** The same, with the server and the claim key each round holds (to release a stale one). */
  listClaims(guildIds: Iterable<string>): Promise<RoundClaim[]>;
  setMessage(roundId: string, m: RoundMessage): Promise<void>;
  getMessage(roundId: string): Promise<RoundMessage | undefined>;
}

/** A round holding a channel (or a player's private slot, see claimKey) in a server. */
export interface RoundClaim {
  guildId: string;
  roundId: string;
  claimKey: string;
}

const claimSchema = z.object({ version: z.literal(1), roundId: z.string() });
const activeSchema = z.object({ version: z.literal(1), rounds: z.record(z.string(), z.string()) });
// Records written before tokens were kept apart may still carry one: it is ignored (its age is unknown).
const messageSchema = z.object({
  version: z.literal(1),
  channelId: z.string(),
  messageId: z.string().nullable(),
});
const tokenSchema = z.object({
  version: z.literal(1),
  interactionToken: z.string(),
  applicationId: z.string(),
});

/**
 * The active index is one key per server, not one for the bot: with shards, each process owns
 * some servers and caches its keys, so a key shared by all servers would be overwritten by
 * processes holding stale copies. A server's keys are only ever written by the process owning it.
 */
const keys = {
  claim: (channelId: string) => `chan:${channelId}`,
  active: (guildId: string) => `rounds:active:${guildId}`,
  /** Before shards (0.1): one index for every server; see adoptLegacy. */
  legacyActive: "rounds:active",
  round: (roundId: string) => `round:${roundId}`,
  /** A closed item of the round, stored apart (see save). */
  item: (roundId: string, index: number) => `rounditem:${roundId}:${index}`,
  message: (roundId: string) => `roundmsg:${roundId}`,
  /** The interaction token a private round's message is edited through, kept only while Discord honours it. */
  token: (roundId: string) => `${TOKEN_KEY_PREFIX}${roundId}`,
};
export const TOKEN_KEY_PREFIX = "roundtoken:";
/**
 * Discord honours an interaction token for 15 minutes; the stored copy expires a minute earlier,
 * so an edit never starts with a token about to die, and none outlives its use in the store.
 */
export const TOKEN_TTL_MS = 14 * 60_000;
/** Ended rounds are kept a while for summaries, then expire. */
const ROUND_TTL_MS = 14 * 86_400_000;
/**
 * A claim expires like its round's record, so a claim left by a crash (claimed, then the round never
 * written) can't hold a channel for ever; a running round renews it when it saves (see save).
 */
const CLAIM_TTL_MS = ROUND_TTL_MS;
/** How often a running round's save renews its claim: writing it with every click would be waste. */
const CLAIM_RENEW_MS = 3_600_000;
/** Claims are rare and cheap, so one lock covers a server's channels and its index together. */
const lock = (guildId: string) => `rounds:${guildId}`;

export class KvRounds implements RoundRepo {
  /** The item object last written under each item key: an unchanged closed item isn't written again. */
  private readonly writtenItems = new Map<string, RoundItem>();
  /** Claims taken by this process: where each round's claim lives and when it was last written. */
  private readonly claims = new Map<string, { claimKey: string; writtenAt: number }>();

  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  async claimChannel(guildId: string, channelId: string, roundId: string): Promise<string | null> {
    return this.kv.transact(this.mutex, lock(guildId), async () => {
      const current = await this.activeInChannel(channelId);
      const active = await this.active(guildId);
      return () => {
        if (current !== null && current !== roundId) return current;
        this.kv.set(keys.claim(channelId), { version: 1, roundId }, { cache: true, ttl: CLAIM_TTL_MS });
        this.claims.set(roundId, { claimKey: channelId, writtenAt: Date.now() });
        this.kv.set(
          keys.active(guildId),
          { version: 1, rounds: { ...active, [roundId]: channelId } },
          { cache: true },
        );
        return null;
      };
    });
  }

  async releaseChannel(guildId: string, channelId: string, roundId: string): Promise<void> {
    await this.kv.transact(this.mutex, lock(guildId), async () => {
      const holder = await this.activeInChannel(channelId);
      const { [roundId]: gone, ...rest } = await this.active(guildId);
      return () => {
        this.claims.delete(roundId);
        if (holder === roundId) this.kv.delete(keys.claim(channelId));
        // Even when not the holder: an index entry left behind would be "recovered" forever.
        if (gone !== undefined)
          this.kv.set(keys.active(guildId), { version: 1, rounds: rest }, { cache: true });
      };
    });
  }

  async activeInChannel(channelId: string): Promise<string | null> {
    return (await this.kv.get(keys.claim(channelId), claimSchema, true))?.roundId ?? null;
  }

  async listActive(guildIds: Iterable<string>): Promise<string[]> {
    const ids = [...guildIds];
    await this.adoptLegacy(new Set(ids));
    const indexes = await this.kv.getMany(ids.map(keys.active), activeSchema, true);
    return indexes.flatMap((index) => Object.keys(index?.rounds ?? {}));
  }

  async listClaims(guildIds: Iterable<string>): Promise<RoundClaim[]> {
    const ids = [...guildIds];
    await this.adoptLegacy(new Set(ids));
    const indexes = await this.kv.getMany(ids.map(keys.active), activeSchema, true);
    return indexes.flatMap((index, i) =>
      Object.entries(index?.rounds ?? {}).map(([roundId, claimKey]) => ({
        guildId: ids[i] as string,
        roundId,
        claimKey,
      })),
    );
  }

  /**
   * Closed items are stored apart, each written once (when it closes), and the round's own record
   * holds the rest with `null` in their place. A closed question carries every player's answer, so
   * rewriting all of them with each change of the open item made a crowd's writes grow with the
   * whole round (hundreds of KB per write by the fifth question of a 1,000-player round).
   * No copies: the engine never mutates a RoundState (every change returns new objects), so the
   * objects can wait as they are for the flush to serialise them.
   */
  save(state: RoundState): Promise<void> {
    const staged: string[] = [];
    const items = state.items.map((item, k) => {
      if (!item.closed) return item;
      const key = keys.item(state.id, k);
      if (this.writtenItems.get(key) !== item) {
        this.kv.set(key, item, { ttl: ROUND_TTL_MS });
        this.writtenItems.set(key, item);
        staged.push(key);
      }
      return null;
    });
    this.kv.set(keys.round(state.id), { ...state, items }, { ttl: ROUND_TTL_MS });
    this.renewClaim(state);
    if (state.status === "ended") {
      state.items.forEach((_, k) => this.writtenItems.delete(keys.item(state.id, k)));
      this.kv.delete(keys.token(state.id)); // nothing edits an ended round's message any more
    }
    const durable = this.kv.commit();
    // Not stored after all: the round's next save writes them again.
    durable.catch(() => staged.forEach((key) => this.writtenItems.delete(key)));
    return durable;
  }

  /** The round with its closed items put back; undefined if it, or one of its items, is missing or corrupt. */
  async get(roundId: string): Promise<RoundState | undefined> {
    const stored = await this.kv.get(keys.round(roundId), storedRoundSchema);
    if (!stored) return undefined;
    const apart = stored.items.flatMap((item, k) => (item === null ? [k] : []));
    if (apart.length === 0) return stored as RoundState;
    const found = await this.kv.getMany(
      apart.map((k) => keys.item(roundId, k)),
      roundItemSchema,
    );
    if (found.some((item) => item === undefined)) return undefined;
    const items = [...stored.items];
    apart.forEach((k, j) => (items[k] = found[j] as RoundItem));
    return { ...stored, items } as RoundState;
  }

  setMessage(roundId: string, m: RoundMessage): Promise<void> {
    const { interactionToken, applicationId, channelId, messageId } = m;
    this.kv.set(keys.message(roundId), { version: 1, channelId, messageId }, { ttl: ROUND_TTL_MS });
    if (interactionToken && applicationId)
      this.kv.set(
        keys.token(roundId),
        { version: 1, interactionToken, applicationId },
        { ttl: TOKEN_TTL_MS },
      );
    else this.kv.delete(keys.token(roundId));
    return this.kv.commit();
  }

  /**
   * Rewrites a running round's claim with a fresh expiry, at most once per CLAIM_RENEW_MS, in the
   * same batch as the round's record. Staged without the server's lock: only the claim's own round
   * writes it while it holds it, and a release deletes it in a later batch (writes land in order).
   */
  private renewClaim(state: RoundState): void {
    const claim = this.claims.get(state.id);
    if (!claim) return;
    if (state.status !== "running") return void this.claims.delete(state.id);
    const now = Date.now();
    if (now - claim.writtenAt < CLAIM_RENEW_MS) return;
    claim.writtenAt = now;
    this.kv.set(
      keys.claim(claim.claimKey),
      { version: 1, roundId: state.id },
      { cache: true, ttl: CLAIM_TTL_MS },
    );
  }

  /** Where the round's message is; the interaction token only while it is still valid. */
  async getMessage(roundId: string): Promise<RoundMessage | undefined> {
    const [message, token] = await Promise.all([
      this.kv.get(keys.message(roundId), messageSchema),
      this.kv.get(keys.token(roundId), tokenSchema),
    ]);
    if (!message) return undefined;
    const where = { channelId: message.channelId, messageId: message.messageId };
    return token
      ? { ...where, interactionToken: token.interactionToken, applicationId: token.applicationId }
      : where;
  }

  private async active(guildId: string): Promise<Record<string, string>> {
    return (await this.kv.get(keys.active(guildId), activeSchema, true))?.rounds ?? {};
  }

  /**
   * Upgrading from the single index: each process moves the entries of its own servers into their
   * per-server index and takes them out of the old key. Processes racing on the old key can only
   * put back entries already moved; moving one again is harmless (recovery checks the round's
   * state), so the old key empties within a restart or two. Entries whose round expired are dropped.
   */
  private async adoptLegacy(owned: Set<string>): Promise<void> {
    const legacy = (await this.kv.get(keys.legacyActive, activeSchema))?.rounds; // not cached: shared
    if (!legacy) return;
    const left = { ...legacy };
    for (const [roundId, channelId] of Object.entries(legacy)) {
      const state = await this.get(roundId);
      if (state && !owned.has(state.guildId)) continue;
      delete left[roundId];
      if (!state) continue;
      await this.kv.transact(this.mutex, lock(state.guildId), async () => {
        const active = await this.active(state.guildId);
        return () => {
          const rounds = { ...active, [roundId]: channelId };
          this.kv.set(keys.active(state.guildId), { version: 1, rounds }, { cache: true });
        };
      });
    }
    if (Object.keys(left).length > 0) this.kv.set(keys.legacyActive, { version: 1, rounds: left });
    else this.kv.delete(keys.legacyActive);
    await this.kv.commit();
  }
}
