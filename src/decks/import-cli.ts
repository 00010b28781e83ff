/**
 * `npm run deck:import -- FILE [--out decks/NAME.yaml] [--force]` converts a CSV/TSV, Quizlet or Anki
 * export, or an Anki package, to a YAML deck file and prints what `/deck add` would say about it.
 * Without --out the deck goes to decks/<id>.yaml; an existing file is only overwritten with --force.
 */
import { access, mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { summarize } from "./cli.js";
import { formatIssue } from "./errors.js";
import { isImportFileName } from "./import/detect.js";
import { importFile, reportLines } from "./import/read-file.js";

const USAGE = "usage: npm run deck:import -- FILE [--out decks/NAME.yaml] [--force]";

export async function main(
  args: readonly string[],
  out: (line: string) => void = console.log,
): Promise<number> {
  const rest = args.filter((a) => a !== "--");
  const force = rest.includes("--force");
  const outAt = rest.indexOf("--out");
  const target = outAt === -1 ? undefined : rest[outAt + 1];
  const files = rest.filter((a, i) => a !== "--force" && i !== outAt && i !== outAt + 1);
  if (files.length !== 1 || (outAt !== -1 && !target)) {
    out(USAGE);
    return 2;
  }
  const file = files[0] as string;
  if (!isImportFileName(file)) {
    out(
      `${file}:1:1 error: deck:import reads .csv, .tsv, .txt (Quizlet or Anki export) and .apkg files; check YAML and JSON decks with npm run deck:check`,
    );
    return 1;
  }
  const result = await importFile(file);
  if (!result.ok) {
    for (const issue of [...result.errors, ...result.warnings]) out(formatIssue(issue));
    out(
      `${file}: FAILED: ${result.errors.length} ${result.errors.length === 1 ? "error" : "errors"}; nothing written`,
    );
    return 1;
  }
  if (result.imported) reportLines(file, result.imported).forEach((l) => out(l));
  for (const w of result.warnings) out(formatIssue(w));
  const path = target ?? join("decks", result.fileName);
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  if (exists && !force) {
    out(`${path} already exists; pass --force to overwrite it, or --out another path`);
    return 1;
  }
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, result.source);
  out(`${file}: OK: ${summarize(result.deck)}; written to ${path}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exitCode = await main(process.argv.slice(2));
}
