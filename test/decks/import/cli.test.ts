/** npm run deck:import and deck:check on the import formats, run as a user runs them. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { anki21bPackage } from "./packages.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "quizdeck-import-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout };
}

describe("deck:import", () => {
  it("converts an Anki package to a YAML deck that deck:check accepts, printing the summary", async () => {
    const apkg = join(dir, "Acids.apkg");
    writeFileSync(
      apkg,
      await anki21bPackage("Chemistry::Acids", [
        { fields: ["HCl", "hydrochloric acid"] },
        { fields: ["<img src=a.png>", "x"] },
      ]),
    );
    const out = join(dir, "acids.yaml");
    const r = run("src/decks/import-cli.ts", "--", apkg, "--out", out);
    expect(r.out).toContain(`${apkg}: format: Anki package (current Anki layout, collection.anki21b)`);
    expect(r.out).toMatch(
      /skipped 1 row or note:\n {2}note \d+: only images or sounds, which are not shown yet/,
    );
    expect(r.out).toContain(
      `${apkg}: OK: 1 card, 0 questions (0 easy / 0 medium / 0 hard), 0 prompts; written to ${out}`,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(
      "title: Acids\ncards:\n  - front: HCl\n    back: hydrochloric acid\n",
    );
    expect(run("src/decks/cli.ts", out)).toEqual({
      code: 0,
      out: `${out}: OK: 1 card, 0 questions (0 easy / 0 medium / 0 hard), 0 prompts\n`,
    });
    const again = run("src/decks/import-cli.ts", apkg, "--out", out);
    expect(again.out).toContain("already exists; pass --force");
    expect(again.code).toBe(1);
  });

  it("fails with file:line issues and writes nothing; deck:check reports the same for the source file", () => {
    const csv = join(dir, "bad.csv");
    writeFileSync(csv, 'front,back\na,b\n"never closed,c\n');
    const r = run("src/decks/import-cli.ts", csv, "--out", join(dir, "bad.yaml"));
    expect(r.out).toContain(`${csv}:3:1 error: a quoted field is never closed`);
    expect(r.out).toContain("nothing written");
    expect(r.code).toBe(1);
    const check = run("src/decks/cli.ts", csv);
    expect(check.out).toContain(`${csv}:3:1 error: a quoted field is never closed`);
    expect(check.code).toBe(1);
  });
});
