/**
 * 10,000 mutated decks at the deck loader. Bases are the built-in decks (excerpts of a few items, and
 * now and then a whole deck); mutations are byte flips, deletions, duplications, indentation changes,
 * type swaps, huge values, key typos, line-ending and encoding changes. Seeded, so a failure names the
 * case that reproduces it: QUIZDECK_FUZZ_SEED / QUIZDECK_FUZZ_COUNT change the seed and the count.
 *
 * Every result must be a deck or deck errors (never a throw, never the loader's "quizdeck bug"
 * catch-all), and every issue must have a line >= 1, a column >= 1, a path string and a message.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDeckText, type DeckIssue } from "../../src/decks/load.js";

const SEED = Number(process.env.QUIZDECK_FUZZ_SEED ?? 0x5eed);
const COUNT = Number(process.env.QUIZDECK_FUZZ_COUNT ?? 10_000);
/** Per call; the whole run is bounded by the test timeout. */
const SLOW_CALL_MS = 2000;

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(xs: readonly T[]): T => xs[int(xs.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

// ---------------------------------------------------------------------------------------------
// Bases: the built-in decks, whole and as excerpts of a few items (small inputs keep 10,000 fast)
// ---------------------------------------------------------------------------------------------

interface Parsed {
  header: string[];
  sections: Map<string, string[][]>;
}

function split(text: string): Parsed {
  const header: string[] = [];
  const sections = new Map<string, string[][]>();
  let section: string[][] | undefined;
  for (const line of text.split("\n")) {
    const top = /^([a-z_]+):\s*$/.exec(line);
    if (top && ["cards", "questions", "prompts"].includes(top[1]!)) {
      section = [];
      sections.set(top[1]!, section);
    } else if (/^\S/.test(line)) {
      section = undefined;
      header.push(line);
    } else if (section) {
      if (line.startsWith("  - ")) section.push([line]);
      else section.at(-1)?.push(line);
    } else {
      header.push(line);
    }
  }
  return { header, sections };
}

const DECKS = ["django-async", "js-promises", "python-asyncio"].map((id) =>
  readFileSync(new URL(`../../decks/${id}.yaml`, import.meta.url), "utf8"),
);
const PARSED = DECKS.map(split);

function base(r: Rng): string {
  if (r.chance(0.02)) return r.pick(DECKS);
  const deck = r.pick(PARSED);
  const lines = [...deck.header];
  for (const [name, items] of deck.sections) {
    if (r.chance(0.5)) continue;
    lines.push(`${name}:`);
    const n = 1 + r.int(2);
    for (let k = 0; k < n && items.length; k++) lines.push(...r.pick(items));
  }
  return lines.join("\n") + "\n";
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

const ODD = [
  ":",
  "-",
  "[",
  "]",
  "{",
  "}",
  "&",
  "*",
  "!",
  "|",
  ">",
  "'",
  '"',
  "#",
  "%",
  "@",
  "`",
  ",",
  "?",
  "\t",
  "\n",
  "\r",
  "\\",
  " ",
  "\u00e9",
  "\u{1F600}",
  "\uFEFF",
  "\u2028",
  "\u0000",
  "\uD800",
  "0",
  "a",
];
const SWAPS = [
  "[a, b]",
  "{x: 1}",
  "123",
  "-1.5e9",
  "0x1F",
  "true",
  "null",
  "~",
  '""',
  "''",
  "|\n  block",
  ">-\n  folded",
  "&anchor value",
  "*nowhere",
  "!!binary aGVsbG8=",
  "!custom x",
  "[[[[[[",
  "2024-01-01",
  "{",
  "- nested",
  "? complex",
  ".nan",
  "[]",
  "{}",
];
const KEYS = [
  "anwser",
  "choice",
  "prompts",
  "__proto__",
  "constructor",
  "toString",
  "title",
  "id",
  "answer",
  "level",
  "difficulty",
  "steps",
  "hint",
  "Questions",
  "cards ",
];

type Mutation = (t: string, r: Rng) => string;
const at = (t: string, r: Rng) => r.int(t.length + 1);
const lineStarts = (t: string) => [0, ...[...t.matchAll(/\n/g)].map((m) => m.index + 1)];

const MUTATIONS: Record<string, Mutation> = {
  flip: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + r.pick(ODD) + t.slice(i + 1);
  },
  insert: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + r.pick(ODD).repeat(1 + r.int(3)) + t.slice(i);
  },
  delete: (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + t.slice(i + 1 + r.int(200));
  },
  duplicate: (t, r) => {
    const lines = t.split("\n");
    const i = r.int(lines.length);
    const chunk = lines.slice(i, i + 1 + r.int(12));
    const where = r.chance(0.5) ? i : r.int(lines.length);
    lines.splice(where, 0, ...chunk);
    return lines.join("\n");
  },
  indent: (t, r) => {
    const lines = t.split("\n");
    const i = r.int(lines.length);
    const line = lines[i]!;
    const choice = r.int(4);
    lines[i] =
      choice === 0
        ? " ".repeat(1 + r.int(4)) + line
        : choice === 1
          ? line.replace(/^ {1,4}/, "")
          : choice === 2
            ? line.replace(/^ +/, "\t")
            : line.trimStart();
    return lines.join("\n");
  },
  swapType: (t, r) => {
    const lines = t.split("\n");
    const candidates = lines.flatMap((l, i) => (/^\s*(- )?[a-z_]+:\s*\S/.test(l) ? [i] : []));
    if (!candidates.length) return t;
    const i = r.pick(candidates);
    lines[i] = lines[i]!.replace(/:\s.*$/, `: ${r.pick(SWAPS)}`);
    return lines.join("\n");
  },
  swapItem: (t, r) => {
    // A scalar list item becomes something else: `- text` → `- [x]`, `- {a: b}`, `- - nested`.
    const lines = t.split("\n");
    const candidates = lines.flatMap((l, i) => (/^\s+- \S/.test(l) ? [i] : []));
    if (!candidates.length) return t;
    const i = r.pick(candidates);
    lines[i] = lines[i]!.replace(/- .*$/, `- ${r.pick(SWAPS)}`);
    return lines.join("\n");
  },
  huge: (t, r) => {
    const lines = t.split("\n");
    const i = r.int(lines.length);
    const kind = r.int(5);
    const big =
      kind === 0
        ? `  - prompt: ${"x".repeat(1000 + r.int(r.chance(0.1) ? 1_100_000 : 50_000))}` // sometimes past the 1 MB limit
        : kind === 1
          ? `tags: [${Array.from({ length: 1000 + r.int(5000) }, (_, k) => `t${k}`).join(", ")}]`
          : kind === 2
            ? `deep: ${"[".repeat(10 + r.int(5000))}`
            : kind === 3
              ? Array.from({ length: 20 + r.int(200) }, (_, k) => `${" ".repeat(k * 2)}- x${k}:`).join("\n")
              : `  - ${"word ".repeat(100 + r.int(3000))}`;
    lines.splice(i, 0, big);
    return lines.join("\n");
  },
  aliasBomb: (t, r) => {
    const levels = 3 + r.int(7);
    const lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let k = 1; k <= levels; k++)
      lines.push(`a${k}: &a${k} [${Array.from({ length: 9 }, () => `*a${k - 1}`).join(", ")}]`);
    return r.chance(0.5) ? lines.join("\n") + "\n" + t : t + "\n" + lines.join("\n") + "\n";
  },
  key: (t, r) => {
    const lines = t.split("\n");
    const candidates = lines.flatMap((l, i) => (/^\s*(- )?[a-z_]+:/.test(l) ? [i] : []));
    if (!candidates.length) return t;
    const i = r.pick(candidates);
    const choice = r.int(3);
    if (choice === 0) lines[i] = lines[i]!.replace(/[a-z_]+:/, `${r.pick(KEYS)}:`);
    else if (choice === 1)
      lines.splice(i + 1, 0, lines[i]!.replace(/^(\s*)- /, "$1  ")); // duplicate key
    else
      lines.splice(
        i + 1,
        0,
        lines[i]!.replace(
          /^(\s*)(- )?[a-z_]+:.*$/,
          `$1${"  ".repeat(r.int(2))}${r.pick(KEYS)}: ${r.pick(SWAPS)}`,
        ),
      );
    return lines.join("\n");
  },
  lines: (t, r) => {
    const choice = r.int(7);
    if (choice === 0) return t.replace(/\n/g, "\r\n");
    if (choice === 1) return t.replace(/\n/g, "\r");
    if (choice === 2) return "\uFEFF" + t;
    if (choice === 3) return t.slice(0, at(t, r)); // truncated
    if (choice === 4) return t.trimEnd();
    if (choice === 5) return `---\n${t}\n---\n${t}`;
    return "%YAML 1.1\n---\n" + t;
  },
  swapLines: (t, r) => {
    const lines = t.split("\n");
    const i = r.int(lines.length);
    const j = r.int(lines.length);
    [lines[i], lines[j]] = [lines[j]!, lines[i]!];
    return lines.join("\n");
  },
  replace: (t, r) => {
    const starts = lineStarts(t);
    return r.pick([
      "",
      " ",
      "\n\n",
      "---",
      "- a\n- b",
      "[]",
      "{}",
      "null",
      "42",
      '"just a string"',
      "title: only",
      "{title: x, questions: 5}",
      t.slice(0, starts[r.int(starts.length)]),
    ]);
  },
};
/** Huge inputs and alias bombs are slow by nature (that is their point): a few go a long way. */
const WEIGHTS: Record<string, number> = { huge: 0.25, aliasBomb: 0.5 };
const NAMES = Object.keys(MUTATIONS).flatMap((name) =>
  Array<string>(Math.round((WEIGHTS[name] ?? 1) * 4)).fill(name),
);

/** One fuzz case: the text (or bytes) and file name to load, and what was done to get there. */
function makeCase(index: number): { input: string | Uint8Array; fileName: string; ops: string[] } {
  const r = prng(SEED ^ Math.imul(index + 1, 0x9e3779b1));
  let text = base(r);
  const ops: string[] = [];
  const n = 1 + r.int(3);
  for (let k = 0; k < n; k++) {
    const name = r.pick(NAMES);
    ops.push(name);
    text = MUTATIONS[name]!(text, r);
  }
  let input: string | Uint8Array = text;
  if (r.chance(0.05)) {
    // As bytes, sometimes with invalid UTF-8 spliced in.
    const bytes = Buffer.from(text, "utf8");
    if (r.chance(0.5) && bytes.length) bytes[r.int(bytes.length)] = 0xff;
    input = new Uint8Array(bytes);
    ops.push("bytes");
  }
  const fileName = r.chance(0.03)
    ? r.pick(["Bad Name.yaml", "deck.txt", ".yaml", "UPPER.yml", "x.json"])
    : `fuzz-${index}.yaml`;
  return { input, fileName, ops };
}

function problemsOf(issue: DeckIssue, fileName: string, lineCount: number): string[] {
  const out: string[] = [];
  if (!Number.isInteger(issue.line) || issue.line < 1) out.push(`line ${issue.line}`);
  if (issue.line > lineCount + 1) out.push(`line ${issue.line} past the end (${lineCount} lines)`);
  if (!Number.isInteger(issue.column) || issue.column < 1) out.push(`column ${issue.column}`);
  if (typeof issue.path !== "string") out.push(`path ${String(issue.path)}`);
  if (typeof issue.message !== "string" || issue.message.trim() === "") out.push("empty message");
  if (/quizdeck bug/.test(issue.message)) out.push(`the loader threw inside: ${issue.message}`);
  if (issue.file !== fileName) out.push(`file ${issue.file}`);
  if (issue.severity !== "error" && issue.severity !== "warning")
    out.push(`severity ${String(issue.severity)}`);
  return out;
}

describe("deck loader fuzz", () => {
  it(`survives ${COUNT} mutated decks (seed ${SEED})`, { timeout: 120_000 }, () => {
    const failures: string[] = [];
    const tally = { ok: 0, failed: 0 };
    let slowest = { ms: 0, index: -1 };
    const started = performance.now();
    for (let index = 0; index < COUNT && failures.length < 5; index++) {
      const { input, fileName, ops } = makeCase(index);
      const text = typeof input === "string" ? input : Buffer.from(input).toString("utf8");
      const lineCount = text.split(/\r\n|\r|\n/).length;
      const t0 = performance.now();
      try {
        const result = loadDeckText(input, fileName);
        const ms = performance.now() - t0;
        if (ms > slowest.ms) slowest = { ms, index };
        const issues = result.ok ? result.warnings : [...result.errors, ...result.warnings];
        if (result.ok) tally.ok++;
        else {
          tally.failed++;
          if (result.errors.length === 0)
            failures.push(`case ${index} (${ops.join("+")}): failed without errors`);
        }
        for (const issue of issues) {
          const p = problemsOf(issue, fileName, lineCount);
          if (p.length)
            failures.push(
              `case ${index} (${ops.join("+")}): ${p.join("; ")} in ${JSON.stringify(issue).slice(0, 300)}`,
            );
        }
      } catch (err) {
        failures.push(
          `case ${index} (${ops.join("+")}): threw ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
        );
      }
    }
    const totalMs = performance.now() - started;
    expect(failures, `seed ${SEED}; reproduce one case with makeCase(index)`).toEqual([]);
    expect(slowest.ms, `case ${slowest.index} took ${Math.round(slowest.ms)} ms`).toBeLessThan(SLOW_CALL_MS);
    // Both outcomes are exercised: some mutations leave a valid deck, most break it.
    expect(tally.ok).toBeGreaterThan(COUNT * 0.02);
    expect(tally.failed).toBeGreaterThan(COUNT * 0.5);
    console.log(
      `deck fuzz: ${COUNT} cases in ${(totalMs / 1000).toFixed(1)} s, ${tally.ok} valid, ${tally.failed} rejected, slowest ${Math.round(slowest.ms)} ms (case ${slowest.index})`,
    );
  });
});
