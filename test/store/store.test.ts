import { stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sqlite3 from "sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { awardAnswer, openStore, StoreError, type Store } from "../../src/store/index.js";
import type { Deck } from "../../src/decks/schema.js";
import type { CardSchedule } from "../../src/engine/recall.js";
import type { RoundState } from "../../src/engine/round.js";
import { adapterKey, BACKEND, NOW, tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

function readJournalMode(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => {
      if (err) return reject(err);
      db.get("PRAGMA journal_mode", (e: Error | null, row: { journal_mode: string }) => {
        db.close();
        if (e) reject(e);
        else resolve(row.journal_mode);
      });
    });
  });
}

describe("opening", () => {
  it.skipIf(BACKEND !== "sqlite")("creates the folder and puts SQLite in WAL mode", async () => {
    expect(await t.store.journalMode()).toBe("wal");
    // WAL is a property of the file, so a separate connection sees it too.
    expect(await readJournalMode(t.url.replace("sqlite://", ""))).toBe("wal");
  });

  it.skipIf(BACKEND !== "sqlite")(
    "leaves checkpoints to a background connection, never to a commit, and they do run",
    async () => {
      const file = t.url.replace("sqlite://", "");
      const dbSize = async () => (await stat(file)).size;
      await t.store.close();
      const store = await openStore(t.url, { logger: t.logger, checkpointMs: 200 });
      t.store = store;
      await store.journalMode(); // the pragmas ran
      const before = await dbSize();
      // ~6 MB in one commit: far past SQLite's 1,000-page auto-checkpoint, had it been left on.
      const big = "x".repeat(6000);
      await Promise.all(Array.from({ length: 1000 }, (_, i) => store.keyv.set(`blob:${i}`, big)));
      expect(await dbSize()).toBeLessThan(before + 1_000_000); // still only in the WAL
      // The background checkpoint (every 200 ms) moves it into the file: wait for that, not a fixed time.
      const deadline = Date.now() + 15_000;
      while ((await dbSize()) <= before + 5_000_000 && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await dbSize()).toBeGreaterThan(before + 5_000_000); // moved into the file
      expect(await store.keyv.get("blob:999")).toBe(big);
    },
  );

  it("keeps data across close and reopen", async () => {
    const award = (store: Store) =>
      awardAnswer(store, {
        awardId: "r:0:u",
        guildId: "g",
        userId: "u",
        deckId: "d",
        correct: true,
        points: 25,
        now: NOW,
        timeZone: "UTC",
      });
    await award(t.store);
    await t.store.settings.set("g", { questions: 7 });
    const store = await t.reopen();
    expect((await store.stats.get("g", "u")).points).toBe(25);
    expect((await store.settings.get("g")).questions).toBe(7);
    expect(await store.leaderboard.rank("g", "u", "all", NOW, "UTC")).toEqual({
      rank: 1,
      points: 25,
      players: 1,
    });
    expect((await award(store)).duplicate).toBe(true);
  });

  it("fails with StoreError when the location is unusable", async () => {
    const file = path.join(t.dir, "not-a-folder");
    await writeFile(file, "x");
    await expect(openStore(`sqlite://${file}/db.sqlite`)).rejects.toBeInstanceOf(StoreError);
    await expect(openStore("ftp://example.com/x")).rejects.toBeInstanceOf(StoreError);
  });
});

describe("corrupt values", () => {
  it("logs and falls back to defaults instead of throwing", async () => {
    await t.store.keyv.set("stats:g:u", { version: 1, points: "lots" });
    await t.store.keyv.set("settings:g", { version: 99 });
    // Not even JSON, written under the adapter's prefixed key.
    await t.store.keyv.store.set(adapterKey(t, "stats:g:v"), "{oops");
    await t.store.keyv.set("lbt:g:all", "garbage");

    expect(await t.store.stats.get("g", "u")).toMatchObject({ points: 0, answered: 0 });
    expect(await t.store.stats.get("g", "v")).toMatchObject({ points: 0 });
    expect((await t.store.settings.get("g")).timezone).toBe("UTC");
    expect(await t.store.leaderboard.top("g", "all", 10, NOW, "UTC")).toEqual([]);
    expect(t.warnings.map((w) => (w.obj as { key: string }).key)).toEqual(
      expect.arrayContaining(["stats:g:u", "stats:g:v", "settings:g", "lbt:g:all"]),
    );

    // And a corrupt stats value is simply replaced by the next award.
    const r = await awardAnswer(t.store, {
      awardId: "a",
      guildId: "g",
      userId: "u",
      deckId: "d",
      correct: true,
      points: 5,
      now: NOW,
      timeZone: "UTC",
    });
    expect(r.stats.points).toBe(5);
  });
});

describe("settings", () => {
  it("has defaults and applies patches", async () => {
    expect(await t.store.settings.get("g")).toEqual({
      version: 1,
      timezone: "UTC",
      questions: 5,
      timerSeconds: 20,
      starterRoleId: null,
      modRoleId: null,
      images: true,
      language: null,
    });
    const next = await t.store.settings.set("g", { timezone: "Europe/Paris", modRoleId: "123" });
    expect(next).toMatchObject({ timezone: "Europe/Paris", modRoleId: "123", questions: 5 });
    expect(await t.store.settings.set("g", { questions: 10 })).toMatchObject({
      timezone: "Europe/Paris",
      questions: 10,
    });
    expect((await t.store.settings.get("other")).timezone).toBe("UTC");
  });

  it("reads settings stored before pictures existed with pictures on, and keeps them off once set", async () => {
    await t.store.keyv.set("settings:old", { version: 1, timezone: "Asia/Tokyo", questions: 7, timerSeconds: 30, starterRoleId: null, modRoleId: null });
    expect(await t.store.settings.get("old")).toMatchObject({ timezone: "Asia/Tokyo", questions: 7, images: true });
    await t.store.settings.set("old", { images: false });
    expect(await t.store.settings.get("old")).toMatchObject({ timezone: "Asia/Tokyo", images: false });
  });

  it("reads settings stored before languages existed as following Discord's server locale, and keeps a chosen one", async () => {
    await t.store.keyv.set("settings:older", { version: 1, timezone: "UTC", questions: 5, timerSeconds: 20, starterRoleId: null, modRoleId: null, images: false });
    expect(await t.store.settings.get("older")).toMatchObject({ images: false, language: null });
    expect(await t.store.settings.set("older", { language: "ja" })).toMatchObject({ images: false, language: "ja" });
    expect((await t.store.settings.get("older")).language).toBe("ja");
    await expect(t.store.settings.set("older", { language: "xx" as never })).rejects.toThrow(RangeError);
  });

  it("rejects invalid values with a readable RangeError", async () => {
    await expect(t.store.settings.set("g", { timezone: "Mars/Olympus" })).rejects.toThrow(/timezone/);
    await expect(t.store.settings.set("g", { questions: 0 })).rejects.toBeInstanceOf(RangeError);
    expect((await t.store.settings.get("g")).timezone).toBe("UTC");
  });
});

const deck = (id: string, title = id): Deck => ({
  id,
  title,
  tags: [],
  cards: [{ id: "c1", level: "beginner", front: "2+2", back: "4" }],
  questions: [],
  prompts: [],
});

describe("guild decks", () => {
  it("puts, lists, gets and removes, per guild", async () => {
    await t.store.decks.put("g1", {
      deck: deck("alpha"),
      source: "title: alpha",
      fileName: "alpha.yaml",
      addedBy: "u1",
      addedAt: 1,
    });
    await t.store.decks.put("g1", {
      deck: deck("beta"),
      source: "title: beta",
      fileName: "beta.yaml",
      addedBy: "u2",
      addedAt: 2,
    });
    await t.store.decks.put("g1", {
      deck: deck("alpha", "Alpha v2"),
      source: "v2",
      fileName: "alpha.yaml",
      addedBy: "u1",
      addedAt: 3,
    });

    expect(await t.store.decks.list("g1")).toEqual([
      { id: "alpha", title: "Alpha v2", addedBy: "u1", addedAt: 3 },
      { id: "beta", title: "beta", addedBy: "u2", addedAt: 2 },
    ]);
    expect(await t.store.decks.get("g1", "alpha")).toEqual({
      deck: deck("alpha", "Alpha v2"),
      source: "v2",
      fileName: "alpha.yaml",
      addedBy: "u1",
      addedAt: 3,
    });
    expect(await t.store.decks.list("g2")).toEqual([]);
    expect(await t.store.decks.get("g2", "alpha")).toBeUndefined();

    expect(await t.store.decks.remove("g2", "alpha")).toBe(false);
    expect(await t.store.decks.remove("g1", "alpha")).toBe(true);
    expect(await t.store.decks.remove("g1", "alpha")).toBe(false);
    expect((await t.store.decks.list("g1")).map((d) => d.id)).toEqual(["beta"]);
    expect(await t.store.decks.get("g1", "alpha")).toBeUndefined();
  });
});

describe("recall schedules", () => {
  it("round-trips per guild and player", async () => {
    const s: CardSchedule = {
      version: 1,
      due: NOW,
      stability: 1.5,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 1,
      reps: 1,
      lapses: 0,
      state: 1,
      lastReview: NOW,
    };
    await t.store.schedules.set("g", "u", "deck:c1", s);
    await t.store.schedules.set("g", "u", "deck:c2", { ...s, due: NOW + 1 });
    expect(await t.store.schedules.get("g", "u", "deck:c1")).toEqual(s);
    expect(await t.store.schedules.get("g", "other", "deck:c1")).toBeUndefined();
    const many = await t.store.schedules.getMany("g", "u", ["deck:c1", "deck:c2", "deck:c3"]);
    expect(Object.keys(many).sort()).toEqual(["deck:c1", "deck:c2"]);
    expect(many["deck:c2"]?.due).toBe(NOW + 1);
  });
});

describe("rounds", () => {
  const round = (id: string, channelId: string) =>
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

  it("claims a channel for one round at a time and indexes active rounds", async () => {
    const claims = await Promise.all([
      t.store.rounds.claimChannel("g", "c1", "r1"),
      t.store.rounds.claimChannel("g", "c1", "r2"),
    ]);
    expect(claims).toEqual([null, "r1"]);
    expect(await t.store.rounds.claimChannel("g", "c1", "r1")).toBeNull(); // re-claim by the holder
    expect(await t.store.rounds.claimChannel("g", "c2", "r3")).toBeNull();
    expect(await t.store.rounds.claimChannel("h", "c9", "r9")).toBeNull();
    expect((await t.store.rounds.listActive(["g"])).sort()).toEqual(["r1", "r3"]);
    expect((await t.store.rounds.listActive(["g", "h"])).sort()).toEqual(["r1", "r3", "r9"]);
    expect(await t.store.rounds.activeInChannel("c1")).toBe("r1");

    await t.store.rounds.releaseChannel("g", "c1", "r2"); // not the holder: ignored
    expect(await t.store.rounds.activeInChannel("c1")).toBe("r1");
    await t.store.rounds.releaseChannel("g", "c1", "r1");
    expect(await t.store.rounds.activeInChannel("c1")).toBeNull();
    expect(await t.store.rounds.listActive(["g"])).toEqual(["r3"]);
    expect(await t.store.rounds.claimChannel("g", "c1", "r2")).toBeNull();

    const store = await t.reopen();
    expect((await store.rounds.listActive(["g", "h"])).sort()).toEqual(["r2", "r3", "r9"]);
  });

  it("moves the index of 0.1 (one key for every server) to the servers that own its rounds", async () => {
    await t.store.rounds.save(round("r1", "c-r1"));
    await t.store.rounds.save({ ...round("r2", "c-r2"), guildId: "h" });
    await t.store.keyv.set("rounds:active", { version: 1, rounds: { r1: "c-r1", r2: "c-r2", gone: "c-x" } });
    // A process owning only "g" takes r1, drops the expired round and leaves r2 to h's owner.
    expect(await t.store.rounds.listActive(["g"])).toEqual(["r1"]);
    expect(await t.store.keyv.get("rounds:active")).toEqual({ version: 1, rounds: { r2: "c-r2" } });
    expect(await t.store.rounds.listActive(["h"])).toEqual(["r2"]);
    expect(await t.store.keyv.get("rounds:active")).toBeUndefined();
    await t.store.rounds.releaseChannel("h", "c-r2", "r2"); // not claimed under the new keys: index only
    expect(await t.store.rounds.listActive(["g", "h"])).toEqual(["r1"]);
  });

  it("reads a round saved with answers keyed by player (earlier versions) as a list in arrival order", async () => {
    const legacy = {
      ...round("r-old", "c1"),
      items: [
        {
          kind: "question",
          answers: {
            u2: { choice: 1, correct: false, points: 0, elapsedMs: 900, hintUsed: false, at: 20 },
            u1: { choice: 0, correct: true, points: 12, elapsedMs: 500, hintUsed: false, at: 10 },
          },
        },
        { kind: "question", answers: [] },
      ],
    };
    await t.store.keyv.set("round:r-old", legacy);
    const store = await t.reopen();
    const items = (await store.rounds.get("r-old"))!.items;
    expect(items[0]!.answers).toEqual([
      { userId: "u1", choice: 0, correct: true, points: 12, elapsedMs: 500, hintUsed: false, at: 10 },
      { userId: "u2", choice: 1, correct: false, points: 0, elapsedMs: 900, hintUsed: false, at: 20 },
    ]);
    expect(items[1]!.answers).toEqual([]);
  });

  it("stores closed items apart, each once, and puts them back on read", async () => {
    const answers = (n: number) =>
      Array.from({ length: n }, (_, k) => ({
        userId: `u${k}`,
        choice: k % 4,
        correct: k % 4 === 0,
        points: 10,
        elapsedMs: k,
        hintUsed: false,
        at: k,
      }));
    const item = (closed: boolean, n: number) => ({
      kind: "question",
      question: { id: "q", prompt: "?" },
      closed,
      answers: answers(n),
      hintsUsed: [],
    });
    const first = item(true, 300);
    const state = {
      ...round("r-items", "c1"),
      index: 1,
      items: [first, item(false, 5), item(false, 0)],
    } as unknown as RoundState;
    const writes: string[] = [];
    const setMany = t.store.keyv.setMany.bind(t.store.keyv);
    t.store.keyv.setMany = ((entries: { key: string; value: unknown }[]) => {
      writes.push(...entries.map((e) => `${e.key} ${JSON.stringify(e.value).length}`));
      return setMany(entries as never);
    }) as typeof t.store.keyv.setMany;
    await t.store.rounds.save(state);
    // The next answer to the open item: the closed one is not written again.
    const next = { ...state, items: [first, item(false, 6), state.items[2]] } as unknown as RoundState;
    await t.store.rounds.save(next);
    const itemWrites = writes.filter((w) => w.startsWith("rounditem:r-items:0 "));
    const roundWrites = writes.filter((w) => w.startsWith("round:r-items "));
    expect(itemWrites).toHaveLength(1);
    expect(roundWrites).toHaveLength(2);
    expect(Number(roundWrites[1]!.split(" ")[1])).toBeLessThan(Number(itemWrites[0]!.split(" ")[1]) / 10);
    const store = await t.reopen();
    expect(await store.rounds.get("r-items")).toEqual(next);
    await store.keyv.delete("rounditem:r-items:0");
    expect(await store.rounds.get("r-items")).toBeUndefined(); // not half a round
  });

  it("writes a closed item again on the next save when storing it failed", async () => {
    const closed = {
      kind: "question",
      closed: true,
      answers: [{ userId: "u1", choice: 0, correct: true, points: 10, elapsedMs: 5, hintUsed: false, at: 1 }],
      hintsUsed: [],
    };
    const state = {
      ...round("r-fail", "c1"),
      index: 1,
      items: [closed, { kind: "question", closed: false, answers: [], hintsUsed: [] }],
    } as unknown as RoundState;
    const setMany = t.store.keyv.setMany.bind(t.store.keyv);
    t.store.keyv.setMany = (() =>
      Promise.reject(new Error("SQLITE_FULL: database or disk is full"))) as never;
    await expect(t.store.rounds.save(state)).rejects.toThrow(StoreError);
    t.store.keyv.setMany = setMany;
    await t.store.rounds.save(state); // the same closed item object as before
    const store = await t.reopen();
    expect(await store.rounds.get("r-fail")).toEqual(state);
  });

  it("saves state and the public message location", async () => {
    await t.store.rounds.save(round("r1", "c1"));
    await t.store.rounds.setMessage("r1", {
      channelId: "c1",
      messageId: "m1",
      interactionToken: "tok",
      applicationId: "app",
    });
    const store = await t.reopen();
    expect(await store.rounds.get("r1")).toMatchObject({
      id: "r1",
      channelId: "c1",
      status: "running",
      mode: "practice",
    });
    expect(await store.rounds.getMessage("r1")).toEqual({
      channelId: "c1",
      messageId: "m1",
      interactionToken: "tok",
      applicationId: "app",
    });
    expect(await store.rounds.get("nope")).toBeUndefined();
    expect(await store.rounds.getMessage("nope")).toBeUndefined();
  });
});
