/**
 * `npm run bench`: every benchmark in one run, figures printed and written to bench/results.md.
 *
 *   1. the store (bench/store.ts): awards per second, leaderboard reads at 100,000 players
 *   2. deck loading: 100 generated decks of 500 questions through loadDeckDir
 *   3. live: the real bot process against the fake Discord, next to a bare discord.js baseline
 *   4. choices: starting rounds from a 2000-card deck played as multiple choice (bench/card-choices.ts)
 *   5. import (bench/import.ts): `/deck add` of a 20,000-note Anki package, and clicks meanwhile
 *   6. housekeeping (bench/housekeeping.ts): /stats's due count, expired rows and their sweep
 *   7. i18n (bench/i18n.ts): preparing the six catalogues, and rendering in each language
 *
 * `npx tsx bench/run.ts store decks live import` runs only the parts named. A script, not a test: nothing
 * here fails on a missed target; the report says which targets were met.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { Lexer, LineCounter, parseDocument } from "yaml";
import os from "node:os";
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { loadDeckDir } from "../src/decks/registry.js";
import { lintDeck } from "../src/decks/lint.js";
import { deckFileSchema } from "../src/decks/schema.js";
import { parseYamlTree } from "../src/decks/yaml-tree.js";
import { formatCardChoices, runCardChoicesBench, type CardChoicesResult } from "./card-choices.js";
import { deckYaml, writeBenchDecks } from "./decks.js";
import { importSection, importTargetRows, runImportBench, type ImportBenchResult } from "./import.js";
import { baselineFirst, runLiveBench, type ClickRun, type LiveResult } from "./live.js";
import { machine, round1 } from "./measure.js";
import { runStoreBench } from "./store.js";
import { imageTargets, imageSection, runImageBench, type ImageBenchResult } from "./images.js";
import { runHousekeepingBench, type HousekeepingResult } from "./housekeeping.js";
import { i18nSection, runI18nBench, type I18nBenchResult } from "./i18n.js";

const DECKS = 100;
const DECK_QUESTIONS = 500;
const BURST_LABEL = "500 clicks at once";
const TARGETS = { p99At200Ms: 20, throughputRatio: 0.7, rssWith100RoundsMb: 200, deckLoadMs: 2000 };

interface DeckLoadResult {
  decks: number;
  questionsPerDeck: number;
  megabytes: number;
  /** Start-up case: unchanged files, served from the deck cache. */
  ms: number;
  /** First load ever (or after the files changed): every file parsed and checked. */
  coldMs: number;
  loaded: number;
  problems: number;
  /** Heap kept alive by the loaded decks (after a full GC). */
  retainedHeapMb: number;
  /** Percent of the time per stage (10-deck sample): parseYamlTree, the zod schema, the linter. */
  breakdown: {
    yaml: number;
    schema: number;
    lint: number;
    lexer: number;
    parseDocument: number;
    perDeckMs: number;
  };
}

function gc(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

async function runDeckBench(log: (line: string) => void): Promise<DeckLoadResult> {
  const dir = await mkdtemp(join(os.tmpdir(), "quizdeck-bench-decks-"));
  try {
    const bytes = await writeBenchDecks(dir, DECKS, DECK_QUESTIONS);
    const collect = gc();
    collect();
    const heapBefore = process.memoryUsage().heapUsed;
    const cacheDir = join(dir, ".deck-cache");
    const t0 = performance.now();
    let result: Awaited<ReturnType<typeof loadDeckDir>> | undefined = await loadDeckDir(dir, { cacheDir });
    const coldMs = Math.round(performance.now() - t0);
    // The bot's start-up case: the same files again, served from the deck cache.
    const t1 = performance.now();
    const warm = await loadDeckDir(dir, { cacheDir });
    const ms = Math.round(performance.now() - t1);
    if (warm.decks.size !== result.decks.size) throw new Error("the warm deck load lost decks");
    collect();
    const retainedHeapMb = round1((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
    const loaded = result.decks.size;
    const problems = result.problems.length;
    result = undefined;
    log(
      `decks: ${loaded} x ${DECK_QUESTIONS} questions (${(bytes / 2 ** 20).toFixed(1)} MB): cold ${coldMs} ms, from the cache ${ms} ms`,
    );

    // Where the time goes, stage by stage, on a 10-deck sample (the loader runs these in order).
    const sample = Array.from({ length: 10 }, (_, i) => deckYaml(i, DECK_QUESTIONS));
    const stages = { yaml: 0, schema: 0, lint: 0 };
    for (const text of sample) {
      let t = performance.now();
      const tree = parseYamlTree(text);
      stages.yaml += performance.now() - t;
      t = performance.now();
      const parsed = deckFileSchema.safeParse(tree.value);
      stages.schema += performance.now() - t;
      t = performance.now();
      if (parsed.success) lintDeck(parsed.data);
      stages.lint += performance.now() - t;
    }
    // Inside parseYamlTree: the pre-scan is one lexer pass; then the yaml package parses again.
    let lexMs = 0;
    let parseMs = 0;
    for (const text of sample) {
      let t = performance.now();
      for (const token of new Lexer().lex(text)) void token;
      lexMs += performance.now() - t;
      t = performance.now();
      parseDocument(text, {
        lineCounter: new LineCounter(),
        prettyErrors: false,
        uniqueKeys: false,
        version: "1.2",
      });
      parseMs += performance.now() - t;
    }
    const stageTotal = stages.yaml + stages.schema + stages.lint;
    const share = (x: number) => Math.round((x / stageTotal) * 100);
    const breakdown = {
      yaml: share(stages.yaml),
      schema: share(stages.schema),
      lint: share(stages.lint),
      lexer: share(lexMs),
      parseDocument: share(parseMs),
      perDeckMs: Math.round(stageTotal / sample.length),
    };
    return {
      decks: DECKS,
      questionsPerDeck: DECK_QUESTIONS,
      megabytes: round1(bytes / 2 ** 20),
      ms,
      coldMs,
      loaded,
      problems,
      retainedHeapMb,
      breakdown,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const yes = (ok: boolean) => (ok ? "**met**" : "**missed**");

function clickRow(who: string, r: ClickRun): string {
  const others = r.otherReplies?.length ? `; others: ${r.otherReplies.map((o) => `"${o}"`).join(", ")}` : "";
  const answered = r.answered === undefined ? "" : ` (${r.answered} told Correct/Not quite${others})`;
  return `| ${who} | ${r.label} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.perSec} | ${r.ok}/${r.clicks}${answered} | ${r.cpuMsPerClick} |`;
}

const CLICK_HEADER = [
  "| client | scenario | p50 ms | p99 ms | max ms | interactions/s | accepted | CPU ms/interaction |",
  "| --- | --- | ---: | ---: | ---: | ---: | --- | ---: |",
];

function formatStore(result: Record<string, unknown>): string[] {
  const lines = ["| figure | value |", "| --- | --- |"];
  for (const [key, value] of Object.entries(result)) {
    if (typeof value === "number") lines.push(`| \`${key}\` | ${value.toLocaleString("en-US")} |`);
    else if (value && typeof value === "object")
      lines.push(
        `| \`${key}\` | ${Object.entries(value)
          .map(([k, v]) => `${k} ${String(v)}`)
          .join(", ")} ms |`,
      );
  }
  return lines;
}

interface Report {
  machine: ReturnType<typeof machine>;
  loadAverage: number[];
  totalSeconds: number;
  store?: Record<string, unknown>;
  decks?: DeckLoadResult;
  live?: LiveResult;
  images?: ImageBenchResult;
  choices?: CardChoicesResult;
  import?: ImportBenchResult;
  housekeeping?: HousekeepingResult;
  i18n?: I18nBenchResult;
  errors: string[];
}

function targets(r: Report): string[] {
  const out = ["| target | measured | |", "| --- | --- | --- |"];
  const live = r.live;
  if (live) {
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const p99s = live.bot.crowd200.map((r) => r.latency.p99);
    const p99 = median(p99s);
    out.push(
      `| p99 <= ${TARGETS.p99At200Ms} ms, 200 players within 1 s (median of ${p99s.length} runs) | ${p99} ms (runs: ${p99s.join(", ")} ms; p50 ${live.bot.crowd200.map((r) => r.latency.p50).join(", ")} ms; baseline p99 ${live.baseline.crowd200.map((r) => r.latency.p99).join(", ")} ms) | ${yes(p99 <= TARGETS.p99At200Ms)} |`,
    );
    const typedP99s = live.bot.typed200.map((r) => r.latency.p99);
    const typedP99 = median(typedP99s);
    out.push(
      `| typed answer p99 <= ${TARGETS.p99At200Ms} ms, 200 submits within 1 s (median of ${typedP99s.length} runs) | ${typedP99} ms (runs: ${typedP99s.join(", ")} ms; p50 ${live.bot.typed200.map((r) => r.latency.p50).join(", ")} ms; answered ${live.bot.typed200.map((r) => r.answered).join(", ")} of 200) | ${yes(typedP99 <= TARGETS.p99At200Ms)} |`,
    );
    const best = (rs: ClickRun[]) => Math.max(...rs.map((r) => r.perSec));
    const ratio = best(live.bot.burst) / best(live.baseline.burst);
    // Less sensitive to other jobs on the machine: CPU time per interaction, lowest of the runs.
    const cpu = (rs: ClickRun[]) => Math.min(...rs.map((r) => r.cpuMsPerClick));
    const cpuRatio = cpu(live.baseline.burst) / cpu(live.bot.burst);
    const pairs = live.bot.burst.map((r, i) => r.perSec / (live.baseline.burst[i]?.perSec ?? NaN));
    out.push(
      `| throughput >= ${TARGETS.throughputRatio * 100}% of the baseline (${BURST_LABEL}, in turn with the baseline's, best of ${live.bot.burst.length}) | ${best(live.bot.burst)}/s vs ${best(live.baseline.burst)}/s = ${Math.round(ratio * 100)}% (runs: bot ${live.bot.burst.map((r) => r.perSec).join(", ")}; baseline ${live.baseline.burst.map((r) => r.perSec).join(", ")}; median of the ${pairs.length} pairs ${Math.round(median(pairs) * 100)}%; against the baseline's bursts run alone before the bot started, best ${best(live.baseline.burstAlone)}/s: ${Math.round((best(live.bot.burst) / best(live.baseline.burstAlone)) * 100)}%); by CPU time per interaction ${cpu(live.baseline.burst)} vs ${cpu(live.bot.burst)} ms = ${Math.round(cpuRatio * 100)}% | ${yes(ratio >= TARGETS.throughputRatio)} |`,
    );
    const rss = live.channels.peakRssMb;
    out.push(
      `| RSS <= ${TARGETS.rssWith100RoundsMb} MB with ${live.channels.rounds} rounds | peak ${Math.round(rss)} MB (bare discord.js client under load: ${Math.round(live.baseline.peakRssMb)} MB) | ${yes(rss <= TARGETS.rssWith100RoundsMb)} |`,
    );
  }
  if (r.decks) {
    const d = r.decks;
    out.push(
      `| ${d.decks} decks x ${d.questionsPerDeck} questions load in <= ${TARGETS.deckLoadMs / 1000} s | ${(d.ms / 1000).toFixed(1)} s at start-up from the deck cache (first load, parsing every file: ${(d.coldMs / 1000).toFixed(1)} s) | ${yes(d.ms <= TARGETS.deckLoadMs)} |`,
    );
  }
  if (r.images) out.push(...imageTargets(r.images));
  out.push(
    `| \`npm run bench\` < 3 min on 2 cores | ${Math.round(r.totalSeconds)} s on ${r.machine.cores} cores | ${yes(r.totalSeconds < 180)} |`,
  );
  if (r.import) out.push(...importTargetRows(r.import));
  return out;
}

/** What profiling the bot under these scenarios showed (by hand, when this bench was written). */
const NOTES = [
  "## Where the time goes (profiled 2026-11-25; see bench/README.md for how)",
  "",
  "The bot runs as `npm start` runs it: compiled (`dist/`), with V8's young generation capped at 8 MB.",
  "Each fix below came from a CPU profile of the bot under this bench (`--cpu-prof`, windowed to one",
  "phase), a count of the store's statements, or V8's sampling allocation profiler.",
  "",
  "- **Fixed:** every click held the round's lock across two durable SQLite writes, so a crowd was served one",
  "  write pair at a time (p99 ~500 ms at 200 players). Only the in-memory check runs under the lock now;",
  "  concurrent awards share one group commit.",
  "- **Fixed (p99):** SQLite checkpointed the WAL inside whichever commit crossed 1,000 pages, with an fsync",
  "  that stalled every award queued behind it (10-60 ms writes, the p99 tail at 200 players). A second",
  "  connection now checkpoints every second, off the write path (src/store/adapter.ts).",
  "- **Fixed (throughput):** the round's own record was rewritten after every batch of clicks, and it held every",
  "  answer of every question so far (~360 KB by the bench's last question; 60 MB of JSON per run). Closed",
  "  questions are now stored apart, once; answer-only changes are written at most every 500 ms.",
  "- **Fixed (throughput):** each new player's first answer of the day rewrote the server's 100-entry board of",
  "  daily streaks, queued after the reply: ~60 MB of garbage and CPU that spilled into the next crowd. A",
  "  streak a full board would cut at once is no longer written.",
  "- **Fixed:** the engine copied a question's answers (a record keyed by player) on every answer, quadratic",
  "  in the crowd; answers are now a list grown by appending. custom_ids are parsed with one pattern check",
  "  (a zod tuple with coercions allocated ~3 KB a click). pino's path redaction cost ~28 us a log line;",
  "  credential fields are scrubbed from the written line instead. Logging is asynchronous (a synchronous",
  "  write busy-waited whenever the log reader fell behind). Awards in rounds this process created don't",
  "  read their idempotency marker from storage; reads are batched per event-loop turn.",
  "- **Fixed (RSS):** running the compiled bot instead of tsx saves ~22 MB; the 8 MB young generation",
  "  (`--max-semi-space-size=8`) takes the 100-round peak from ~205 to ~165-185 MB and shortens scavenges.",
  "- **Bench fairness:** the baseline's bursts used to run a minute before the bot's, and the same client's",
  "  bursts then ran 20-40% slower later in the run, with the bot idle meanwhile (cause not pinned down;",
  "  clearing the fake's request log did not change it). The compared bursts now alternate between the",
  '  two clients; the early ones are still reported ("alone"), and the ratio against them too.',
  "- Left: per click the bot still uses about 1.3-1.6x the bare client's CPU (the award: stats, marker and two",
  "  leaderboards, JSON for the store, the log line and metrics; V8 scavenges ~100 us a click, most of the",
  "  young generation surviving a crowd). Figures swing by +-30% between runs on this shared 2-core VM,",
  "  for the baseline as much as for the bot, and the driver process (the fake) uses ~0.5-0.8 ms a click",
  "  itself: see each run's rows below.",
  "- Deck loading is mostly the `yaml` package: its parser, plus a second lexer pass for the hostile-input pre-scan (breakdown below).",
  "",
];

function markdown(r: Report): string {
  const m = r.machine;
  const lines: string[] = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (bench/run.ts); rerun it to refresh. Latency is measured by the fake",
    "Discord: from dispatching INTERACTION_CREATE on the gateway to receiving the interaction's first",
    "callback (ms resolution). The fake, the bench driver, the bot and the baseline share the machine.",
    "",
    "## Machine",
    "",
    `- CPU: ${m.cpu}, ${m.cores} cores; RAM ${m.memGb} GB`,
    `- Node ${m.node}; ${m.os}`,
    `- Date: ${m.date}; load average at start ${r.loadAverage.map((l) => l.toFixed(2)).join(", ")} (other jobs may share the machine)`,
    `- Whole run: ${Math.round(r.totalSeconds)} s`,
    "",
    "## Targets",
    "",
    ...targets(r),
    "",
    ...NOTES,
  ];
  if (r.live) {
    const l = r.live;
    lines.push(
      "## Crowds on one question (real bot process vs bare discord.js client)",
      "",
      "The baseline is bench/baseline-bot.mjs: a discord.js client whose only handler replies. The bot's",
      "crowds answer one question of a public /practice round each (the host reveals in between); every",
      "click is a different player's first answer, so each one stores an award before the reply. The",
      "baseline has its own instance of the fake in the same driver process and stays connected while the",
      "bot runs: the compared bursts alternate between the two clients (bot #1, baseline #1, baseline #2,",
      'bot #2, ...), each after 250 ms of quiet. Its bursts marked "alone" ran first, before the bot started.',
      "",
      ...CLICK_HEADER,
      ...l.baseline.crowd200.map((r) => clickRow("baseline", r)),
      ...l.bot.crowd200.map((r) => clickRow("bot", r)),
      clickRow("baseline", l.baseline.crowd1000),
      clickRow("bot", l.bot.crowd1000),
      ...l.bot.typed200.map((r) => clickRow("bot", r)),
      ...l.baseline.burstAlone.map((r) => clickRow("baseline", r)),
      ...l.bot.burst.flatMap((r, i) => {
        const pair = [
          clickRow("bot", r),
          ...(l.baseline.burst[i] ? [clickRow("baseline", l.baseline.burst[i])] : []),
        ];
        return baselineFirst(i) ? pair.reverse() : pair; // in the order they ran
      }),
      "",
      `Store check after the run: players were told Correct/Not quite ${l.storeCheck.told} times; the store holds ${l.storeCheck.stored} answers for them${l.storeCheck.problems.length ? `; mismatches: ${l.storeCheck.problems.join("; ")}` : " (every one exactly once)"}. Error log lines: ${l.bot.errorLogs}${l.bot.errorSamples.length ? ` (${l.bot.errorSamples.join("; ")})` : ""}.`,
      "",
      `## ${l.channels.rounds} channels running rounds at once`,
      "",
      ...CLICK_HEADER,
      clickRow("bot", l.channels.commands),
      clickRow("bot", l.channels.clicks),
      clickRow("bot", l.channels.reveals),
      "",
      `- All ${l.channels.rounds} question messages posted ${l.channels.allQuestionsPostedMs} ms after the first /practice; after the reveals, all next questions posted after ${l.channels.allAdvancedMs} ms (discord.js queues channel requests at its default 50 requests/s).`,
      `- Peak RSS during the ${l.channels.rounds} rounds (VmRSS sampled every 25 ms): **${Math.round(l.channels.peakRssMb)} MB**; bot process over its whole life (VmHWM): ${Math.round(l.bot.peakRssMb)} MB; at ready: ${Math.round(l.bot.rssAtReadyMb)} MB. Bare discord.js client under the crowds: ${Math.round(l.baseline.peakRssMb)} MB.`,
      "",
      "## Start-up",
      "",
      `- With ${l.startup.decks} decks (the 3 built-in + ${l.startup.decks - 3} generated, ${l.startup.questionsPerDeck} questions, 5 cards and 3 prompts each): **${l.startup.startToReadyMs} ms** from spawning the process to its \`ready\` log line (commands registered, rounds recovered); RSS at ready ${Math.round(l.startup.rssAtReadyMb)} MB.`,
      `- With the 3 built-in decks: ${l.bot.startToReadyMs} ms.`,
      "",
    );
  }
  if (r.decks) {
    const d = r.decks;
    lines.push(
      "## Deck loading",
      "",
      `- loadDeckDir on ${d.decks} generated decks x ${d.questionsPerDeck} questions (${d.megabytes} MB of YAML), first load parsing every file: **${(d.coldMs / 1000).toFixed(1)} s** (${(d.megabytes / (d.coldMs / 1000)).toFixed(1)} MB/s), ${d.loaded} decks loaded, ${d.problems} problems.`,
      `- The same files again, as at every later start-up (src/decks/cache.ts: checked decks kept as JSON by the hash of each file, validated with zod on read): **${(d.ms / 1000).toFixed(1)} s**.`,
      `- Where the time goes (10-deck sample, ${d.breakdown.perDeckMs} ms per deck): parseYamlTree (lexer pre-scan for hostile nesting, the \`yaml\` package's parseDocument, conversion with positions) ${d.breakdown.yaml}% (of which the pre-scan's lexer pass ~${d.breakdown.lexer}% and parseDocument ~${d.breakdown.parseDocument}%, measured separately), zod schema ${d.breakdown.schema}%, linter ${d.breakdown.lint}%.`,
      `- The loaded decks keep ${d.retainedHeapMb} MB of heap alive.`,
      "",
    );
  }
  if (r.images) lines.push(...imageSection(r.images));
  if (r.choices)
    lines.push(
      "## Cards as multiple choice (bench/card-choices.ts)",
      "",
      ...formatCardChoices(r.choices),
      "",
    );
  if (r.import) lines.push(...importSection(r.import));
  if (r.store) lines.push("## Store (bench/store.ts, `runStoreBench()`)", "", ...formatStore(r.store), "");
  if (r.housekeeping) {
    const { stats: st, expiry: ex } = r.housekeeping;
    lines.push(
      "## Housekeeping (bench/housekeeping.ts)",
      "",
      `- /stats due count with ${st.decks} uploaded decks of ${st.questionsPerDeck} questions (${st.dueCards} cards due): ` +
        `from the deck bodies (before) p50 ${round1(st.deckBodiesMs.p50)} ms, p99 ${round1(st.deckBodiesMs.p99)} ms; ` +
        `from the due index (now) p50 ${round1(st.dueIndexMs.p50)} ms, p99 ${round1(st.dueIndexMs.p99)} ms.`,
      `- ${ex.markers} award markers over ${ex.days} simulated days: ${ex.deadAtEnd} expired rows still stored at the end ` +
        `without a sweep; one sweep deleted them in ${ex.sweepMs} ms (${ex.leftAfterSweep} left for a second one).`,
      "",
    );
  }
  if (r.i18n) lines.push(...i18nSection(r.i18n));
  if (r.errors.length) lines.push("## Errors", "", ...r.errors.map((e) => `- ${e}`), "");
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------

const parts = process.argv.slice(2);
const want = (part: string) => parts.length === 0 || parts.includes(part);
const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

const started = performance.now();
const report: Report = { machine: machine(), loadAverage: os.loadavg(), totalSeconds: 0, errors: [] };
log(`${report.machine.cpu}, ${report.machine.cores} cores, Node ${report.machine.node}`);

if (want("store")) {
  try {
    report.store = (await runStoreBench({ log: (l) => log(`store: ${l}`) })) as unknown as Record<
      string,
      unknown
    >;
  } catch (err) {
    report.errors.push(`store bench failed: ${String(err)}`);
  }
}
if (want("decks")) {
  try {
    report.decks = await runDeckBench(log);
  } catch (err) {
    report.errors.push(`deck bench failed: ${String(err)}`);
  }
}
if (want("choices")) {
  try {
    report.choices = runCardChoicesBench();
  } catch (err) {
    report.errors.push(`card choices bench failed: ${String(err)}`);
  }
}
if (want("live")) {
  try {
    report.live = await runLiveBench(log);
  } catch (err) {
    report.errors.push(
      `live bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
  }
}
if (want("images")) {
  try {
    report.images = await runImageBench(log);
  } catch (err) {
    report.errors.push(
      `image bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
  }
}
if (want("import")) {
  try {
    report.import = await runImportBench(log);
  } catch (err) {
    report.errors.push(
      `import bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`,
    );
  }
}
if (want("housekeeping")) {
  try {
    report.housekeeping = await runHousekeepingBench({ log });
  } catch (err) {
    report.errors.push(`housekeeping bench failed: ${String(err)}`);
  }
}
if (want("i18n")) {
  try {
    report.i18n = runI18nBench();
  } catch (err) {
    report.errors.push(`i18n bench failed: ${String(err)}`);
  }
}
report.totalSeconds = (performance.now() - started) / 1000;

const md = markdown(report);
console.log(`\n${md}`);
if (parts.length === 0) {
  await writeFile(new URL("./results.md", import.meta.url), md);
  log("wrote bench/results.md");
} else {
  log("partial run: bench/results.md not written");
}
process.exit(report.errors.length ? 1 : 0);
