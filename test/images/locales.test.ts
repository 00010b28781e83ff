/** Pictures draw their labels in the language asked for (the server's), English without one. */
import { describe, expect, it } from "vitest";
import { renderImage } from "../../src/images/index.js";
import { LOCALES } from "../../src/strings.js";
import { leaderboardFixture, statsFixture } from "./fixtures.js";
import { decodePng, differingShare } from "./pixels.js";

describe("picture labels per locale", () => {
  it("draws the English card when no locale is given, and a different one in each other language", async () => {
    const english = renderImage({ kind: "stats", data: statsFixture(true) });
    expect(
      renderImage({ kind: "stats", data: { ...statsFixture(true), locale: "en" } }).equals(english),
    ).toBe(true);
    const base = await decodePng(english);
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const png = renderImage({ kind: "stats", data: { ...statsFixture(true), locale } });
      // Only the labels change: a small but real share of the pixels.
      const share = differingShare(base, await decodePng(png));
      expect(share, locale).toBeGreaterThan(0.001);
      expect(share, locale).toBeLessThan(0.5);
    }
  });

  it("labels the leaderboard and podium in the locale too", () => {
    const en = renderImage({ kind: "leaderboard", data: leaderboardFixture() });
    const ja = renderImage({ kind: "leaderboard", data: { ...leaderboardFixture(), locale: "ja" } });
    expect(ja.equals(en)).toBe(false);
    const places = [{ name: "Ada", points: 12, correct: 3, answered: 4 }];
    const podiumEn = renderImage({ kind: "podium", data: { title: "Deck", places } });
    const podiumDe = renderImage({ kind: "podium", data: { title: "Deck", places, locale: "de" } });
    expect(podiumDe.equals(podiumEn)).toBe(false);
  });
});
