import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RoundState } from "../../src/engine/round.js";
import { adapterKey, BACKEND, DAY, NOW, tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ["Date"], now: NOW });
  t = await tempStore();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.cleanup();
});

const round = (id: string, channelId: string): RoundState =>
  ({
    version: 1,
    id,
    guildId: "g",
    channelId,
    status: "running",
    index: 0,
    items: [],
    mode: "practice",
  }) as unknown as RoundState;

// Redis expires keys on its own clock, which a faked Date can't move; Keyv checks expiry itself on the others.
describe.skipIf(BACKEND === "redis")("channel claims expire", () => {
  it("a claim whose round is never saved again is gone after 14 days", async () => {
    expect(await t.store.rounds.claimChannel("g", "c1", "r1")).toBeNull();
    vi.setSystemTime(NOW + 14 * DAY + 60_000);
    const store = await t.reopen(); // a fresh process: nothing cached
    expect(await store.rounds.activeInChannel("c1")).toBeNull();
    expect(await store.rounds.claimChannel("g", "c1", "r2")).toBeNull();
  });

  it("a running round's saves renew its claim", async () => {
    expect(await t.store.rounds.claimChannel("g", "c1", "r1")).toBeNull();
    vi.setSystemTime(NOW + 2 * 3_600_000);
    await t.store.rounds.save(round("r1", "c1"));
    vi.setSystemTime(NOW + 14 * DAY + 60_000); // past the first expiry, before the renewed one
    const store = await t.reopen();
    expect(await store.rounds.activeInChannel("c1")).toBe("r1");
  });
});

describe.skipIf(BACKEND === "redis")("stored interaction tokens", () => {
  it("are gone once Discord would refuse them (15 minutes), the message's place stays", async () => {
    await t.store.rounds.setMessage("r1", {
      channelId: "c1",
      messageId: null,
      interactionToken: "tok",
      applicationId: "app",
    });
    expect(await t.store.rounds.getMessage("r1")).toEqual({
      channelId: "c1",
      messageId: null,
      interactionToken: "tok",
      applicationId: "app",
    });
    vi.setSystemTime(NOW + 15 * 60_000);
    const store = await t.reopen();
    expect(await store.rounds.getMessage("r1")).toEqual({ channelId: "c1", messageId: null });
  });
});

describe.skipIf(BACKEND === "redis")("stored interaction tokens leave the storage itself", () => {
  it("the token sweep deletes expired token rows only; an ended round's token goes at once", async () => {
    await t.store.rounds.setMessage("r1", {
      channelId: "c1",
      messageId: null,
      interactionToken: "tok1",
      applicationId: "app",
    });
    await t.store.rounds.setMessage("r2", {
      channelId: "c2",
      messageId: null,
      interactionToken: "tok2",
      applicationId: "app",
    });
    await t.store.keyv.set("award:g:old", { version: 1, at: 0 }, 60_000); // expired too, left to the hourly sweep
    await t.store.rounds.save({ ...round("r2", "c2"), status: "ended" } as RoundState);
    expect(await t.store.keyv.store.get(adapterKey(t, "roundtoken:r2"))).toBeUndefined();

    expect(await t.store.sweepExpiredTokens(NOW + 15 * 60_000)).toBe(1);
    expect(await t.store.keyv.store.get(adapterKey(t, "roundtoken:r1"))).toBeUndefined();
    expect(await t.store.keyv.store.get(adapterKey(t, "award:g:old"))).toBeDefined();
    expect(await t.store.sweepExpired(NOW + 15 * 60_000)).toBe(1);
  });
});
