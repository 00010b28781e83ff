/** Small measuring helpers shared by the bench scripts: percentiles, pacing, RSS sampling, machine facts. */
import { readFileSync } from "node:fs";
import os from "node:os";
import { setTimeout as sleep } from "node:timers/promises";

export interface Percentiles {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

export function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? NaN };
}

/**
 * Calls `send(i)` for i = 0..n-1 spread evenly over `windowMs` (n players clicking within that
 * window). `windowMs` 0 sends everything in one synchronous burst.
 */
export async function paced<T>(n: number, windowMs: number, send: (i: number) => T): Promise<T[]> {
  const out: T[] = [];
  const start = performance.now();
  let i = 0;
  while (i < n) {
    const due = windowMs <= 0 ? n : Math.min(n, Math.floor(((performance.now() - start) / windowMs) * n) + 1);
    while (i < due) out.push(send(i++));
    if (i < n) await sleep(1);
  }
  return out;
}

/** kB figures from /proc/<pid>/status (Linux): current and peak resident set size. */
export function procMemory(pid: number): { rssMb: number; hwmMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN);
    return { rssMb: kb("VmRSS") / 1024, hwmMb: kb("VmHWM") / 1024 };
  } catch {
    return undefined;
  }
}

/** Samples a process' VmRSS every `everyMs`; `peak` is the highest sample since the last `reset`. */
export class RssSampler {
  peakMb = 0;
  private readonly timer: NodeJS.Timeout;
  constructor(
    private readonly pid: number,
    everyMs = 25,
  ) {
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
    this.sample();
  }
  sample(): number {
    const m = procMemory(this.pid);
    if (m && m.rssMb > this.peakMb) this.peakMb = m.rssMb;
    return m?.rssMb ?? NaN;
  }
  reset(): void {
    this.peakMb = 0;
    this.sample();
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

export function machine(): {
  cpu: string;
  cores: number;
  node: string;
  os: string;
  memGb: number;
  date: string;
} {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    memGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    date: new Date().toISOString(),
  };
}

export const ms = (v: number, digits = 0) => (Number.isFinite(v) ? `${v.toFixed(digits)} ms` : "n/a");
export const round1 = (v: number) => Math.round(v * 10) / 10;
