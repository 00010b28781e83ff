import type Keyv from "keyv";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { StoreError } from "../../src/store/index.js";
import { Kv } from "../../src/store/kv.js";
import { KeyedMutex } from "../../src/store/mutex.js";

/** A Keyv stand-in whose reads and writes complete only when the test says so. */
function fakeKeyv() {
  const data = new Map<string, unknown>();
  const pendingReads: (() => void)[] = [];
  const batches: { key: string; value: unknown }[][] = [];
  let holdWrites: Promise<void> = Promise.resolve();
  let failWrites = false;
  const keyv = {
    async get(key: string) {
      const snapshot = data.get(key);
      await new Promise<void>((resolve) => pendingReads.push(resolve));
      return snapshot;
    },
    async getMany(keys: string[]) {
      const snapshot = keys.map((k) => data.get(k));
      await new Promise<void>((resolve) => pendingReads.push(resolve));
      return snapshot;
    },
    async setMany(entries: { key: string; value: unknown }[]) {
      batches.push(entries);
      await holdWrites;
      if (failWrites) throw new Error("disk full");
      for (const e of entries) data.set(e.key, e.value);
      return entries.map(() => true);
    },
    async deleteMany(keys: string[]) {
      for (const k of keys) data.delete(k);
      return true;
    },
  };
  return {
    keyv: keyv as unknown as Keyv,
    data,
    batches,
    releaseReads: () => pendingReads.splice(0).forEach((r) => r()),
    hold() {
      let release!: () => void;
      holdWrites = new Promise((r) => (release = r));
      return release;
    },
    failNext: (fail: boolean) => (failWrites = fail),
  };
}

const num = z.number();
const quiet = { warn: () => {} };
const tick = () => new Promise((r) => setImmediate(r));

describe("Kv", () => {
  it("coalesces writes staged during an in-flight batch into one next batch, last value winning", async () => {
    const f = fakeKeyv();
    const kv = new Kv(f.keyv, quiet);
    const release = f.hold();
    kv.set("a", 1);
    const first = kv.commit();
    const later = [];
    for (let i = 2; i <= 100; i++) {
      kv.set("a", i);
      kv.set(`k${i % 3}`, i);
      later.push(kv.commit());
    }
    release();
    await Promise.all([first, ...later]);
    expect(f.batches.map((b) => b.length)).toEqual([1, 4]);
    expect(f.data.get("a")).toBe(100);
  });

  it("does not cache a storage read that raced a write and an eviction", async () => {
    const f = fakeKeyv();
    f.data.set("k", 1);
    const kv = new Kv(f.keyv, quiet, 2);
    const stale = kv.get("k", num, true); // reads 1 from storage, answer held back
    await tick();
    kv.set("k", 2, { cache: true });
    await kv.commit();
    kv.set("x", 0, { cache: true }); // evicts k
    kv.set("y", 0, { cache: true });
    await kv.commit();
    f.releaseReads();
    expect(await stale).toBe(1); // a read concurrent with a write may see either value...
    const fresh = kv.get("k", num, true);
    await tick();
    f.releaseReads();
    expect(await fresh).toBe(2); // ...but it must not be cached over the newer one
  });

  it("fails writes staged on top of a failed batch, and forgets them", async () => {
    const f = fakeKeyv();
    const kv = new Kv(f.keyv, quiet);
    const release = f.hold();
    f.failNext(true);
    kv.set("n", 1, { cache: true });
    const first = kv.commit();
    kv.set("n", 2, { cache: true }); // built on n = 1, which never reaches storage
    const second = kv.commit();
    release();
    await expect(first).rejects.toBeInstanceOf(StoreError);
    await expect(second).rejects.toThrow(/disk full/);
    f.failNext(false);
    const read = kv.get("n", num, true);
    await tick();
    f.releaseReads();
    expect(await read).toBeUndefined();
  });

  it("refuses a read-modify-write whose reads overlapped a failed batch", async () => {
    const f = fakeKeyv();
    const kv = new Kv(f.keyv, quiet);
    const release = f.hold();
    f.failNext(true);
    kv.set("n", 1, { cache: true });
    const first = kv.commit();
    let proceed!: () => void;
    const gate = new Promise<void>((r) => (proceed = r));
    const rmw = kv.transact(new KeyedMutex(), "lock", async () => {
      const n = await kv.get("n", num, true); // 1, from the batch that is about to fail
      await gate;
      return () => kv.set("n", (n ?? 0) + 1, { cache: true });
    });
    release();
    await expect(first).rejects.toBeInstanceOf(StoreError);
    proceed();
    await expect(rmw).rejects.toBeInstanceOf(StoreError);
    expect(f.batches).toHaveLength(1); // n = 2 was never staged
  });
});
