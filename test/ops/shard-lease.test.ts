/**
 * Two processes started for the same shard over a shared store (an overlapping deploy, a second
 * machine with the same SHARD_IDS): only the lease holder connects to Discord; the other waits,
 * says so in its log and /healthz, and takes over when the first stops. On real Redis and PostgreSQL.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { ShardLeases } from "../../src/discord/shard-lease.js";
import { memoryLeases } from "../../src/store/leases.js";
import { openStore } from "../../src/store/index.js";
import { startBot, startWorld, type BotProcess } from "../e2e/harness.js";
import { httpGet } from "./helpers.js";

const servers = [
  ["Redis", process.env.REDIS_URL],
  ["PostgreSQL", process.env.POSTGRES_URL],
].filter((s): s is [string, string] => Boolean(s[1]));

async function healthOf(bot: BotProcess) {
  const { port } = await bot.waitForLog("http listening");
  const r = await httpGet(`http://127.0.0.1:${String(port)}/healthz`);
  return {
    status: r.status,
    lease: (JSON.parse(r.body) as { checks: { lease?: { state: string } } }).checks.lease,
  };
}

describe.skipIf(servers.length === 0)("shard leases between two processes", () => {
  it.each(servers)(
    "on %s: one serves, the other waits and takes over when it stops",
    async (_name, url) => {
      const world = await startWorld();
      const namespace = `qdlease-${process.pid}-${randomBytes(4).toString("hex")}`;
      const env = { STORE_URL: url, STORE_NAMESPACE: namespace, HTTP_PORT: "0" };
      let first: BotProcess | undefined;
      let second: BotProcess | undefined;
      try {
        first = await startBot(world, env);
        second = await startBot(world, env, {
          readyLog: "another process holds this shard's lease; waiting for it (not serving)",
        });
        await new Promise((r) => setTimeout(r, 1000)); // time enough to (wrongly) connect
        expect(world.fake.gateway.stats.identifies).toBe(1);
        expect(await healthOf(second)).toMatchObject({ status: 503, lease: { state: "waiting" } });
        expect(await healthOf(first)).toMatchObject({ status: 200, lease: { state: "held" } });

        expect(await first.stop("SIGTERM")).toBe(0); // releases its lease on the way out
        await second.waitForLog("ready", 30_000);
        expect(world.fake.gateway.stats.identifies).toBe(2);
        expect(await healthOf(second)).toMatchObject({ status: 200, lease: { state: "held" } });
      } finally {
        await second?.stop("SIGKILL");
        await first?.stop("SIGKILL");
        const store = await openStore(url, { namespace, logger: { warn: () => {} } });
        await store.leases.release("shards-all", "").catch(() => {});
        await store.keyv.clear();
        await store.close();
        await world.close();
      }
    },
    90_000,
  );
});

describe("a process that loses its lease", () => {
  it("is told once, reports it, and a renewal can't win it back", async () => {
    const backend = memoryLeases();
    const lines: string[] = [];
    const log = {
      info: () => {},
      warn: () => {},
      error: (_: unknown, msg?: string) => void lines.push(String(msg)),
    };
    const mine = new ShardLeases(backend, log as never, ["shard-0-of-1"], 300);
    await mine.acquire();
    let lost = 0;
    mine.keepRenewing(() => lost++);
    // Its renewals stalled past the expiry (a long GC pause, a partition) and another process took over.
    expect(await backend.takeOver("shard-0-of-1", mine.holder, "elsewhere", 10_000)).toBe(true);
    await vi.waitFor(() => expect(lost).toBe(1));
    expect(mine.report()).toMatchObject({ ok: false, state: "lost" });
    expect(lines).toContain("lost the shard lease; this process stops serving its shards");
    expect(await backend.holderOf("shard-0-of-1")).toBe("elsewhere");
    await mine.release();
    expect(await backend.holderOf("shard-0-of-1")).toBe("elsewhere");
  });
});
