/**
 * CSV/TSV with a header row. Columns are recognised by name (case-insensitive); a row with an answer
 * and wrong choices becomes a question, a row with only a front and a back becomes a card.
 */
import { DIFFICULTIES, type Difficulty } from "../schema.js";
import { plainField } from "./html.js";
import { firstLine, guessDelimiter, readRows } from "./text-table.js";
import { say } from "./messages.js";
import { ImportProblem, lineOrigin, type ImportedItems } from "./types.js";

const COLUMN_NAMES = {
  front: ["front", "term", "question", "prompt"],
  back: ["back", "definition", "answer"],
  choices: ["choices"],
  explanation: ["explanation"],
  hint: ["hint"],
  difficulty: ["difficulty"],
  tags: ["tags"],
} as const;
type Column = keyof typeof COLUMN_NAMES;
const WRONG = /^wrong ?(\d{1,2})$/;

interface Header {
  at: Partial<Record<Column, number>>;
  /** Indexes of wrong1..wrongN, in N order. */
  wrong: number[];
}

/** The header's recognised columns, or null when it has no front and back (then it is not ours). */
export function readHeader(fields: readonly string[]): Header | null {
  const at: Partial<Record<Column, number>> = {};
  const wrong: [number, number][] = [];
  fields.forEach((raw, i) => {
    const name = raw.trim().toLowerCase();
    const n = WRONG.exec(name);
    if (n) wrong.push([Number(n[1]), i]);
    for (const [column, names] of Object.entries(COLUMN_NAMES) as [Column, readonly string[]][])
      if (names.includes(name) && at[column] === undefined) at[column] = i;
  });
  if (at.front === undefined || at.back === undefined) return null;
  return { at, wrong: wrong.sort((a, b) => a[0] - b[0]).map(([, i]) => i) };
}

/** True when the text's first line is a header we recognise. */
export function hasRecognisedHeader(text: string): boolean {
  const line = firstLine(text);
  return readHeader(line.split(guessDelimiter(line)).map((f) => f.replace(/^"|"$/g, ""))) !== null;
}

const DELIMITER_FORMATS = {
  "\t": "formatCsvTab",
  ",": "formatCsvComma",
  ";": "formatCsvSemicolon",
} as const;

export function importCsv(text: string): ImportedItems {
  const delimiter = guessDelimiter(firstLine(text));
  // A stray quote inside an unquoted field (5" screen) is kept as text, as spreadsheets show it.
  const rows = readRows(text, { delimiter, relax_quotes: true }, 1);
  const header = rows[0] && readHeader(rows[0].fields);
  if (!header) throw new ImportProblem(say("csvNoHeader"));
  const out: ImportedItems = {
    format: "csv",
    detail: say(DELIMITER_FORMATS[delimiter]),
    cards: [],
    questions: [],
    skipped: [],
  };
  const cell = (fields: readonly string[], column: Column) => {
    const i = header.at[column];
    return i === undefined ? "" : plainField(fields[i] ?? "").text;
  };
  for (const { line, fields } of rows.slice(1)) {
    const from = lineOrigin(line);
    const front = cell(fields, "front");
    const back = cell(fields, "back");
    if (fields.every((f) => f.trim() === "")) continue;
    if (!front) {
      out.skipped.push({ from, reason: say("frontQuestionEmpty") });
      continue;
    }
    if (!back) {
      out.skipped.push({ from, reason: say("backAnswerEmpty") });
      continue;
    }
    const listed = cell(fields, "choices")
      .split("|")
      .map((c) => c.trim())
      .filter(Boolean);
    const wrong = [...header.wrong.map((i) => plainField(fields[i] ?? "").text), ...listed].filter(
      (c) => c !== "" && c !== back,
    );
    if (wrong.length === 0) {
      out.cards.push({ front, back, from });
      continue;
    }
    const difficulty = cell(fields, "difficulty").toLowerCase();
    if (difficulty && !DIFFICULTIES.includes(difficulty as Difficulty)) {
      out.skipped.push({ from, reason: say("badDifficulty", { difficulty }) });
      continue;
    }
    const explanation = cell(fields, "explanation");
    const hint = cell(fields, "hint");
    out.questions.push({
      prompt: front,
      answer: back,
      wrong,
      ...(explanation ? { explanation } : {}),
      ...(hint ? { hint } : {}),
      ...(difficulty ? { difficulty: difficulty as Difficulty } : {}),
      from,
    });
  }
  const tags = new Set(
    rows.slice(1).flatMap((r) =>
      cell(r.fields, "tags")
        .split(/[\s,]+/)
        .filter(Boolean),
    ),
  );
  if (tags.size > 0) out.tags = [...tags];
  return out;
}
