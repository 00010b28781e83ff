/**
 * Any upload → a deck. YAML and JSON go straight to the loader; CSV/TSV, Quizlet and Anki text
 * exports and Anki packages are converted to a YAML deck first, and that YAML is what is loaded,
 * stored and exported. Never throws: every problem is an issue with a line, as the loader's are.
 */
import type { DeckIssue } from "../errors.js";
import { loadDeckText } from "../load.js";
import type { Deck } from "../schema.js";
import { decodeDeckText } from "../source.js";
import { importAnkiText } from "./anki-text.js";
import { importApkg } from "./apkg.js";
import { buildDeck } from "./build-deck.js";
import { importCsv } from "./csv.js";
import { textFormat, uploadKind } from "./detect.js";
import { HtmlTooDeep } from "./html.js";
import { importQuizlet } from "./quizlet.js";
import { FORMAT_NAMES, ImportProblem, type ImportedItems, type ImportFormat, type Skipped } from "./types.js";

export { FORMAT_NAMES, type ImportFormat, type Skipped } from "./types.js";

export interface ImportReport {
  format: ImportFormat;
  /** "CSV with a header row (comma-separated)", "Anki package (current Anki layout, …)". */
  detail: string;
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
    return failed(
      fileName,
      new ImportProblem(`could not import this file (${reason}); this is a quizdeck bug, please report it`),
    );
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
        return failed(
          fileName,
          new ImportProblem(decoded.message.replace("a YAML or JSON text file", "a text file")),
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
      return failed(fileName, new ImportProblem(`${e.message}; the file looks damaged or hostile`));
    return failed(
      fileName,
      new ImportProblem(
        `could not import this file (${e instanceof Error ? e.message : String(e)}); this is a quizdeck bug, please report it`,
      ),
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
    errors: [{ file, line: p.line, column: 1, path: "", message: p.message, severity: "error" }],
    warnings: [],
  };
}
