import { z } from "zod";
import type { RoundState } from "../engine/round.js";
import type { Kv } from "./kv.js";
import type { KeyedMutex } from "./mutex.js";
import { roundStateSchema } from "./schemas.js";

/** Where a round's current public message lives, so it can be edited after a restart. */
export interface RoundMessage {
  channelId: string;
  messageId: string | null;
  interactionToken?: string;
  applicationId?: string;
}

export interface RoundRepo {
  /** Claims the channel for the round: null on success, else the id of the round holding it. */
  claimChannel(channelId: string, roundId: string): Promise<string | null>;
  /** Frees the channel, only if `roundId` holds it. */
  releaseChannel(channelId: string, roundId: string): Promise<void>;
  save(state: RoundState): Promise<void>;
  get(roundId: string): Promise<RoundState | undefined>;
  activeInChannel(channelId: string): Promise<string | null>;
  /** Ids of rounds holding a channel, from an index key (no scan). */
  listActive(): Promise<string[]>;
  setMessage(roundId: string, m: RoundMessage): Promise<void>;
  getMessage(roundId: string): Promise<RoundMessage | undefined>;
}

const claimSchema = z.object({ version: z.literal(1), roundId: z.string() });
const activeSchema = z.object({ version: z.literal(1), rounds: z.record(z.string(), z.string()) });
const messageSchema = z.object({
  version: z.literal(1),
  channelId: z.string(),
  messageId: z.string().nullable(),
  interactionToken: z.string().optional(),
  applicationId: z.string().optional(),
});

const keys = {
  claim: (channelId: string) => `chan:${channelId}`,
  active: "rounds:active",
  round: (roundId: string) => `round:${roundId}`,
  message: (roundId: string) => `roundmsg:${roundId}`,
};
/** Ended rounds are kept a while for summaries, then expire. */
const ROUND_TTL_MS = 14 * 86_400_000;
/** Claims are rare and cheap, so one lock covers every channel and the active index together. */
const LOCK = "rounds";

export class KvRounds implements RoundRepo {
  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  async claimChannel(channelId: string, roundId: string): Promise<string | null> {
    return this.kv.transact(this.mutex, LOCK, async () => {
      const current = await this.activeInChannel(channelId);
      const active = await this.active();
      return () => {
        if (current !== null && current !== roundId) return current;
        this.kv.set(keys.claim(channelId), { version: 1, roundId }, { cache: true });
        this.kv.set(
          keys.active,
          { version: 1, rounds: { ...active, [roundId]: channelId } },
          { cache: true },
        );
        return null;
      };
    });
  }

  async releaseChannel(channelId: string, roundId: string): Promise<void> {
    await this.kv.transact(this.mutex, LOCK, async () => {
      const holder = await this.activeInChannel(channelId);
      const { [roundId]: _gone, ...rest } = await this.active();
      return () => {
        if (holder !== roundId) return;
        this.kv.delete(keys.claim(channelId));
        this.kv.set(keys.active, { version: 1, rounds: rest }, { cache: true });
      };
    });
  }

  async activeInChannel(channelId: string): Promise<string | null> {
    return (await this.kv.get(keys.claim(channelId), claimSchema, true))?.roundId ?? null;
  }

  async listActive(): Promise<string[]> {
    return Object.keys(await this.active());
  }

  save(state: RoundState): Promise<void> {
    this.kv.set(keys.round(state.id), structuredClone(state), { ttl: ROUND_TTL_MS });
    return this.kv.commit();
  }

  get(roundId: string): Promise<RoundState | undefined> {
    return this.kv.get(keys.round(roundId), roundStateSchema);
  }

  setMessage(roundId: string, m: RoundMessage): Promise<void> {
    this.kv.set(keys.message(roundId), { version: 1, ...m }, { ttl: ROUND_TTL_MS });
    return this.kv.commit();
  }

  async getMessage(roundId: string): Promise<RoundMessage | undefined> {
    const stored = await this.kv.get(keys.message(roundId), messageSchema);
    if (!stored) return undefined;
    const { version: _version, ...m } = stored;
    return m;
  }

  private async active(): Promise<Record<string, string>> {
    return (await this.kv.get(keys.active, activeSchema, true))?.rounds ?? {};
  }
}
