/**
 * Mutated import files: byte flips, cuts and repeats of valid CSV, Quizlet, Anki text files and of an
 * Anki package. Every result must be a deck or file:line errors: never a throw, never the "quizdeck
 * bug" catch-all, and never a leftover temporary file. Seeded, so a failure names its case.
 */
import { readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { beforeAll, describe, expect, it } from "vitest";
import { usePrivateTmpdir } from "./helpers.js";
import { parseUpload } from "../../../src/decks/import/index.js";
import { IMPORT_MESSAGES } from "../../../src/decks/import/messages.js";
import { DECK_MESSAGES } from "../../../src/decks/messages.js";
import { anki21bPackage, writtenByAnkiApkgExport } from "./packages.js";

/** mulberry32: the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

function mutate(base: Uint8Array, int: (n: number) => number): Uint8Array {
  const out = Array.from(base);
  for (let k = 1 + int(4); k > 0; k--) {
    const at = int(out.length);
    switch (int(4)) {
      case 0:
        out[at] = int(256);
        break;
      case 1:
        out.splice(at, 1 + int(16));
        break;
      case 2:
        out.splice(at, 0, ...out.slice(at, at + 1 + int(64)));
        break;
      default:
        out.splice(at, 0, [0x22, 0x09, 0x0a, 0x3c, 0x2c, 0x3b, 0x7b][int(7)]!);
    }
  }
  return new Uint8Array(out);
}

const text = (s: string) => new TextEncoder().encode(s);
const bases: [string, Uint8Array][] = [
  [
    "set.csv",
    text(
      'question,answer,wrong1,wrong2,explanation\r\n"What, is 2+2?",4,3,5,Because\r\nfront only,,,,\r\nterm,definition,,,\r\n',
    ),
  ],
  ["quizlet.txt", text("hund\tdog\nkatze\tcat\nvogel\tbird, small\n")],
  [
    "anki.txt",
    text(
      "#separator:tab\n#html:true\n#notetype column:1\nBasic\t<b>a</b> &amp; b<ul><li>x</li></ul>\tback\nCloze\t{{c1::x::hint}} and {{c2::y}}\t\n",
    ),
  ],
];

usePrivateTmpdir();
const leftovers = () => readdirSync(tmpdir()).filter((n) => n.startsWith("quizdeck-apkg-")).length;

function check(name: string, bytes: Uint8Array, what: string) {
  const r = parseUpload(bytes, name);
  if (r.ok) return;
  for (const e of r.errors) {
    expect(e.message, what).not.toContain("quizdeck bug");
    // Said as a code the catalogues have (an import's or, for a deck file, the loader's), or verbatim.
    if (e.code !== undefined) expect(e.code in IMPORT_MESSAGES || e.code in DECK_MESSAGES, what).toBe(true);
    expect(e.line, what).toBeGreaterThanOrEqual(1);
  }
}

describe("mutated import files", () => {
  beforeAll(async () => {
    bases.push([
      "legacy.apkg",
      await writtenByAnkiApkgExport("D", [
        ["<b>a</b>", "b"],
        ["c", "d"],
      ]),
    ]);
    bases.push([
      "current.apkg",
      await anki21bPackage("D", [{ fields: ["a", "b"] }, { fields: ["{{c1::x}}", ""], cloze: true }]),
    ]);
  });

  it("never throw and never hit the catch-all", () => {
    const int = prng(Number(process.env.QUIZDECK_FUZZ_SEED ?? 0x1a2b));
    const before = leftovers();
    for (const [name, base] of bases) {
      const cases = name.endsWith(".apkg") ? 150 : 600;
      for (let i = 0; i < cases; i++) check(name, mutate(base, int), `${name} case ${i}`);
    }
    expect(leftovers()).toBe(before);
  });
});
