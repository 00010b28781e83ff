/**
 * Generated decks for the benchmark: realistic sizes (a few hundred characters per question, code
 * blocks on some), every one valid, so loading them measures the loader and not error reporting.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

const WORDS = (
  "event loop task coroutine await promise future callback queue thread lock timeout cancel " +
  "gather scheduler microtask macrotask handler resolve reject chain settle worker pool buffer " +
  "stream socket request response cache index query transaction commit rollback retry backoff"
).split(" ");

function words(seed: number, n: number): string {
  const out: string[] = [];
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  return out.join(" ");
}

/** YAML text of one deck with `questions` multiple-choice questions (and a few cards and prompts). */
export function deckYaml(deckNo: number, questions: number): string {
  const lines: string[] = [
    `title: Bench deck ${deckNo}`,
    `description: Generated deck number ${deckNo} for the quizdeck benchmark.`,
    "tags: [bench, generated]",
    "cards:",
  ];
  for (let c = 0; c < 5; c++) {
    lines.push(
      `  - level: beginner`,
      `    front: "Card ${c} of deck ${deckNo}: what is ${words(deckNo * 31 + c, 4)}?"`,
    );
    lines.push(`    back: >-`, `      ${words(deckNo * 17 + c, 30)}`);
  }
  lines.push("questions:");
  const difficulties = ["easy", "medium", "hard"];
  for (let q = 0; q < questions; q++) {
    const seed = deckNo * 100_003 + q;
    lines.push(`  - difficulty: ${difficulties[q % 3]}`);
    lines.push(
      `    prompt: "Question ${q} of deck ${deckNo}: which statement about ${words(seed, 6)} is right?"`,
    );
    if (q % 4 === 0) {
      lines.push("    language: python", "    code: |");
      for (let l = 0; l < 4; l++)
        lines.push(
          `      async def step_${l}(x):`,
          `          return await run_${l}(x)  # ${words(seed + l, 3)}`,
        );
    }
    lines.push("    choices:");
    const choices = [0, 1, 2, 3].map((k) => `Choice ${k}: ${words(seed * 7 + k, 8)}`);
    for (const ch of choices) lines.push(`      - "${ch}"`);
    lines.push(`    answer: "${choices[q % 4]}"`);
    lines.push("    explanation: >-", `      ${words(seed * 13, 40)}`);
    lines.push("    steps:", `      - "${words(seed + 1, 8)}"`, `      - "${words(seed + 2, 8)}"`);
    lines.push(`    hint: "${words(seed + 3, 10)}"`);
    lines.push("    mistakes:", `      - "${words(seed + 4, 10)}"`);
  }
  lines.push("prompts:");
  for (let p = 0; p < 3; p++) {
    lines.push(`  - prompt: "Prompt ${p} of deck ${deckNo}: explain ${words(deckNo * 7 + p, 5)}"`);
    lines.push("    concepts: [loop, task, await]");
    lines.push("    model_answer: >-", `      ${words(deckNo * 11 + p, 30)}`);
  }
  return lines.join("\n") + "\n";
}

/** Writes `count` decks of `questions` questions each into `dir` (bench-000.yaml, ...). Returns total bytes. */
export async function writeBenchDecks(dir: string, count: number, questions: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  let bytes = 0;
  for (let d = 0; d < count; d++) {
    const text = deckYaml(d, questions);
    bytes += Buffer.byteLength(text);
    await writeFile(join(dir, `bench-${String(d).padStart(3, "0")}.yaml`), text);
  }
  return bytes;
}
