import { describe, expect, it } from "vitest";
import { counts, plural, t } from "../../src/strings.js";
import { renderStats } from "../../src/discord/render/stats.js";

describe("plural forms", () => {
  it("says 1 day, 0 days, 2 days in /stats", () => {
    const stats = (current: number, best: number) =>
      renderStats({
        userId: "1",
        points: 1,
        correct: 1,
        answered: 1,
        answerStreak: { current: 1, best: 1 },
        dailyStreak: { current, best },
        decksPlayed: 1,
        due: { total: 1, nextDue: null },
        reminderFailed: false,
      });
    const daily = (current: number, best: number) =>
      stats(current, best).fields!.find((f) => f.name === "Daily streak")!.value;
    expect(daily(1, 1)).toBe("1 day (best 1 day)");
    expect(daily(0, 2)).toBe("0 days (best 2 days)");
  });

  it("has one and other forms for every counted noun, each showing the count", () => {
    for (const [noun, forms] of Object.entries(counts)) {
      expect(plural(1, forms), noun).not.toBe(plural(2, forms));
      expect(plural(1, forms)).toContain("1");
      expect(plural(7, forms)).toContain("7");
    }
    expect(t.points(1)).toBe("1 pt");
    expect(t.finishedItems(1, "cards")).toBe("Finished 1 card. Nice work!");
    expect(t.finishedItems(3, "prompts")).toBe("Finished 3 prompts. Nice work!");
  });

  it("lets another language pick its own categories", () => {
    const polish = new Intl.PluralRules("pl");
    const files = { one: "{n} plik", few: "{n} pliki", many: "{n} plików", other: "{n} pliku" };
    expect([1, 2, 5, 22, 1.5].map((n) => plural(n, files, polish))).toEqual([
      "1 plik",
      "2 pliki",
      "5 plików",
      "22 pliki",
      "1.5 pliku",
    ]);
  });
});
