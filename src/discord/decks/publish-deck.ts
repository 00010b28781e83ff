import { formatIssue, loadDeckText, type DeckIssue } from "../../decks/load.js";
import type { Deck } from "../../decks/schema.js";
import { checkAttachment, DISCORD_CDN_HOSTS, downloadAttachment, UPLOAD_MAX_BYTES, type AttachmentInfo } from "../../decks/upload.js";
import { t } from "../../strings.js";
import type { BotContext } from "../context.js";
import { UserError } from "../errors.js";

export const MAX_SERVER_DECKS = 100;
/** How many linter issues a reply shows; the rest are counted. */
export const SHOWN_ISSUES = 10;

export type PublishResult =
  | { ok: true; deck: Deck; replaced: boolean; warnings: DeckIssue[] }
  | { ok: false; fileName: string; issues: string[]; hidden: number };

/** Attachment URLs must point at Discord's CDN, or at the REST host we were configured with. */
function allowedHosts(ctx: BotContext): string[] {
  const hosts: string[] = [...DISCORD_CDN_HOSTS];
  if (ctx.config.apiUrl) hosts.push(new URL(ctx.config.apiUrl).host);
  return hosts;
}

/**
 * `/deck add`: downloads the attachment, validates it with the deck schema and linter, and saves it
 * for this server. Any problem means nothing is saved.
 */
export async function publishDeck(
  ctx: BotContext,
  a: { guildId: string; userId: string; attachment: AttachmentInfo; replace: boolean },
): Promise<PublishResult> {
  const opts = { allowedHosts: allowedHosts(ctx), timeoutMs: ctx.config.deckDownloadTimeoutMs, maxBytes: UPLOAD_MAX_BYTES };
  const refused = checkAttachment(a.attachment, opts);
  if (refused) throw new UserError(refused);
  const download = await downloadAttachment(a.attachment, opts);
  if (!download.ok) {
    ctx.log.info({ guild: a.guildId, file: a.attachment.name, problem: download.problem }, "deck download failed");
    throw new UserError(download.problem);
  }
  const loaded = loadDeckText(download.bytes, a.attachment.name, { maxBytes: UPLOAD_MAX_BYTES });
  if (!loaded.ok) {
    return {
      ok: false,
      fileName: a.attachment.name,
      issues: loaded.errors.slice(0, SHOWN_ISSUES).map(formatIssue),
      hidden: Math.max(0, loaded.errors.length - SHOWN_ISSUES),
    };
  }
  const deck = loaded.deck;
  if (ctx.decks.get(deck.id)) throw new UserError(t.deckBuiltIn(deck.id));
  const existing = await ctx.store.decks.list(a.guildId);
  const taken = existing.some((d) => d.id === deck.id);
  if (taken && !a.replace) throw new UserError(t.deckExists(deck.id));
  if (!taken && existing.length >= MAX_SERVER_DECKS) throw new UserError(t.deckLimit(MAX_SERVER_DECKS));
  await ctx.store.decks.put(a.guildId, {
    deck,
    source: new TextDecoder().decode(download.bytes),
    fileName: a.attachment.name,
    addedBy: a.userId,
    addedAt: ctx.now(),
  });
  ctx.log.info({ guild: a.guildId, deck: deck.id, replaced: taken, by: a.userId }, "deck published");
  return { ok: true, deck, replaced: taken, warnings: loaded.warnings };
}
