/** What every import format produces before it becomes a deck file. */
import type { Said } from "../said.js";
import type { Difficulty } from "../schema.js";
import { say } from "./messages.js";

export type ImportFormat = "csv" | "quizlet" | "anki-text" | "apkg";

export const FORMAT_NAMES: Record<ImportFormat, Said> = {
  csv: say("formatCsv"),
  quizlet: say("formatQuizlet"),
  "anki-text": say("formatAnkiText"),
  apkg: say("formatApkg"),
};

/**
 * Where an item came from, for the uploader: "line 12" (text formats), "row 3" (a Quizlet export on
 * one line), "note 1712345678901" (apkg), with " (c2)" for one cloze number of a note.
 */
export type Origin = Said;

export const lineOrigin = (n: number): Origin => say("originLine", { n });

/** Where an Anki note is: a line of a text export or a note id of a package. */
export type NoteAt = { line: number } | { note: string };

/** The note's origin, or that of one of its cloze numbers (`c`). */
export function noteOrigin(at: NoteAt, c?: number): Origin {
  if ("line" in at)
    return c === undefined ? say("originLine", { n: at.line }) : say("originLineCloze", { n: at.line, c });
  return c === undefined ? say("originNote", { id: at.note }) : say("originNoteCloze", { id: at.note, c });
}

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
  reason: Said;
}

export interface ImportedItems {
  format: ImportFormat;
  /** A more precise description, e.g. "CSV (semicolon-separated)", or the Anki collection's layout. */
  detail?: Said;
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
    readonly said: Said,
    readonly line = 1,
  ) {
    super(said.message);
  }
}

/** Shared by every format: more rows or notes than this is refused before any item is built. */
export const MAX_NOTES = 20_000;
