/** Reads an import file from disk for the CLIs, with the bot's size limits checked before reading. */
import { readFile, stat } from "node:fs/promises";
import type { DeckIssue } from "../errors.js";
import { sizeMessage } from "../source.js";
import { uploadLimitFor } from "../upload.js";
import { parseUpload, type ImportReport, type UploadParseResult } from "./index.js";

export async function importFile(path: string): Promise<UploadParseResult> {
  const fail = (message: string): UploadParseResult => ({
    ok: false,
    errors: [issue(path, message)],
    warnings: [],
  });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail("not a file");
    const max = uploadLimitFor(path);
    if (info.size > max) return fail(sizeMessage(info.size, max));
    return parseUpload(await readFile(path), path, { maxTextBytes: max });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(code === "ENOENT" ? "file not found" : `could not read the file (${code ?? String(e)})`);
  }
}

function issue(file: string, message: string): DeckIssue {
  return { file, line: 1, column: 1, path: "", message, severity: "error" };
}

/** What the uploader is told besides the counts: the format and what was skipped (first 10, then a count). */
export function reportLines(file: string, report: ImportReport, shown = 10): string[] {
  const lines = [`${file}: format: ${report.detail}`];
  const n = report.skipped.length;
  if (n > 0) lines.push(`${file}: skipped ${n} ${n === 1 ? "row or note" : "rows or notes"}:`);
  for (const s of report.skipped.slice(0, shown)) lines.push(`  ${s.from}: ${s.reason}`);
  if (n > shown) lines.push(`  …and ${n - shown} more`);
  return lines;
}
