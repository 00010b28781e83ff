/**
 * Pictures in Japanese draw no English word: every string handed to the drawing helper is
 * recorded, and (names and titles being Japanese here) any Latin word left was hard-coded.
 */
import { describe, expect, it, vi } from "vitest";
import type * as DrawCommon from "../../src/images/draw-common.js";
import { renderImage } from "../../src/images/index.js";
import { latinWords } from "../i18n/seen.js";
import { leaderboardFixture, podiumFixture, statsFixture } from "./fixtures.js";

const drawn = vi.hoisted(() => [] as string[]);
vi.mock("../../src/images/draw-common.js", async (importOriginal) => {
  const original = await importOriginal<typeof DrawCommon>();
  return {
    ...original,
    text: (...args: Parameters<typeof original.text>) => {
      drawn.push(args[1]);
      return original.text(...args);
    },
  };
});

/** What was drawn, without the brand name (a logo, the same in every language). */
const words = () => latinWords(drawn.filter((s) => s !== "quizdeck"));

describe("picture labels in Japanese", () => {
  it("the recorder sees what is drawn, English included (the check can fail)", () => {
    drawn.length = 0;
    renderImage({ kind: "stats", data: { ...statsFixture(true), name: "山田太郎" } });
    expect(drawn).toContain("12,480");
    expect(words()).toContain("Accuracy");
  });

  it("the stats card, with its year, in Japanese", () => {
    drawn.length = 0;
    renderImage({ kind: "stats", data: { ...statsFixture(true), name: "山田太郎", locale: "ja" } });
    expect(drawn.length).toBeGreaterThan(20);
    expect(words()).toEqual([]);
  });

  it("the leaderboard and the podium in Japanese", () => {
    drawn.length = 0;
    const rows = leaderboardFixture().rows.map((r, k) => ({ ...r, name: `学習者${k + 1}` }));
    renderImage({
      kind: "leaderboard",
      data: {
        title: "今週のランキング",
        rows,
        mine: { rank: 14, name: "山田", points: 640, me: true },
        locale: "ja",
      },
    });
    const places = podiumFixture().places.map((p, k) => ({ ...p, name: `学習者${k + 1}` }));
    renderImage({ kind: "podium", data: { title: "ラウンド終了", places, locale: "ja" } });
    expect(words()).toEqual([]);
  });
});
