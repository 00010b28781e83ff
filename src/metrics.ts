import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { StoreObserver } from "./store/adapter.js";

/**
 * Label values must stay few (Prometheus keeps one series per combination). Kinds come from
 * command names and custom_ids, which Discord only sends for components the bot made, but a cap
 * keeps a bug or a forged payload from growing the series without bound.
 */
const MAX_KINDS = 100;
const KIND_SHAPE = /^[a-z]+:[A-Za-z0-9_-]{1,32}( [A-Za-z0-9_-]{1,32})?$/;

export class Metrics {
  readonly registry = new Registry();
  private readonly kinds = new Set<string>();
  private roundsSource: () => number = () => 0;

  private readonly interactions = new Counter({
    name: "quizdeck_interactions_total",
    help: "Interactions handled, by kind (command or button) and outcome (ok, refused, error).",
    labelNames: ["kind", "outcome"] as const,
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: "quizdeck_interaction_duration_seconds",
    help: "Time from receiving an interaction to finishing its handler.",
    labelNames: ["kind"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly storeLatency = new Histogram({
    name: "quizdeck_store_operation_duration_seconds",
    help: "Storage round trips (one read or write batch each), by operation and outcome.",
    labelNames: ["op", "outcome"] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers: [this.registry],
  });

  private readonly expiredRows = new Counter({
    name: "quizdeck_store_expired_rows_deleted_total",
    help: "Expired rows deleted by the store's sweep (SQLite and PostgreSQL; Redis expires its own keys).",
    registers: [this.registry],
  });

  constructor(opts: { defaultMetrics?: boolean } = {}) {
    const source = () => this.roundsSource();
    new Gauge({
      name: "quizdeck_rounds_running",
      help: "Rounds currently running in this process.",
      registers: [this.registry],
      collect() {
        this.set(source());
      },
    });
    if (opts.defaultMetrics) collectDefaultMetrics({ register: this.registry, prefix: "quizdeck_" });
  }

  interaction(kind: string, outcome: "ok" | "refused" | "error", ms: number): void {
    const k = this.kindLabel(kind);
    this.interactions.inc({ kind: k, outcome });
    this.latency.observe({ kind: k }, ms / 1000);
  }

  /** Where the rounds-running gauge reads from at scrape time. */
  countRoundsWith(source: () => number): void {
    this.roundsSource = source;
  }

  /** A sweep of the store deleted `rows` expired rows. */
  expiredSwept(rows: number): void {
    this.expiredRows.inc(rows);
  }

  readonly observeStore: StoreObserver = (op, seconds, ok) =>
    this.storeLatency.observe({ op, outcome: ok ? "ok" : "error" }, seconds);

  private kindLabel(kind: string): string {
    if (this.kinds.has(kind)) return kind;
    if (!KIND_SHAPE.test(kind) || this.kinds.size >= MAX_KINDS) return "other";
    this.kinds.add(kind);
    return kind;
  }
}

/** The process's metrics: the router, the store and /metrics share it. */
export const metrics = new Metrics({ defaultMetrics: true });
