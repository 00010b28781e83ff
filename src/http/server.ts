import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface Health {
  ok: boolean;
  /** What was checked, for whoever reads the body (a person, or `docker inspect`). */
  checks: Record<string, unknown>;
}

export interface HttpSources {
  health(): Promise<Health>;
  metrics(): Promise<{ contentType: string; body: string }>;
}

export interface HttpServer {
  port: number;
  /** The address it listens on. */
  host: string;
  close(): Promise<void>;
}

/**
 * GET /healthz and GET /metrics, nothing else. Plain node:http: two routes don't need a framework,
 * and the handlers never throw past here (a failing check is a 503, a failing scrape a 500).
 */
export async function startHttpServer(
  port: number,
  sources: HttpSources,
  host = "127.0.0.1",
): Promise<HttpServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    const send = (status: number, type: string, body: string) => {
      res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, "text/plain", "method not allowed\n");
    if (path === "/healthz") {
      sources.health().then(
        (h) => send(h.ok ? 200 : 503, "application/json", JSON.stringify(h) + "\n"),
        (err: unknown) =>
          send(503, "application/json", JSON.stringify({ ok: false, error: String(err) }) + "\n"),
      );
    } else if (path === "/metrics") {
      sources.metrics().then(
        (m) => send(200, m.contentType, m.body),
        (err: unknown) => send(500, "text/plain", `metrics failed: ${String(err)}\n`),
      );
    } else send(404, "text/plain", "not found: try /healthz or /metrics\n");
  });
  // Scrapers keep connections alive; don't let them hold the process open on shutdown.
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    host: (server.address() as AddressInfo).address,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Resolves to `fallback` if `promise` takes longer than `ms`: a hung store must not hang /healthz. */
export function within<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Wraps an async source so calls within `ms` of the last answer share it: under the shard manager a
 * scrape asks every shard over IPC, and scrapers (or anyone who can reach the port) may ask often.
 */
export function cachedFor<T>(
  ms: number,
  take: () => Promise<T>,
  now: () => number = Date.now,
): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | undefined;
  return () => {
    const t = now();
    if (last && t - last.at < ms) return last.value;
    const value = take();
    last = { at: t, value };
    // A failure is not kept: the next request asks again.
    value.catch(() => {
      if (last?.value === value) last = undefined;
    });
    return value;
  };
}
