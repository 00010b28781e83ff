/** Reads an import file from disk for the CLIs, with the bot's size limits checked before reading. */
import { readFile, stat } from "node:fs/promises";
import { saidFields, type DeckIssue } from "../errors.js";
import type { Said } from "../said.js";
import { sizeSaid } from "../source.js";
import { uploadLimitFor } from "../upload.js";
import { parseUpload, type ImportReport, type UploadParseResult } from "./index.js";
import { say } from "./messages.js";

export async function importFile(path: string): Promise<UploadParseResult> {
  const fail = (said: Said): UploadParseResult => ({
    ok: false,
    errors: [issue(path, said)],
    warnings: [],
  });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail(say("notAFile"));
    const max = uploadLimitFor(path);
    if (info.size > max) return fail(sizeSaid(info.size, max));
    return parseUpload(await readFile(path), path, { maxTextBytes: max });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      code === "ENOENT" ? say("fileNotFound") : say("fileUnreadable", { detail: code ?? String(e) }),
    );
  }
}

function issue(file: string, said: Said): DeckIssue {
  return { file, line: 1, column: 1, path: "", ...saidFields(said), severity: "error" };
}

/** What the uploader is told besides the counts: the format and what was skipped (first 10, then a count). */
export function reportLines(file: string, report: ImportReport, shown = 10): string[] {
  const lines = [`${file}: format: ${report.detail.message}`];
  const n = report.skipped.length;
  if (n > 0) lines.push(`${file}: skipped ${n} ${n === 1 ? "row or note" : "rows or notes"}:`);
  for (const s of report.skipped.slice(0, shown)) lines.push(`  ${s.from.message}: ${s.reason.message}`);
  if (n > shown) lines.push(`  …and ${n - shown} more`);
  return lines;
}
