/** Problems found in a deck file, shared by the loader, the registry and the CLI. */
import type { DeckFileParams, Said } from "./said.js";

export type Severity = "error" | "warning";
export type PathPart = string | number;

export interface DeckIssue {
  file: string;
  /** 1-based; 1 when the problem concerns the whole file. */
  line: number;
  /** 1-based. */
  column: number;
  /** Where in the deck, like `questions[3].answer`; '' for the whole file. */
  path: string;
  /** What is wrong and what to do about it (English). */
  message: string;
  /** The same, as a code and parameters the bot words in each member's language (see said.ts). */
  code?: string;
  params?: DeckFileParams;
  severity: Severity;
}

/**
 * A problem before it has a position in the file. `at: "key"` points at the key of a mapping entry
 * rather than its value (used for unknown and duplicate fields).
 */
export interface RawIssue extends Said {
  path: readonly PathPart[];
  severity: Severity;
  at?: "key" | "value";
}

/** A said problem's three fields, to spread into an issue. */
export const saidFields = (s: Said): Said => ({
  message: s.message,
  ...(s.code === undefined ? {} : { code: s.code }),
  ...(s.params === undefined ? {} : { params: s.params }),
});

/** `["questions", 3, "answer"]` → `questions[3].answer` (indexes count from 0, as in JSON paths). */
export function formatPath(path: readonly PathPart[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}

/** How an issue line words its severity and its problem (English here; the bot's replies translate). */
export interface IssueWords {
  severity(s: Severity): string;
  problem(issue: DeckIssue): string;
}

/** `decks/x.yaml:12:5 error questions[3].answer: message`, with the severity and problem in `words`. */
export function formatIssueIn(words: IssueWords, issue: DeckIssue): string {
  const where = issue.path === "" ? "" : ` ${issue.path}`;
  return `${issue.file}:${issue.line}:${issue.column} ${words.severity(issue.severity)}${where}: ${words.problem(issue)}`;
}

const ENGLISH: IssueWords = { severity: (s) => s, problem: (i) => i.message };

/** `decks/x.yaml:12:5 error questions[3].answer: message`: the shape editors and CI logs link to. */
export const formatIssue = (issue: DeckIssue): string => formatIssueIn(ENGLISH, issue);

/** Sorts in file order so output reads top to bottom. */
export function byPosition(a: DeckIssue, b: DeckIssue): number {
  return a.line - b.line || a.column - b.column;
}
