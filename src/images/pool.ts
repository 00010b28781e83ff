import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ImageJob } from "./types.js";

interface Pending {
  id: number;
  job: ImageJob;
  resolve(png: Buffer): void;
  reject(err: Error): void;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

/**
 * Drawing takes milliseconds of CPU each; done on the main thread it would delay every other
 * server's clicks. Workers draw, one fewer than the cores (at least one) so the event loop keeps a
 * core of its own while pictures are drawn; jobs queue when all are busy.
 */
export class ImagePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size = Math.max(1, availableParallelism() - 1),
    private readonly timeoutMs = 10_000,
  ) {}

  render(job: ImageJob): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error("image pool is closed"));
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, job, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error("image pool is closed"));
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const slot =
        this.slots.find((s) => !s.busy) ?? (this.slots.length < this.size ? this.spawn() : undefined);
      if (!slot) return;
      const p = this.queue.shift()!;
      slot.busy = p;
      p.timer = setTimeout(
        () => this.fail(slot, new Error(`drawing took over ${this.timeoutMs} ms`)),
        this.timeoutMs,
      );
      slot.worker.postMessage({ id: p.id, job: p.job });
    }
  }

  private spawn(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker, busy: null };
    worker.on("message", (msg: { id: number; ok: boolean; bytes?: Uint8Array; error?: string }) => {
      const p = slot.busy;
      if (!p || p.id !== msg.id) return;
      clearTimeout(p.timer);
      slot.busy = null;
      if (msg.ok && msg.bytes)
        p.resolve(Buffer.from(msg.bytes.buffer, msg.bytes.byteOffset, msg.bytes.byteLength));
      else p.reject(new Error(msg.error ?? "drawing failed"));
      this.pump();
    });
    worker.on("error", (err) => this.fail(slot, err));
    worker.unref();
    this.slots.push(slot);
    return slot;
  }

  /** A worker that errs or hangs is replaced; its job fails, the queue goes on. */
  private fail(slot: Slot, err: Error): void {
    const p = slot.busy;
    slot.busy = null;
    if (p) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    const k = this.slots.indexOf(slot);
    if (k >= 0) this.slots.splice(k, 1);
    void slot.worker.terminate();
    if (!this.closed) this.pump();
  }
}

/** From dist/ the worker is plain JS; under the tests (TypeScript sources) it goes through tsx. */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith(".ts");
  const url = new URL(fromSource ? "./worker.ts" : "./worker.js", import.meta.url);
  return new Worker(url, fromSource ? { execArgv: ["--import", "tsx"] } : {});
}
