/**
 * Parsing an upload can take a while (an .apkg of 20,000 notes, a hostile file), so it runs in a
 * worker thread with a time budget: the bot's event loop keeps answering everyone else meanwhile,
 * and a file that takes too long or too much memory ends its worker, not the bot.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ParseUploadOptions, UploadParseResult } from "./import/index.js";
import type { UploadJob } from "./import/worker.js";

export const PARSE_BUDGET_MS = 10_000;
/** Starting a worker is not parsing; under tsx on a busy machine it can take seconds. */
const START_BUDGET_MS = 60_000;
/** Heap for one parse: the largest legal upload needs well under this. */
const WORKER_HEAP_MB = 384;

export type WorkerParseResult =
  UploadParseResult | { ok: false; failure: "timeout" | "crashed"; detail: string };

/**
 * From dist/ the worker is compiled JavaScript; under tsx or vitest it is the TypeScript source,
 * which the worker can only run with tsx's loader registered in it.
 */
function workerEntry(): { url: URL; execArgv: string[] } {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(`./import/worker.${fromSource ? "ts" : "js"}`, import.meta.url);
  return { url, execArgv: fromSource ? ["--import", import.meta.resolve("tsx")] : [] };
}

export async function parseInWorker(
  bytes: Uint8Array,
  fileName: string,
  options: ParseUploadOptions = {},
  budgetMs = PARSE_BUDGET_MS,
): Promise<WorkerParseResult> {
  // A terminated worker runs no finally blocks, so the parent owns the folder the collection goes in.
  const tempDir = await mkdtemp(join(tmpdir(), "quizdeck-upload-"));
  try {
    return await runWorker(bytes, fileName, { ...options, tempDir }, budgetMs);
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

function runWorker(
  bytes: Uint8Array,
  fileName: string,
  options: ParseUploadOptions = {},
  budgetMs = PARSE_BUDGET_MS,
): Promise<WorkerParseResult> {
  const { url, execArgv } = workerEntry();
  const job: UploadJob = { bytes, fileName, options };
  return new Promise((resolve) => {
    const worker = new Worker(url, {
      execArgv,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (r: WorkerParseResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    let timer = setTimeout(
      () => settle({ ok: false, failure: "crashed", detail: `worker not ready after ${START_BUDGET_MS} ms` }),
      START_BUDGET_MS,
    );
    worker.on("message", (m: { ready?: true; done?: UploadParseResult }) => {
      if (m.done) return settle(m.done);
      // The budget starts when the worker can start parsing.
      clearTimeout(timer);
      timer = setTimeout(
        () => settle({ ok: false, failure: "timeout", detail: `no result after ${budgetMs} ms` }),
        budgetMs,
      );
      // Copied, not transferred: at most 8 MB, and the caller keeps its buffer.
      worker.postMessage(job);
    });
    worker.once("error", (e) =>
      settle({
        ok: false,
        failure: "crashed",
        detail:
          e instanceof Error ? `${(e as NodeJS.ErrnoException).code ?? e.name}: ${e.message}` : String(e),
      }),
    );
    worker.once("exit", (code) =>
      settle({ ok: false, failure: "crashed", detail: `worker exited with code ${code} before answering` }),
    );
  });
}
