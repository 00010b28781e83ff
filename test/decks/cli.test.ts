import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

function deckCheck(...files: string[]) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/decks/cli.ts", ...files], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe("deck:check", () => {
  it("exits 1 on a broken deck and prints file:line:col issues and a summary", () => {
    const { code, out } = deckCheck("test/decks/fixtures/wrong-answer.yaml");
    expect(code).toBe(1);
    expect(out).toContain(
      'test/decks/fixtures/wrong-answer.yaml:6:13 error questions[0].answer: answer must equal one of the choices; closest: "def"',
    );
    expect(out).toContain("test/decks/fixtures/wrong-answer.yaml: FAILED: 1 error");
  });

  it("exits 0 on a good deck with a one-line summary", () => {
    const { code, out } = deckCheck("test/decks/fixtures/good.yaml");
    expect(out.trim()).toBe(
      "test/decks/fixtures/good.yaml: OK: 2 cards, 3 questions (1 easy / 1 medium / 1 hard), 1 prompt",
    );
    expect(code).toBe(0);
  });

  it("exits 0 when there are only warnings, and prints them", () => {
    const { code, out } = deckCheck("test/decks/fixtures/letter-warnings.yaml");
    expect(out).toMatch(
      /letter-warnings\.yaml:7:18 warning questions\[0\]\.explanation: "Option A" refers to a choice/,
    );
    expect(out).toContain("OK: 0 cards, 2 questions (2 easy / 0 medium / 0 hard), 0 prompts; 5 warnings");
    expect(code).toBe(0);
  });

  it("checks several files and exits 1 if any fails", () => {
    const { code, out } = deckCheck("--", "test/decks/fixtures/good.yaml", "test/decks/fixtures/error.json");
    expect(out).toContain("test/decks/fixtures/error.json:13:21 error questions[1].difficulty:");
    expect(out).toContain("2 files checked, 1 failed");
    expect(code).toBe(1);
  });

  it("reports a missing file", () => {
    const { code, out } = deckCheck("test/decks/fixtures/nope.yaml");
    expect(out).toContain("test/decks/fixtures/nope.yaml:1:1 error: file not found");
    expect(code).toBe(1);
  });
});
