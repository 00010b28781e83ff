/**
 * Which format an upload is in, from its name and its first bytes. YAML and JSON decks go to the deck
 * loader as before; everything else is converted to a YAML deck first.
 */
import { looksLikeAnkiText } from "./anki-text.js";
import { hasRecognisedHeader } from "./csv.js";
import type { ImportFormat } from "./types.js";
import { looksLikeZip } from "./zip.js";

export const DECK_FILE_EXTENSIONS = [".yaml", ".yml", ".json"] as const;
export const IMPORT_EXTENSIONS = [".csv", ".tsv", ".txt", ".apkg"] as const;
export const UPLOAD_EXTENSIONS = [...DECK_FILE_EXTENSIONS, ...IMPORT_EXTENSIONS] as const;

export type UploadKind = "deck" | "apkg" | "text";

function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf(".");
  return dot === -1 ? "" : base.slice(dot).toLowerCase();
}

export function isUploadFileName(fileName: string): boolean {
  return (UPLOAD_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

export function isImportFileName(fileName: string): boolean {
  return (IMPORT_EXTENSIONS as readonly string[]).includes(extensionOf(fileName));
}

/** Before decoding: .apkg (or any zip) is binary, deck files go to the loader, the rest is text to import. */
export function uploadKind(fileName: string, bytes: Uint8Array): UploadKind {
  const ext = extensionOf(fileName);
  if (ext === ".apkg" || (isImportFileName(fileName) && looksLikeZip(bytes))) return "apkg";
  return (DECK_FILE_EXTENSIONS as readonly string[]).includes(ext) ? "deck" : "text";
}

/** Text formats: an Anki header wins, then a CSV header we recognise; headerless rows are a Quizlet export. */
export function textFormat(fileName: string, text: string): Exclude<ImportFormat, "apkg"> {
  if (looksLikeAnkiText(text)) return "anki-text";
  if (extensionOf(fileName) === ".csv" || hasRecognisedHeader(text)) return "csv";
  return "quizlet";
}
