import { APKG_LIMITS } from "./import/apkg.js";
import { isUploadFileName } from "./import/detect.js";
import { say } from "./messages.js";
import type { Said } from "./said.js";

/** What a moderator may upload: small text files (decks, CSV, exports), or an Anki package up to 8 MB. */
export const UPLOAD_MAX_BYTES = 512 * 1024;

function isPackage(name: string): boolean {
  return name.toLowerCase().endsWith(".apkg");
}

/** The download limit for this file: packages are binary and bigger. */
export function uploadLimitFor(name: string): number {
  return isPackage(name) ? APKG_LIMITS.compressedBytes : UPLOAD_MAX_BYTES;
}

export interface AttachmentInfo {
  url: string;
  name: string;
  size: number;
  contentType: string | null;
}

export interface DownloadOptions {
  /** Hosts the attachment URL may point at (Discord's CDN; the REST host in tests). */
  allowedHosts: readonly string[];
  timeoutMs: number;
  maxBytes?: number;
}

export type DownloadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: Said };

/** Content types a YAML or JSON file may arrive with; Discord often sends none or a generic one. */
const TEXT_TYPES = /^(text\/|application\/(json|yaml|x-yaml|octet-stream|csv|vnd\.ms-excel))/i;
/** An .apkg is a zip; Discord labels it as one or as plain bytes. */
const PACKAGE_TYPES = /^application\/(zip|x-zip|x-zip-compressed|octet-stream|apkg|vnd\.anki)/i;

function typeAllowed(name: string, type: string): boolean {
  return (isPackage(name) ? PACKAGE_TYPES : TEXT_TYPES).test(type);
}

/** Checks what Discord told us about the attachment before downloading a single byte. */
export function checkAttachment(a: AttachmentInfo, opts: DownloadOptions): Said | null {
  const max = opts.maxBytes ?? uploadLimitFor(a.name);
  const name = a.name;
  if (!isUploadFileName(name)) return say("notADeckFile", { name });
  if (a.size > max) return say("uploadTooBig", { name, size: sizeText(a.size), limit: sizeText(max) });
  if (a.contentType && !typeAllowed(name, a.contentType)) {
    const type = a.contentType.split(";")[0]!;
    return say(isPackage(name) ? "uploadedNotAsPackage" : "uploadedNotAsText", { name, type });
  }
  let host: string;
  try {
    host = new URL(a.url).host;
  } catch {
    return say("noAddress");
  }
  if (!opts.allowedHosts.includes(host)) return say("notFromDiscord");
  return null;
}

/** Downloads the attachment with a size cap and a time limit; never throws. */
export async function downloadAttachment(a: AttachmentInfo, opts: DownloadOptions): Promise<DownloadResult> {
  const max = opts.maxBytes ?? uploadLimitFor(a.name);
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await fetch(a.url, { signal, redirect: "error" });
    if (!res.ok || !res.body)
      return { ok: false, problem: say("fetchStatus", { status: String(res.status), name: a.name }) };
    const type = res.headers.get("content-type");
    if (type && !typeAllowed(a.name, type))
      return {
        ok: false,
        problem: say(isPackage(a.name) ? "servedNotAsPackage" : "servedNotAsText", {
          name: a.name,
          type: type.split(";")[0]!,
        }),
      };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of res.body) {
      total += chunk.byteLength;
      if (total > max) {
        await res.body.cancel().catch(() => {});
        return { ok: false, problem: say("downloadTooBig", { name: a.name, limit: sizeText(max) }) };
      }
      chunks.push(chunk);
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.byteLength;
    }
    return { ok: true, bytes };
  } catch (err) {
    if (signal.aborted)
      return {
        ok: false,
        problem: say("downloadSlow", { name: a.name, seconds: Math.round(opts.timeoutMs / 1000) }),
      };
    return {
      ok: false,
      problem:
        err instanceof Error
          ? say("downloadFailed", { name: a.name, detail: err.message })
          : say("downloadFailedNetwork", { name: a.name }),
    };
  }
}

function sizeText(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Math.round((bytes / 2 ** 20) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export const DISCORD_CDN_HOSTS = ["cdn.discordapp.com", "media.discordapp.net"] as const;
