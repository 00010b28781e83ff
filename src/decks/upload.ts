import { APKG_LIMITS } from "./import/apkg.js";
import { isUploadFileName } from "./import/detect.js";

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

export type DownloadResult = { ok: true; bytes: Uint8Array } | { ok: false; problem: string };

/** Content types a YAML or JSON file may arrive with; Discord often sends none or a generic one. */
const TEXT_TYPES = /^(text\/|application\/(json|yaml|x-yaml|octet-stream|csv|vnd\.ms-excel))/i;
/** An .apkg is a zip; Discord labels it as one or as plain bytes. */
const PACKAGE_TYPES = /^application\/(zip|x-zip|x-zip-compressed|octet-stream|apkg|vnd\.anki)/i;

function typeAllowed(name: string, type: string): boolean {
  return (isPackage(name) ? PACKAGE_TYPES : TEXT_TYPES).test(type);
}

/** Checks what Discord told us about the attachment before downloading a single byte. */
export function checkAttachment(a: AttachmentInfo, opts: DownloadOptions): string | null {
  const max = opts.maxBytes ?? uploadLimitFor(a.name);
  if (!isUploadFileName(a.name))
    return `"${a.name}" is not a deck file: upload a .yaml, .yml or .json deck, a .csv/.tsv, a Quizlet or Anki .txt export, or an Anki .apkg package.`;
  if (a.size > max) return `"${a.name}" is ${sizeText(a.size)}; the limit is ${sizeText(max)}. Split it into smaller decks.`;
  if (a.contentType && !typeAllowed(a.name, a.contentType))
    return `"${a.name}" was uploaded as ${a.contentType.split(";")[0]}, not as ${isPackage(a.name) ? "an Anki package" : "text"}. Upload the file itself.`;
  let host: string;
  try {
    host = new URL(a.url).host;
  } catch {
    return "That attachment has no usable address. Upload the file again.";
  }
  if (!opts.allowedHosts.includes(host)) return "I only download attachments from Discord. Upload the file again.";
  return null;
}

/** Downloads the attachment with a size cap and a time limit; never throws. */
export async function downloadAttachment(a: AttachmentInfo, opts: DownloadOptions): Promise<DownloadResult> {
  const max = opts.maxBytes ?? uploadLimitFor(a.name);
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await fetch(a.url, { signal, redirect: "error" });
    if (!res.ok || !res.body) return { ok: false, problem: `Discord answered ${res.status} when I fetched "${a.name}". Upload it again.` };
    const type = res.headers.get("content-type");
    if (type && !typeAllowed(a.name, type)) return { ok: false, problem: `"${a.name}" is served as ${type.split(";")[0]}, not as ${isPackage(a.name) ? "an Anki package" : "text"}.` };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of res.body) {
      total += chunk.byteLength;
      if (total > max) {
        await res.body.cancel().catch(() => {});
        return { ok: false, problem: `"${a.name}" is larger than ${sizeText(max)}. Split it into smaller decks.` };
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
      return { ok: false, problem: `Downloading "${a.name}" took longer than ${Math.round(opts.timeoutMs / 1000)} s. Try again.` };
    return { ok: false, problem: `I couldn't download "${a.name}" (${err instanceof Error ? err.message : "network error"}). Try again.` };
  }
}

function sizeText(bytes: number): string {
  return bytes >= 2 ** 20 ? `${Math.round((bytes / 2 ** 20) * 10) / 10} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export const DISCORD_CDN_HOSTS = ["cdn.discordapp.com", "media.discordapp.net"] as const;
