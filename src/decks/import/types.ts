/** What every import format produces before it becomes a deck file. */
import type { Difficulty } from "../schema.js";

export type ImportFormat = "csv" | "quizlet" | "anki-text" | "apkg";

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  csv: "CSV/TSV with a header row",
  quizlet: "Quizlet export (term and definition a line)",
  "anki-text": "Anki notes in plain text",
  apkg: "Anki package (.apkg)",
};

/** Where an item came from, for the uploader: "line 12" (text formats) or "note 1712345678901" (apkg). */
export type Origin = string;

export interface ImportedCard {
  front: string;
  back: string;
  from: Origin;
}

export interface ImportedQuestion {
  prompt: string;
  answer: string;
  /** The wrong choices; the answer is added to them when the deck is built. */
  wrong: string[];
  explanation?: string;
  hint?: string;
  difficulty?: Difficulty;
  from: Origin;
}

export interface Skipped {
  from: Origin;
  reason: string;
}

export interface ImportedItems {
  format: ImportFormat;
  /** A more precise description, e.g. "CSV (semicolon-separated)", or the Anki collection's layout. */
  detail?: string;
  /** The deck's title when the file names one (an Anki deck name); otherwise it comes from the file name. */
  title?: string;
  tags?: string[];
  cards: ImportedCard[];
  questions: ImportedQuestion[];
  skipped: Skipped[];
}

/** A problem with the whole file: nothing is imported. `line` when it points at one. */
export class ImportProblem extends Error {
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message);
  }
}

/** Shared by every format: more rows or notes than this is refused before any item is built. */
export const MAX_NOTES = 20_000;
