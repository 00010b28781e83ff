import { DECK_EXTENSIONS } from "./load.js";

/** What a moderator may upload: small text files with a deck extension. */
export const UPLOAD_MAX_BYTES = 512 * 1024;

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
const TEXT_TYPES = /^(text\/|application\/(json|yaml|x-yaml|octet-stream))/i;

/** Checks what Discord told us about the attachment before downloading a single byte. */
export function checkAttachment(a: AttachmentInfo, opts: DownloadOptions): string | null {
  const max = opts.maxBytes ?? UPLOAD_MAX_BYTES;
  const lower = a.name.toLowerCase();
  if (!DECK_EXTENSIONS.some((ext) => lower.endsWith(ext)))
    return `"${a.name}" is not a deck file: upload a .yaml, .yml or .json file.`;
  if (a.size > max) return `"${a.name}" is ${Math.ceil(a.size / 1024)} KB; the limit is ${max / 1024} KB. Split it into smaller decks.`;
  if (a.contentType && !TEXT_TYPES.test(a.contentType))
    return `"${a.name}" was uploaded as ${a.contentType.split(";")[0]}, not as text. Upload the YAML or JSON file itself.`;
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
  const max = opts.maxBytes ?? UPLOAD_MAX_BYTES;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  try {
    const res = await fetch(a.url, { signal, redirect: "error" });
    if (!res.ok || !res.body) return { ok: false, problem: `Discord answered ${res.status} when I fetched "${a.name}". Upload it again.` };
    const type = res.headers.get("content-type");
    if (type && !TEXT_TYPES.test(type)) return { ok: false, problem: `"${a.name}" is served as ${type.split(";")[0]}, not as text.` };
    const chunks: Uint8Array[] = [];
    let total = 0;
    for await (const chunk of res.body) {
      total += chunk.byteLength;
      if (total > max) {
        await res.body.cancel().catch(() => {});
        return { ok: false, problem: `"${a.name}" is larger than ${max / 1024} KB. Split it into smaller decks.` };
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

export const DISCORD_CDN_HOSTS = ["cdn.discordapp.com", "media.discordapp.net"] as const;
