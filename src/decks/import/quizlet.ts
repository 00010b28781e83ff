/**
 * Quizlet's export: no header, a term and its definition a row. Between term and definition a tab
 * (Quizlet's default) or a comma; between rows a newline (default) or a semicolon. Quizlet does not
 * quote, so a comma-separated definition keeps any further commas.
 */
import { plainField } from "./html.js";
import { readRows } from "./text-table.js";
import { say } from "./messages.js";
import { ImportProblem, lineOrigin, type ImportedItems } from "./types.js";

const FORMATS = {
  "\t": { lines: "formatQuizletTabLines", semicolons: "formatQuizletTabSemicolons" },
  ",": { lines: "formatQuizletCommaLines", semicolons: "formatQuizletCommaSemicolons" },
} as const;
const NO_SEPARATOR = { "\t": "quizletNoTab", ",": "quizletNoComma" } as const;

export function importQuizlet(text: string): ImportedItems {
  const delimiter: "\t" | "," = text.includes("\t") ? "\t" : ",";
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  // Rows joined by ";" come as one long line; with newlines, a ";" is just part of a definition.
  const rowsBySemicolon = lines.length === 1 && text.includes(";");
  const rows = readRows(text, {
    delimiter,
    quote: false,
    ...(rowsBySemicolon ? { record_delimiter: ";" } : {}),
  });
  const out: ImportedItems = {
    format: "quizlet",
    detail: say(FORMATS[delimiter][rowsBySemicolon ? "semicolons" : "lines"]),
    cards: [],
    questions: [],
    skipped: [],
  };
  for (const { line, fields } of rows) {
    const from = rowsBySemicolon
      ? say("originRow", { n: out.cards.length + out.skipped.length + 1 })
      : lineOrigin(line);
    const [term = "", ...rest] = fields;
    const front = plainField(term).text;
    const back = plainField(rest.join(delimiter)).text;
    if (!front && !back) continue;
    if (!front || !back) {
      out.skipped.push({
        from,
        reason: say(rest.length === 0 ? NO_SEPARATOR[delimiter] : front ? "definitionEmpty" : "termEmpty"),
      });
      continue;
    }
    out.cards.push({ front, back, from });
  }
  // Text that is mostly lines without a separator is not a term list (a YAML deck saved as .txt, notes).
  const unsplit = out.skipped.filter((s) => s.reason.code === NO_SEPARATOR[delimiter]).length;
  if (unsplit > 0 && unsplit >= out.cards.length)
    throw new ImportProblem(say("notQuizlet", { unsplit, lines: unsplit + out.cards.length }));
  return out;
}
