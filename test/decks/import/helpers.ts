import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { parseUpload, type UploadParseResult } from "../../../src/decks/import/index.js";
import { UPLOAD_MAX_BYTES } from "../../../src/decks/upload.js";

export type Imported = Extract<UploadParseResult, { ok: true }>;

/** Parses as `/deck add` does (512 KB text limit). */
export function upload(name: string, content: string | Uint8Array): UploadParseResult {
  return parseUpload(typeof content === "string" ? new TextEncoder().encode(content) : content, name, {
    maxTextBytes: UPLOAD_MAX_BYTES,
  });
}

export function imported(name: string, content: string | Uint8Array): Imported {
  const r = upload(name, content);
  if (!r.ok)
    expect.fail(`expected a deck, got:\n${r.errors.map((e) => `${e.line}: ${e.message}`).join("\n")}`);
  return r;
}

/** The single error of a refused upload, as `line: message`. */
export function refusal(name: string, content: string | Uint8Array): string {
  const r = upload(name, content);
  if (r.ok) expect.fail(`expected a refusal, but it imported ${r.deck.cards.length} cards`);
  expect(r.errors).toHaveLength(1);
  return `${r.errors[0]!.line}: ${r.errors[0]!.message}`;
}

export const cardPairs = (r: Imported) => r.deck.cards.map((c) => [c.front, c.back]);
export const skippedText = (r: Imported) =>
  r.imported?.skipped.map((s) => `${s.from.message}: ${s.reason.message}`);

/**
 * Points os.tmpdir() at a folder of this test file's own, for tests that check no temporary folder
 * is left behind: other test files running at the same time make and remove their own.
 */
export function usePrivateTmpdir(): void {
  const privateTmp = mkdtempSync(join(tmpdir(), "quizdeck-test-tmp-"));
  const sharedTmp = process.env.TMPDIR;
  beforeAll(() => {
    process.env.TMPDIR = privateTmp;
  });
  afterAll(() => {
    if (sharedTmp === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = sharedTmp;
    rmSync(privateTmp, { recursive: true, force: true });
  });
}
