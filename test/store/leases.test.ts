import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import { tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
let other: Store;
beforeEach(async () => {
  t = await tempStore();
  // A second connection to the same storage and namespace: another process of the deployment.
  other = await openStore(t.url, { namespace: t.store.keyv.namespace ?? "quizdeck", logger: t.logger });
});
afterEach(async () => {
  await other.close();
  await t.cleanup();
});

describe("shard leases", () => {
  it("one holder at a time; renewed by its holder only; free again once released", async () => {
    const a = t.store.leases;
    const b = other.leases;
    expect(await a.acquire("shard-0-of-1", "A", 10_000)).toBe(true);
    expect(await b.acquire("shard-0-of-1", "B", 10_000)).toBe(false);
    expect(await a.acquire("shard-0-of-1", "A", 10_000)).toBe(true); // its own: renewed
    expect(await b.renew("shard-0-of-1", "B", 10_000)).toBe(false);
    expect(await a.renew("shard-0-of-1", "A", 10_000)).toBe(true);
    expect(await b.acquire("shard-1-of-2", "B", 10_000)).toBe(true); // another shard is another lease

    await b.release("shard-0-of-1", "B"); // not the holder: nothing happens
    expect(await b.acquire("shard-0-of-1", "B", 10_000)).toBe(false);
    await a.release("shard-0-of-1", "A");
    expect(await b.acquire("shard-0-of-1", "B", 10_000)).toBe(true);
  });

  it("an expired lease (its holder stopped renewing) can be taken, and its old holder can't renew it", async () => {
    expect(await t.store.leases.acquire("shard-0-of-1", "A", 300)).toBe(true);
    await sleep(400);
    expect(await other.leases.acquire("shard-0-of-1", "B", 10_000)).toBe(true);
    expect(await t.store.leases.renew("shard-0-of-1", "A", 10_000)).toBe(false);
  });

  it("two processes racing for a free lease: exactly one gets it", async () => {
    const wins = await Promise.all([
      t.store.leases.acquire("race", "A", 10_000),
      other.leases.acquire("race", "B", 10_000),
    ]);
    expect(wins.filter(Boolean)).toHaveLength(1);
  });
});
