import type { DeckIssue } from "../../decks/load.js";
import type { ImportReport } from "../../decks/import/index.js";
import { parseInWorker } from "../../decks/parse-in-worker.js";
import type { Deck } from "../../decks/schema.js";
import {
  checkAttachment,
  DISCORD_CDN_HOSTS,
  downloadAttachment,
  UPLOAD_MAX_BYTES,
  uploadLimitFor,
  type AttachmentInfo,
} from "../../decks/upload.js";
import type { BotContext } from "../context.js";
import { UserError } from "../errors.js";
import { oneUploadAtATime } from "./upload-gate.js";

export const MAX_SERVER_DECKS = 100;
/** How many linter issues a reply shows; the rest are counted. */
export const SHOWN_ISSUES = 10;

export type PublishResult =
  | { ok: true; deck: Deck; replaced: boolean; warnings: DeckIssue[]; imported?: ImportReport }
  | { ok: false; fileName: string; issues: DeckIssue[]; hidden: number };

/** Attachment URLs must point at Discord's CDN, or at the REST host we were configured with. */
function allowedHosts(ctx: BotContext): string[] {
  const hosts: string[] = [...DISCORD_CDN_HOSTS];
  if (ctx.config.apiUrl) hosts.push(new URL(ctx.config.apiUrl).host);
  return hosts;
}

/**
 * `/deck add`: downloads the attachment, parses it in a worker thread (a deck file as it is, any other
 * format converted to a YAML deck), validates it with the deck schema and linter, and saves it for
 * this server. Any problem means nothing is saved. Parsing and saving run one upload at a time per
 * server (downloads are bounded by size and time and need no queue).
 */
export async function publishDeck(
  ctx: BotContext,
  a: { guildId: string; userId: string; attachment: AttachmentInfo; replace: boolean },
): Promise<PublishResult> {
  const opts = {
    allowedHosts: allowedHosts(ctx),
    timeoutMs: ctx.config.deckDownloadTimeoutMs,
    maxBytes: uploadLimitFor(a.attachment.name),
  };
  const refused = checkAttachment(a.attachment, opts);
  if (refused) throw new UserError((t) => t.deckFile(refused));
  const download = await downloadAttachment(a.attachment, opts);
  if (!download.ok) {
    ctx.log.info(
      { guild: a.guildId, file: a.attachment.name, problem: download.problem.message },
      "deck download failed",
    );
    const { problem } = download;
    throw new UserError((t) => t.deckFile(problem));
  }
  const gated = await oneUploadAtATime(a.guildId, () => parseAndSave(ctx, a, download.bytes));
  if (!gated) throw new UserError((t) => t.uploadBusy);
  return gated.value;
}

async function parseAndSave(
  ctx: BotContext,
  a: { guildId: string; userId: string; attachment: AttachmentInfo; replace: boolean },
  bytes: Uint8Array,
): Promise<PublishResult> {
  const started = performance.now();
  const loaded = await parseInWorker(bytes, a.attachment.name, { maxTextBytes: UPLOAD_MAX_BYTES });
  const parseMs = Math.round(performance.now() - started);
  if ("failure" in loaded) {
    ctx.log.warn(
      { guild: a.guildId, file: a.attachment.name, failure: loaded.failure, detail: loaded.detail, parseMs },
      "deck upload parse failed",
    );
    const failure = loaded.failure;
    throw new UserError((t) =>
      failure === "timeout" ? t.uploadTooSlow(a.attachment.name) : t.uploadCrashed(a.attachment.name),
    );
  }
  ctx.log.info(
    {
      guild: a.guildId,
      file: a.attachment.name,
      ok: loaded.ok,
      format: loaded.ok ? (loaded.imported?.format ?? "deck") : undefined,
      parseMs,
    },
    "deck upload parsed",
  );
  if (!loaded.ok) {
    return {
      ok: false,
      fileName: a.attachment.name,
      issues: loaded.errors.slice(0, SHOWN_ISSUES),
      hidden: Math.max(0, loaded.errors.length - SHOWN_ISSUES),
    };
  }
  const deck = loaded.deck;
  if (ctx.decks.get(deck.id)) throw new UserError((t) => t.deckBuiltIn(deck.id));
  const existing = await ctx.store.decks.list(a.guildId);
  const taken = existing.some((d) => d.id === deck.id);
  if (taken && !a.replace) throw new UserError((t) => t.deckExists(deck.id));
  if (!taken && existing.length >= MAX_SERVER_DECKS)
    throw new UserError((t) => t.deckLimit(MAX_SERVER_DECKS));
  await ctx.store.decks.put(a.guildId, {
    deck,
    // An imported file is stored as the YAML it became, so /deck export gives a deck file back.
    source: loaded.source,
    fileName: loaded.fileName,
    addedBy: a.userId,
    addedAt: ctx.now(),
  });
  ctx.log.info({ guild: a.guildId, deck: deck.id, replaced: taken, by: a.userId }, "deck published");
  return {
    ok: true,
    deck,
    replaced: taken,
    warnings: loaded.warnings,
    ...(loaded.imported ? { imported: loaded.imported } : {}),
  };
}
