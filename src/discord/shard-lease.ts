import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import type { Client } from "discord.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { LeaseBackend } from "../store/index.js";

/** A holder that stops renewing loses its shards this long after its last renewal. */
export const LEASE_TTL_MS = 30_000;
const RENEW_EVERY_MS = 10_000;
const RETRY_EVERY_MS = 5000;

export type LeaseState = "waiting" | "held" | "lost" | "released";

/**
 * The leases of the shards this process runs, one per shard: over a shared store, correctness
 * (one daily post, no lost updates) relies on one process per shard, and an overlapping deploy or
 * a second machine started with the same SHARD_IDS would otherwise run a shard twice. The process
 * connects to Discord only once it holds all of them, renews them while it runs, and stops serving
 * (exits, to be restarted and wait its turn) if it loses one.
 */
export class ShardLeases {
  readonly holder = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  private state: LeaseState = "waiting";
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly leases: LeaseBackend,
    private readonly log: Logger,
    readonly names: string[],
    private readonly ttlMs = LEASE_TTL_MS,
  ) {}

  /** Resolves once every lease is held, trying again every few seconds meanwhile. */
  async acquire(): Promise<void> {
    let told = false;
    for (;;) {
      const got: string[] = [];
      try {
        for (const name of this.names) {
          if (!(await this.leases.acquire(name, this.holder, this.ttlMs)) && !(await this.takeFromDead(name)))
            break;
          got.push(name);
        }
      } catch (err) {
        this.log.warn(
          { err, leases: this.names },
          "could not reach the store for the shard leases; retrying",
        );
      }
      if (got.length === this.names.length) {
        this.state = "held";
        this.log.info({ leases: this.names, holder: this.holder }, "holding the shard leases");
        return;
      }
      // All or nothing, so two processes each holding part can't wait on each other for ever.
      await Promise.all(got.map((name) => this.leases.release(name, this.holder).catch(() => {})));
      if (!told) {
        this.log.warn(
          { leases: this.names },
          "another process holds this shard's lease; waiting for it (not serving)",
        );
        told = true;
      }
      await sleep(RETRY_EVERY_MS);
    }
  }

  /**
   * A holder on this machine whose process is gone (kill -9, a crash; or a restarted container,
   * where the new process has the old one's pid) can't be serving: take its lease over at once
   * instead of waiting for it to expire.
   */
  private async takeFromDead(name: string): Promise<boolean> {
    const current = await this.leases.holderOf(name);
    if (!current || !heldByDeadProcessHere(current, this.holder)) return false;
    const taken = await this.leases.takeOver(name, current, this.holder, this.ttlMs);
    if (taken)
      this.log.warn({ lease: name, from: current }, "took over the shard lease of a process that is gone");
    return taken;
  }

  /** Renews the leases every 10 s; calls `onLost` once if one is lost (taken by another, or lapsed). */
  keepRenewing(onLost: () => void): void {
    let lastRenewed = Date.now();
    const renew = async () => {
      try {
        const ok = await Promise.all(this.names.map((n) => this.leases.renew(n, this.holder, this.ttlMs)));
        if (ok.every(Boolean)) {
          lastRenewed = Date.now();
          return;
        }
      } catch (err) {
        // The store is unreachable: the lease still holds until its expiry, so keep trying till then.
        if (Date.now() - lastRenewed < this.ttlMs)
          return void this.log.warn({ err }, "could not renew the shard leases");
      }
      this.lost(onLost);
    };
    this.timer = setInterval(() => void renew(), Math.min(RENEW_EVERY_MS, this.ttlMs / 3));
    this.timer.unref();
  }

  private lost(onLost: () => void): void {
    if (this.state !== "held") return;
    this.state = "lost";
    clearInterval(this.timer);
    this.log.error(
      { leases: this.names, holder: this.holder },
      "lost the shard lease; this process stops serving its shards",
    );
    onLost();
  }

  /** Gives the leases up (clean shutdown), so the next process doesn't wait for them to expire. */
  async release(): Promise<void> {
    clearInterval(this.timer);
    if (this.state !== "held") return;
    this.state = "released";
    await Promise.all(this.names.map((n) => this.leases.release(n, this.holder).catch(() => {})));
  }

  report(): { ok: boolean; state: LeaseState; names: string[] } {
    return { ok: this.state === "held", state: this.state, names: this.names };
  }
}

/** Holder ids are host:pid:random; a holder of this host whose pid is dead (or is ours: a restart) is gone. */
function heldByDeadProcessHere(holder: string, me: string): boolean {
  const [host, pid] = holder.split(":");
  const [myHost, myPid] = me.split(":");
  if (host !== myHost || !pid || holder === me) return false;
  if (pid === myPid) return true;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/**
 * The leases this process needs: its shard under the sharding manager; every shard of the count
 * for a plain process with SHARD_COUNT set; one lease for "all shards" with SHARD_COUNT=auto
 * (the count is only known after connecting).
 */
export function leaseNames(config: Config, client: Client): string[] {
  if (client.shard) return client.shard.ids.map((id) => `shard-${id}-of-${client.shard!.count}`);
  if (typeof config.shardCount === "number")
    return [...Array(config.shardCount).keys()].map((id) => `shard-${id}-of-${String(config.shardCount)}`);
  return ["shards-all"];
}
