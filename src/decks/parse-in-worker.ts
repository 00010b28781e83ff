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

/**
 * A worker that answered is kept for the next upload: ending one tears its heap down on the main
 * thread (Node joins the thread there), which after a large file stalls the event loop for tens of
 * milliseconds, and starting one costs 0.2-1 s. A worker that timed out or crashed is ended; an idle
 * one is ended after IDLE_MS, by then collected down to a small heap.
 */
const IDLE_MS = 30_000;
let idle: { worker: Worker; timer: NodeJS.Timeout } | undefined;

function takeWorker(): { worker: Worker; ready: boolean } {
  if (idle) {
    const { worker, timer } = idle;
    clearTimeout(timer);
    idle = undefined;
    worker.ref();
    return { worker, ready: true };
  }
  const { url, execArgv } = workerEntry();
  const worker = new Worker(url, {
    execArgv,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: false,
    stderr: false,
  });
  return { worker, ready: false };
}

function keepWorker(worker: Worker): void {
  if (idle) return void worker.terminate(); // one spare is enough
  worker.unref(); // a spare keeps no process alive
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = undefined;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}

function runWorker(
  bytes: Uint8Array,
  fileName: string,
  options: ParseUploadOptions = {},
  budgetMs = PARSE_BUDGET_MS,
): Promise<WorkerParseResult> {
  const job: UploadJob = { bytes, fileName, options };
  return new Promise((resolve) => {
    const { worker, ready } = takeWorker();
    let settled = false;
    const settle = (r: WorkerParseResult, reusable = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
      if (reusable) keepWorker(worker);
      else void worker.terminate();
      resolve(r);
    };
    const start = () => {
      // The budget starts when the worker can start parsing.
      clearTimeout(timer);
      timer = setTimeout(
        () => settle({ ok: false, failure: "timeout", detail: `no result after ${budgetMs} ms` }),
        budgetMs,
      );
      // Copied, not transferred: at most 8 MB, and the caller keeps its buffer.
      worker.postMessage(job);
    };
    const onMessage = (m: { ready?: true; done?: UploadParseResult }) => {
      if (m.done) return settle(m.done, true);
      start();
    };
    const onError = (e: Error) =>
      settle({
        ok: false,
        failure: "crashed",
        detail: `${(e as NodeJS.ErrnoException).code ?? e.name}: ${e.message}`,
      });
    const onExit = (code: number) =>
      settle({ ok: false, failure: "crashed", detail: `worker exited with code ${code} before answering` });
    let timer = setTimeout(
      () => settle({ ok: false, failure: "crashed", detail: `worker not ready after ${START_BUDGET_MS} ms` }),
      START_BUDGET_MS,
    );
    worker.on("message", onMessage);
    worker.once("error", onError);
    worker.once("exit", onExit);
    if (ready) start();
  });
}
