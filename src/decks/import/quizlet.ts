/**
 * Quizlet's export: no header, a term and its definition a row. Between term and definition a tab
 * (Quizlet's default) or a comma; between rows a newline (default) or a semicolon. Quizlet does not
 * quote, so a comma-separated definition keeps any further commas.
 */
import { plainField } from "./html.js";
import { readRows } from "./text-table.js";
import { ImportProblem, type ImportedItems } from "./types.js";

export function importQuizlet(text: string): ImportedItems {
  const delimiter = text.includes("\t") ? "\t" : ",";
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
    detail: `Quizlet export (${delimiter === "\t" ? "tab" : "comma"} between term and definition, rows on ${rowsBySemicolon ? "semicolons" : "new lines"})`,
    cards: [],
    questions: [],
    skipped: [],
  };
  for (const { line, fields } of rows) {
    const from = rowsBySemicolon ? `row ${out.cards.length + out.skipped.length + 1}` : `line ${line}`;
    const [term = "", ...rest] = fields;
    const front = plainField(term).text;
    const back = plainField(rest.join(delimiter)).text;
    if (!front && !back) continue;
    if (!front || !back) {
      out.skipped.push({
        from,
        reason:
          rest.length === 0
            ? `no ${delimiter === "\t" ? "tab" : "comma"} between the term and the definition`
            : `the ${front ? "definition" : "term"} is empty`,
      });
      continue;
    }
    out.cards.push({ front, back, from });
  }
  // Text that is mostly lines without a separator is not a term list (a YAML deck saved as .txt, notes).
  const unsplit = out.skipped.filter((s) => s.reason.startsWith("no ")).length;
  if (unsplit > 0 && unsplit >= out.cards.length)
    throw new ImportProblem(
      `this does not look like a Quizlet export: ${unsplit} of ${unsplit + out.cards.length} lines have no tab or comma between a term and its definition. For a CSV, name the columns in the first row (front,back)`,
    );
  return out;
}
