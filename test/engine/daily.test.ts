import { afterEach, describe, expect, it } from "vitest";
import { openStore, type Store } from "../../src/store/index.js";
import {
  addDays,
  closesAt,
  decideDue,
  nextRunAt,
  parseTime,
  pickRotation,
  planDaily,
  zonedInstant,
  type DailyPlanInput,
  type LocalTime,
} from "../../src/engine/daily.js";
import type { Deck } from "../../src/decks/schema.js";
import { localDay } from "../../src/engine/streaks.js";

const t = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString().replace(".000", "");
const NY = "America/New_York";
const BERLIN = "Europe/Berlin";
const at = (text: string): LocalTime => parseTime(text)!;

describe("parseTime", () => {
  it("reads HH:MM and refuses anything else", () => {
    expect(parseTime("09:00")).toEqual({ hour: 9, minute: 0 });
    expect(parseTime("7:05")).toEqual({ hour: 7, minute: 5 });
    expect(parseTime("23:59")).toEqual({ hour: 23, minute: 59 });
    for (const bad of ["24:00", "12:60", "12", "12:5", "noon", "-1:00", "12:00pm", ""]) expect(parseTime(bad)).toBeNull();
  });
});

describe("zonedInstant", () => {
  it("is plain arithmetic away from DST changes", () => {
    expect(iso(zonedInstant("2026-06-15", at("09:00"), NY))).toBe("2026-06-15T13:00:00Z");
    expect(iso(zonedInstant("2026-01-15", at("09:00"), BERLIN))).toBe("2026-01-15T08:00:00Z");
    expect(iso(zonedInstant("2026-01-15", at("00:00"), "UTC"))).toBe("2026-01-15T00:00:00Z");
  });

  it("moves a time inside the spring-forward gap to the first valid minute after it (New York)", () => {
    // 2026-03-08: clocks go from 02:00 EST straight to 03:00 EDT.
    expect(iso(zonedInstant("2026-03-08", at("01:59"), NY))).toBe("2026-03-08T06:59:00Z");
    expect(iso(zonedInstant("2026-03-08", at("02:00"), NY))).toBe("2026-03-08T07:00:00Z");
    expect(iso(zonedInstant("2026-03-08", at("02:30"), NY))).toBe("2026-03-08T07:00:00Z");
    expect(iso(zonedInstant("2026-03-08", at("03:00"), NY))).toBe("2026-03-08T07:00:00Z");
    expect(iso(zonedInstant("2026-03-08", at("09:00"), NY))).toBe("2026-03-08T13:00:00Z");
  });

  it("takes the first occurrence of a repeated fall-back time (New York)", () => {
    // 2026-11-01: 02:00 EDT becomes 01:00 EST, so 01:00-01:59 happens twice.
    expect(iso(zonedInstant("2026-11-01", at("01:30"), NY))).toBe("2026-11-01T05:30:00Z");
    expect(iso(zonedInstant("2026-11-01", at("00:59"), NY))).toBe("2026-11-01T04:59:00Z");
    expect(iso(zonedInstant("2026-11-01", at("02:00"), NY))).toBe("2026-11-01T07:00:00Z");
    expect(iso(zonedInstant("2026-11-01", at("09:00"), NY))).toBe("2026-11-01T14:00:00Z");
  });

  it("handles Berlin's changes, which happen at a different hour and date", () => {
    expect(iso(zonedInstant("2026-03-29", at("02:30"), BERLIN))).toBe("2026-03-29T01:00:00Z");
    expect(iso(zonedInstant("2026-03-29", at("03:30"), BERLIN))).toBe("2026-03-29T01:30:00Z");
    expect(iso(zonedInstant("2026-10-25", at("02:30"), BERLIN))).toBe("2026-10-25T00:30:00Z");
    expect(iso(zonedInstant("2026-10-25", at("03:00"), BERLIN))).toBe("2026-10-25T02:00:00Z");
  });

  it("copes with a whole skipped day (Samoa, 2011-12-30)", () => {
    expect(iso(zonedInstant("2011-12-30", at("09:00"), "Pacific/Apia"))).toBe("2011-12-30T10:00:00Z");
  });
});

describe("nextRunAt", () => {
  it("keeps the local time across both DST changes", () => {
    let run = nextRunAt(at("09:00"), NY, t("2026-03-06T15:00:00Z"));
    const runs: string[] = [];
    for (let i = 0; i < 3; i++) {
      runs.push(iso(run));
      run = nextRunAt(at("09:00"), NY, run);
    }
    expect(runs).toEqual(["2026-03-07T14:00:00Z", "2026-03-08T13:00:00Z", "2026-03-09T13:00:00Z"]);
    expect(iso(nextRunAt(at("09:00"), NY, t("2026-10-31T13:00:00Z")))).toBe("2026-11-01T14:00:00Z");
    expect(iso(nextRunAt(at("09:00"), BERLIN, t("2026-10-24T07:00:00Z")))).toBe("2026-10-25T08:00:00Z");
  });

  it("is strictly after the given instant: today's run if ahead, else tomorrow's", () => {
    expect(iso(nextRunAt(at("09:00"), BERLIN, t("2026-01-15T07:59:00Z")))).toBe("2026-01-15T08:00:00Z");
    expect(iso(nextRunAt(at("09:00"), BERLIN, t("2026-01-15T08:00:00Z")))).toBe("2026-01-16T08:00:00Z");
  });

  it("runs once on a fall-back day even though the time occurs twice", () => {
    const first = nextRunAt(at("01:30"), NY, t("2026-11-01T04:00:00Z"));
    expect(iso(first)).toBe("2026-11-01T05:30:00Z");
    expect(iso(nextRunAt(at("01:30"), NY, first))).toBe("2026-11-02T06:30:00Z");
  });

  it("runs once on a spring-forward day for a time in the gap", () => {
    const run = nextRunAt(at("02:30"), NY, t("2026-03-07T08:00:00Z"));
    expect(iso(run)).toBe("2026-03-08T07:00:00Z"); // 03:00 EDT
    expect(iso(nextRunAt(at("02:30"), NY, run))).toBe("2026-03-09T06:30:00Z");
  });
});

describe("closesAt", () => {
  it("is the next day's post, at most 24 h after opening", () => {
    expect(iso(closesAt(at("09:00"), BERLIN, "2026-01-15", t("2026-01-15T08:00:00Z")))).toBe("2026-01-16T08:00:00Z");
    // Posted early with /daily now: tomorrow's post is more than 24 h away.
    expect(iso(closesAt(at("09:00"), BERLIN, "2026-01-15", t("2026-01-15T06:00:00Z")))).toBe("2026-01-16T06:00:00Z");
    // Spring forward: the day is 23 h long, and the question closes with the next post.
    expect(iso(closesAt(at("09:00"), NY, "2026-03-07", t("2026-03-07T14:00:00Z")))).toBe("2026-03-08T13:00:00Z");
    expect(closesAt(at("09:00"), BERLIN, "2026-01-15", t("2026-01-15T08:00:00Z"), 5000)).toBe(t("2026-01-15T08:00:05Z"));
  });
});

describe("decideDue", () => {
  const nine = at("09:00");
  it("waits until the run is due", () => {
    expect(decideDue(nine, BERLIN, t("2026-01-15T08:00:00Z"), t("2026-01-15T07:59:59Z"))).toEqual({ action: "wait", nextRunAt: t("2026-01-15T08:00:00Z") });
  });

  it("posts a run missed while the bot was down if its day is not over", () => {
    const d = decideDue(nine, BERLIN, t("2026-01-15T08:00:00Z"), t("2026-01-15T14:00:00Z"));
    expect(d).toEqual({ action: "post", day: "2026-01-15", nextRunAt: t("2026-01-16T08:00:00Z") });
  });

  it("skips a run whose day is over, to today's run", () => {
    const d = decideDue(nine, BERLIN, t("2026-01-15T08:00:00Z"), t("2026-01-16T07:00:00Z"));
    expect(d).toEqual({ action: "skip", day: "2026-01-15", nextRunAt: t("2026-01-16T08:00:00Z") });
  });

  it("posts today's run after days of downtime, not the missed ones", () => {
    const d = decideDue(nine, BERLIN, t("2026-01-10T08:00:00Z"), t("2026-01-16T09:00:00Z"));
    expect(d).toEqual({ action: "post", day: "2026-01-16", nextRunAt: t("2026-01-17T08:00:00Z") });
  });

  it("counts the day in the server's zone, not UTC (late evening in New York)", () => {
    const d = decideDue(at("21:00"), NY, t("2026-01-16T02:00:00Z"), t("2026-01-16T04:00:00Z"));
    expect(d).toEqual({ action: "post", day: "2026-01-15", nextRunAt: t("2026-01-17T02:00:00Z") });
  });
});

// The scheduler around the pure rules, with the product's own day claim (store.dailies.claimDay,
// on a real in-memory store) deciding "once per day", and the saved nextRunAt.
const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

async function world(time: string, tz: string, firstRun: number) {
  const store = await openStore("memory://", { namespace: `daily-${opened.length}-${Date.now()}` });
  opened.push(store);
  const posts: string[] = [];
  const state = { nextRunAt: firstRun, used: [] as string[] };
  return {
    posts,
    state,
    /** A start-up or tick; `saveFails` models a crash between posting and saving nextRunAt. */
    async run(now: number, o: { deck?: Deck | null; saveFails?: boolean } = {}) {
      const deck = o.deck === null ? undefined : (o.deck ?? DECK);
      const saveFails = o.saveFails ?? false;
      const plan = planDaily({ time: at(time), tz, nextRunAt: state.nextRunAt, questions: 1, used: state.used, guildId: "g", deck, now });
      if (plan.action === "wait") return plan.action;
      if (plan.action === "disable") return plan.reason;
      if (plan.action === "post" && "questionIds" in plan) {
        if (await store.dailies.claimDay("g", plan.day, now)) {
          posts.push(`${plan.day} ${plan.questionIds.join(",")}`);
          if (!saveFails) state.used = plan.used;
        }
      }
      if (!saveFails) state.nextRunAt = plan.nextRunAt;
      return plan.action;
    },
  };
}

const q = (id: string) => ({ id, difficulty: "easy" as const, prompt: id, choices: ["a", "b"], answer: "a", explanation: "", steps: [], mistakes: [] });
const DECK: Deck = { id: "d", title: "D", tags: [], cards: [], prompts: [], questions: ["q1", "q2", "q3"].map(q) };

describe("restarts", () => {
  it("posts a missed run once on start-up, and two restarts in a row post nothing more", async () => {
    const w = await world("09:00", BERLIN, t("2026-01-15T08:00:00Z"));
    expect(await w.run(t("2026-01-15T13:00:00Z"))).toBe("post");
    expect(await w.run(t("2026-01-15T13:00:05Z"))).toBe("wait");
    expect(await w.run(t("2026-01-15T13:00:09Z"))).toBe("wait");
    expect(w.posts).toHaveLength(1);
  });

  it("posts once even when the bot died before saving the next run time", async () => {
    const w = await world("09:00", BERLIN, t("2026-01-15T08:00:00Z"));
    await w.run(t("2026-01-15T08:00:00Z"), { saveFails: true });
    await w.run(t("2026-01-15T08:00:30Z"), { saveFails: true });
    expect(await w.run(t("2026-01-15T08:01:00Z"))).toBe("post"); // decided, but the day's claim is taken
    expect(w.posts).toEqual([expect.stringMatching(/^2026-01-15 /)]);
    expect(w.state.nextRunAt).toBe(t("2026-01-16T08:00:00Z"));
  });

  it("posts once on a fall-back day, though the time occurs twice", async () => {
    const w = await world("01:30", NY, t("2026-11-01T05:30:00Z"));
    expect(await w.run(t("2026-11-01T05:30:00Z"))).toBe("post");
    expect(await w.run(t("2026-11-01T06:30:00Z"))).toBe("wait");
    expect(w.posts).toHaveLength(1);
    expect(w.state.nextRunAt).toBe(t("2026-11-02T06:30:00Z"));
  });

  it("posts on a spring-forward day right after the gap", async () => {
    const w = await world("02:30", NY, nextRunAt(at("02:30"), NY, t("2026-03-07T08:00:00Z")));
    expect(await w.run(t("2026-03-08T06:59:00Z"))).toBe("wait");
    expect(await w.run(t("2026-03-08T07:00:00Z"))).toBe("post");
    expect(w.posts).toEqual([expect.stringMatching(/^2026-03-08 /)]);
  });

  it("disables on a deleted deck when the run comes, not before", async () => {
    const w = await world("09:00", BERLIN, t("2026-01-15T08:00:00Z"));
    expect(await w.run(t("2026-01-15T07:00:00Z"), { deck: null })).toBe("wait");
    expect(await w.run(t("2026-01-15T08:00:00Z"), { deck: null })).toBe("deck-removed");
    expect(w.posts).toEqual([]);
    const empty: Deck = { ...DECK, questions: [{ ...q("x"), answer: "not a choice" }] };
    expect(await w.run(t("2026-01-15T08:00:00Z"), { deck: empty })).toBe("deck-empty");
  });

  it("a week of daily runs asks every question before repeating one", async () => {
    const w = await world("09:00", BERLIN, t("2026-01-15T08:00:00Z"));
    let day = "2026-01-15";
    for (let i = 0; i < 6; i++) {
      await w.run(zonedInstant(day, at("09:00"), BERLIN) + 60_000);
      day = addDays(day, 1);
    }
    const ids = w.posts.map((p) => p.split(" ")[1]);
    expect(new Set(ids.slice(0, 3)).size).toBe(3);
    expect(new Set(ids.slice(3, 6)).size).toBe(3);
    expect(w.posts.map((p) => p.split(" ")[0])).toEqual(["2026-01-15", "2026-01-16", "2026-01-17", "2026-01-18", "2026-01-19", "2026-01-20"]);
  });
});

describe("pickRotation", () => {
  const ids = ["a", "b", "c", "d", "e", "f", "g"];

  it("never repeats a question until the deck is exhausted", () => {
    let used: string[] = [];
    const asked: string[] = [];
    for (let day = 0; day < 7; day++) {
      const r = pickRotation(ids, used, 3, day);
      asked.push(...r.picked);
      used = r.used;
      expect(new Set(r.picked).size).toBe(3); // no repeat within one day's picks
    }
    // 21 picks = 3 full cycles of 7: each cycle asks every question exactly once.
    for (let cycle = 0; cycle < 3; cycle++) expect(new Set(asked.slice(cycle * 7, cycle * 7 + 7)).size).toBe(7);
  });

  it("is reproducible from its seed, and ignores ids the deck no longer has", () => {
    expect(pickRotation(ids, ["a", "gone"], 2, 42)).toEqual(pickRotation(ids, ["a", "gone"], 2, 42));
    expect(pickRotation(ids, ["a", "gone"], 2, 42).used).not.toContain("gone");
    expect(pickRotation(["a", "b"], [], 5, 1).picked.sort()).toEqual(["a", "b"]);
  });
});

describe("planDaily", () => {
  const base: DailyPlanInput = { time: at("09:00"), tz: "UTC", nextRunAt: t("2026-01-15T09:00:00Z"), questions: 2, used: [], guildId: "g", deck: DECK, now: t("2026-01-15T09:00:00Z") };
  it("picks the day's questions, the same ones for the same server and day", () => {
    const a = planDaily(base);
    expect(a).toMatchObject({ action: "post", day: "2026-01-15" });
    expect(planDaily(base)).toEqual(a);
    expect(localDay(base.now, "UTC")).toBe("2026-01-15");
  });
});
