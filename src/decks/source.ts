/** Turns raw file content into text, refusing anything that is too big or not text before any parsing. */

export const MAX_DECK_BYTES = 1024 * 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function sizeMessage(bytes: number, maxBytes: number): string {
  return `file is ${Math.ceil(bytes / 1024)} KB; the limit is ${Math.floor(maxBytes / 1024)} KB. Split it into smaller decks`;
}

export const NOT_TEXT =
  "file is not UTF-8 text; a deck must be a YAML or JSON text file saved as UTF-8 (it looks binary or uses another encoding)";

export function decodeDeckText(input: string | Uint8Array, maxBytes = MAX_DECK_BYTES): DecodeResult {
  // The size is checked first so that nothing below ever touches a huge input.
  const bytes = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (bytes > maxBytes) return { ok: false, message: sizeMessage(bytes, maxBytes) };

  let text: string;
  if (typeof input === "string") {
    if (LONE_SURROGATE.test(input)) return { ok: false, message: NOT_TEXT };
    text = input;
  } else {
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      return { ok: false, message: NOT_TEXT };
    }
  }
  // NUL never appears in real text files but is in almost every binary format.
  if (text.includes("\0")) return { ok: false, message: NOT_TEXT };
  return { ok: true, text: text.startsWith("\uFEFF") ? text.slice(1) : text };
}
