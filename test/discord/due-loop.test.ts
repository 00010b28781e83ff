import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DueLoop } from "../../src/discord/due-loop.js";

const silent = { error: vi.fn(), info: () => {}, warn: () => {}, debug: () => {} } as never;

/** Jobs whose next runs live in a map (as the store's index does); each run moves its job a day on. */
function world(start: number) {
  const clock = { t: start, now: () => clock.t, log: silent };
  const next = new Map<string, number | null>();
  const ran: [string, number][] = [];
  const jobs = {
    name: "test",
    nextRuns: async () => [...next],
    run: async (key: string, now: number) => {
      ran.push([key, now]);
      if (key === "broken") throw new Error("boom");
      next.set(key, now + 86_400_000);
    },
  };
  return { clock, next, ran, loop: new DueLoop(jobs, clock, 60_000) };
}

describe("DueLoop", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs what is due at start, then sleeps until the earliest next run", async () => {
    const w = world(1_000_000);
    w.next.set("late", 999_000).set("soon", 1_005_000).set("off", null);
    await w.loop.start();
    expect(w.ran).toEqual([["late", 1_000_000]]);
    w.clock.t = 1_005_000;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(w.ran.map(([k]) => k)).toEqual(["late", "soon"]);
    w.loop.stop();
  });

  it("wakes at the longest sleep to see changes made behind its back, or at once when poked", async () => {
    const w = world(0);
    await w.loop.start();
    w.next.set("added", 10); // written by another process: seen at the next wake-up
    w.clock.t = 60_000;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(w.ran).toEqual([["added", 60_000]]);
    w.next.set("poked", 60_000);
    w.loop.poke();
    await vi.advanceTimersByTimeAsync(0);
    expect(w.ran.map(([k]) => k)).toEqual(["added", "poked"]);
    w.loop.stop();
  });

  it("logs a failing job and leaves it for the next wake-up, not a tight loop; stop ends it", async () => {
    const w = world(0);
    w.next.set("broken", 0);
    await w.loop.start();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(w.ran).toHaveLength(1);
    w.loop.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(w.ran).toHaveLength(1);
  });
});
