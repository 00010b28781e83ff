/** Turns raw file content into text, refusing anything that is too big or not text before any parsing. */
import { say } from "./messages.js";
import type { Said } from "./said.js";

export const MAX_DECK_BYTES = 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; said: Said };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function sizeSaid(bytes: number, maxBytes: number): Said {
  return say("fileTooBig", { size: Math.ceil(bytes / 1024), limit: Math.floor(maxBytes / 1024) });
}

export const sizeMessage = (bytes: number, maxBytes: number): string => sizeSaid(bytes, maxBytes).message;

const notText = { ok: false, said: say("notText") } as const;

export function decodeDeckText(input: string | Uint8Array, maxBytes = MAX_DECK_BYTES): DecodeResult {
  // The size is checked first so that nothing below ever touches a huge input.
  const bytes = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (bytes > maxBytes) return { ok: false, said: sizeSaid(bytes, maxBytes) };

  let text: string;
  if (typeof input === "string") {
    if (LONE_SURROGATE.test(input)) return notText;
    text = input;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      return notText;
    }
  }
  // NUL never appears in real text files but is in almost every binary format.
  if (text.includes("\0")) return notText;
  return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}
