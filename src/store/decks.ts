import { z } from "zod";
import type { Deck } from "../decks/schema.js";
import type { Kv } from "./kv.js";
import type { KeyedMutex } from "./mutex.js";
import { deckSchema } from "./schemas.js";

export interface GuildDeckRecord {
  deck: Deck;
  /** The uploaded file's text, kept so the deck can be re-validated or downloaded later. */
  source: string;
  fileName: string;
  addedBy: string;
  addedAt: number;
}
export interface GuildDeckSummary {
  id: string;
  title: string;
  addedBy: string;
  addedAt: number;
  /** The deck's declared `language` (indexes written before it was kept have none). */
  language?: string;
}

export interface GuildDeckRepo {
  list(guildId: string): Promise<GuildDeckSummary[]>;
  get(guildId: string, deckId: string): Promise<GuildDeckRecord | undefined>;
  /** Adds or replaces the deck with rec.deck.id. */
  put(guildId: string, rec: GuildDeckRecord): Promise<void>;
  /** False when the guild had no such deck. */
  remove(guildId: string, deckId: string): Promise<boolean>;
}

const recordSchema = z.object({
  version: z.literal(1),
  deck: deckSchema,
  source: z.string(),
  fileName: z.string(),
  addedBy: z.string(),
  addedAt: z.number(),
});
const summarySchema = z.object({
  id: z.string(),
  title: z.string(),
  addedBy: z.string(),
  addedAt: z.number(),
  language: z.string().optional(),
});
const indexSchema = z.object({ version: z.literal(1), decks: z.array(summarySchema) });

// Decks are stored one per key (they can be large) with a small per-guild index, since Keyv can't
// list keys portably. The index is cached; deck bodies are not.
const deckKey = (guildId: string, deckId: string) => `gdeck:${guildId}:${deckId}`;
const indexKey = (guildId: string) => `gdecks:${guildId}`;

export class KvGuildDecks implements GuildDeckRepo {
  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  async list(guildId: string): Promise<GuildDeckSummary[]> {
    const index = await this.kv.get(indexKey(guildId), indexSchema, true);
    return (index?.decks ?? []).map((d) => ({ ...d }));
  }

  async get(guildId: string, deckId: string): Promise<GuildDeckRecord | undefined> {
    const rec = await this.kv.get(deckKey(guildId, deckId), recordSchema);
    if (!rec) return undefined;
    const { version: _version, ...out } = rec;
    return out;
  }

  async put(guildId: string, rec: GuildDeckRecord): Promise<void> {
    const { deck, source, fileName, addedBy, addedAt } = structuredClone(rec);
    await this.kv.transact(this.mutex, indexKey(guildId), async () => {
      const decks = (await this.list(guildId)).filter((d) => d.id !== deck.id);
      decks.push({
        id: deck.id,
        title: deck.title,
        addedBy,
        addedAt,
        ...(deck.language ? { language: deck.language } : {}),
      });
      decks.sort((a, b) => a.id.localeCompare(b.id));
      return () => {
        this.kv.set(deckKey(guildId, deck.id), { version: 1, deck, source, fileName, addedBy, addedAt });
        this.kv.set(indexKey(guildId), { version: 1, decks }, { cache: true });
      };
    });
  }

  async remove(guildId: string, deckId: string): Promise<boolean> {
    return this.kv.transact(this.mutex, indexKey(guildId), async () => {
      const decks = await this.list(guildId);
      const kept = decks.filter((d) => d.id !== deckId);
      const exists = kept.length !== decks.length || (await this.get(guildId, deckId)) !== undefined;
      return () => {
        if (!exists) return false;
        this.kv.delete(deckKey(guildId, deckId));
        this.kv.set(indexKey(guildId), { version: 1, decks: kept }, { cache: true });
        return true;
      };
    });
  }
}
