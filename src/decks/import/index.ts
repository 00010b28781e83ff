/**
 * Any upload → a deck. YAML and JSON go straight to the loader; CSV/TSV, Quizlet and Anki text
 * exports and Anki packages are converted to a YAML deck first, and that YAML is what is loaded,
 * stored and exported. Never throws: every problem is an issue with a line, as the loader's are.
 */
import { saidFields, type DeckIssue } from "../errors.js";
import { loadDeckText } from "../load.js";
import type { Said } from "../said.js";
import type { Deck } from "../schema.js";
import { decodeDeckText } from "../source.js";
import { importAnkiText } from "./anki-text.js";
import { importApkg } from "./apkg.js";
import { buildDeck } from "./build-deck.js";
import { importCsv } from "./csv.js";
import { textFormat, uploadKind } from "./detect.js";
import { HtmlTooDeep, MAX_HTML_DEPTH } from "./html.js";
import { say } from "./messages.js";
import { importQuizlet } from "./quizlet.js";
import { FORMAT_NAMES, ImportProblem, type ImportedItems, type ImportFormat, type Skipped } from "./types.js";

export { FORMAT_NAMES, type ImportFormat, type Skipped } from "./types.js";

export interface ImportReport {
  format: ImportFormat;
  /** "CSV with a header row (comma-separated)", "Anki package (current Anki layout, …)". */
  detail: Said;
  skipped: Skipped[];
}

export type UploadParseResult =
  | {
      ok: true;
      deck: Deck;
      warnings: DeckIssue[];
      /** The deck file as stored and exported: the upload itself, or the YAML it was converted to. */
      source: string;
      fileName: string;
      imported?: ImportReport;
    }
  | { ok: false; errors: DeckIssue[]; warnings: DeckIssue[] };

export interface ParseUploadOptions {
  /** Limit for text files (YAML, JSON, CSV, TXT); packages have their own (8 MB). */
  maxTextBytes?: number;
  /** Where an .apkg's collection is unpacked for reading (the system temp folder by default). */
  tempDir?: string;
}

export function parseUpload(
  bytes: Uint8Array,
  fileName: string,
  options: ParseUploadOptions = {},
): UploadParseResult {
  try {
    return parse(bytes, fileName, options);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return failed(fileName, new ImportProblem(say("importBug", { detail: reason })));
  }
}

function parse(bytes: Uint8Array, fileName: string, options: ParseUploadOptions): UploadParseResult {
  const kind = uploadKind(fileName, bytes);
  if (kind === "deck") {
    const loaded = loadDeckText(
      bytes,
      fileName,
      options.maxTextBytes === undefined ? {} : { maxBytes: options.maxTextBytes },
    );
    if (!loaded.ok) return loaded;
    return { ...loaded, source: new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""), fileName };
  }
  let items: ImportedItems;
  try {
    if (kind === "apkg") items = importApkg(bytes, options.tempDir);
    else {
      const decoded = decodeDeckText(bytes, options.maxTextBytes);
      if (!decoded.ok)
        // Too big is said as for a deck file; not text names any text file, not only YAML or JSON.
        return failed(
          fileName,
          new ImportProblem(decoded.said.code === "notText" ? say("uploadNotText") : decoded.said),
        );
      const format = textFormat(fileName, decoded.text);
      items =
        format === "anki-text"
          ? importAnkiText(decoded.text)
          : format === "csv"
            ? importCsv(decoded.text)
            : importQuizlet(decoded.text);
    }
  } catch (e) {
    if (e instanceof ImportProblem) return failed(fileName, e);
    if (e instanceof HtmlTooDeep)
      return failed(fileName, new ImportProblem(say("htmlTooDeep", { max: MAX_HTML_DEPTH })));
    return failed(
      fileName,
      new ImportProblem(say("importBug", { detail: e instanceof Error ? e.message : String(e) })),
    );
  }
  let built;
  try {
    built = buildDeck(items, fileName);
  } catch (e) {
    if (e instanceof ImportProblem) return failed(fileName, e);
    throw e;
  }
  const loaded = loadDeckText(built.yaml, built.fileName);
  if (!loaded.ok) return loaded;
  return {
    ...loaded,
    source: built.yaml,
    fileName: built.fileName,
    imported: {
      format: items.format,
      detail: items.detail ?? FORMAT_NAMES[items.format],
      skipped: built.skipped,
    },
  };
}

function failed(file: string, p: ImportProblem): UploadParseResult {
  return {
    ok: false,
    errors: [{ file, line: p.line, column: 1, path: "", ...saidFields(p.said), severity: "error" }],
    warnings: [],
  };
}
