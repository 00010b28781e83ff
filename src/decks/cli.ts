/**
 * `npm run deck:check -- FILES...` checks deck files (or folders of them; decks/ by default), prints
 * every issue as file:line:col and a summary per file, and exits 1 when any file has an error.
 * CSV/TSV, Quizlet and Anki exports named on the command line are checked as `/deck add` would
 * import them (folders are expanded to deck files only).
 */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { formatIssue } from "./errors.js";
import type { DeckLoadResult } from "./load.js";
import { isImportFileName } from "./import/detect.js";
import { importFile, reportLines } from "./import/read-file.js";
import { isDeckFileName, loadDeckFile } from "./registry.js";
import { DIFFICULTIES, type Deck } from "./schema.js";

export function summarize(deck: Deck): string {
  const by = DIFFICULTIES.map((d) => `${deck.questions.filter((q) => q.difficulty === d).length} ${d}`).join(
    " / ",
  );
  return `${plural(deck.cards.length, "card")}, ${plural(deck.questions.length, "question")} (${by}), ${plural(deck.prompts.length, "prompt")}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Folders are expanded to the deck files directly inside them. */
async function expand(args: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const arg of args) {
    const isDir = await stat(arg).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) files.push(arg);
    else
      files.push(
        ...(await readdir(arg))
          .filter(isDeckFileName)
          .sort()
          .map((name) => join(arg, name)),
      );
  }
  return files;
}

export async function main(
  args: readonly string[],
  out: (line: string) => void = console.log,
): Promise<number> {
  const files = await expand(args.length > 0 ? args : ["decks"]);
  if (files.length === 0) {
    out(`deck:check: no .yaml, .yml or .json files in ${args.join(" ") || "decks/"}`);
    return 1;
  }
  let failures = 0;
  const fileOf = new Map<string, string>();
  for (const file of files) {
    let result: DeckLoadResult;
    if (isImportFileName(file)) {
      const parsed = await importFile(file);
      if (parsed.ok && parsed.imported) reportLines(file, parsed.imported).forEach((l) => out(l));
      result = parsed;
    } else result = await loadDeckFile(file);
    for (const issue of result.ok ? result.warnings : [...result.errors, ...result.warnings])
      out(formatIssue(issue));
    const warnings = result.warnings.length > 0 ? [plural(result.warnings.length, "warning")] : [];
    const other = result.ok ? fileOf.get(result.deck.id) : undefined;
    if (!result.ok) {
      failures++;
      out(`${file}: FAILED: ${[plural(result.errors.length, "error"), ...warnings].join(", ")}`);
    } else if (other !== undefined) {
      failures++;
      out(
        `${file}:1:1 error: deck id "${result.deck.id}" is already used by ${other}; rename one of the files`,
      );
      out(`${file}: FAILED: duplicate deck id`);
    } else {
      fileOf.set(result.deck.id, file);
      out(`${file}: OK: ${[summarize(result.deck), ...warnings].join("; ")}`);
    }
  }
  if (files.length > 1) out(`${plural(files.length, "file")} checked, ${failures} failed`);
  return failures > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2).filter((a) => a !== "--"));
}
