/**
 * The text formats (CSV/TSV, Quizlet, Anki text) are all delimiter-separated rows; csv-parse reads
 * them, with limits so that a hostile file costs little and fails with a line number.
 */
import { CsvError, parse, type Options } from "csv-parse/sync";
import { say } from "./messages.js";
import { ImportProblem, MAX_NOTES } from "./types.js";

/** The longest field or row accepted. A 1 MB "field" is a broken or hostile file, not a card. */
export const MAX_ROW_CHARS = 64 * 1024;

export interface Row {
  /** 1-based line where the row starts. */
  line: number;
  fields: string[];
}

/** `headerRows`: rows before the data (a CSV's header), not counted against the row limit. */
export function readRows(text: string, options: Options, headerRows = 0): Row[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: MAX_ROW_CHARS,
      to: MAX_NOTES + headerRows + 1,
      info: true,
      ...options,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    throw csvProblem(e);
  }
  if (records.length > MAX_NOTES + headerRows)
    throw new ImportProblem(say("tooManyRows", { max: MAX_NOTES }), MAX_NOTES + headerRows + 1);
  return records.map(({ record, info }) => ({ line: info.lines, fields: record }));
}

function csvProblem(e: unknown): ImportProblem {
  if (!(e instanceof CsvError))
    return new ImportProblem(
      say("rowsUnreadableOther", { detail: e instanceof Error ? e.message : String(e) }),
    );
  const line =
    typeof (e as unknown as { lines?: number }).lines === "number"
      ? (e as unknown as { lines: number }).lines
      : 1;
  switch (e.code) {
    case "CSV_MAX_RECORD_SIZE":
      return new ImportProblem(say("rowTooLong", { max: MAX_ROW_CHARS / 1024 }), line);
    case "CSV_QUOTE_NOT_CLOSED":
      return new ImportProblem(say("quoteNotClosed"), line);
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return new ImportProblem(say("quoteNotDoubled"), line);
    default:
      return new ImportProblem(say("rowsUnreadable", { detail: e.message }), line);
  }
}

/** The delimiter a line uses most of, among tab, comma and semicolon (quoted text not counted). */
export function guessDelimiter(line: string): "\t" | "," | ";" {
  const bare = line.replace(/"[^"]*"/g, "");
  const count = (c: string) => bare.split(c).length - 1;
  const ranked = (["\t", ",", ";"] as const).map((d) => [d, count(d)] as const).sort((a, b) => b[1] - a[1]);
  return ranked[0]![1] > 0 ? ranked[0]![0] : ",";
}

export function firstLine(text: string): string {
  const start = text.startsWith("\uFEFF") ? 1 : 0;
  const end = text.indexOf("\n", start);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, "");
}
