import { readFileSync } from "node:fs";
import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { FAMILY, registerFonts } from "../../src/images/fonts.js";
import { ImagePool, renderImage, STATS_SIZE, type ImageJob } from "../../src/images/index.js";
import { leaderboardFixture, REFERENCE_JOBS, statsFixture } from "./fixtures.js";
import { decodePng, differingShare } from "./pixels.js";

const MAX_BYTES = 300 * 1024;

describe("pictures from fixed data", () => {
  for (const [name, job] of Object.entries(REFERENCE_JOBS) as [string, ImageJob][]) {
    it(`${name} matches its committed reference, is the same bytes twice and under 300 KB`, async () => {
      const png = renderImage(job);
      expect(png.length).toBeLessThan(MAX_BYTES);
      expect(renderImage(job).equals(png)).toBe(true);
      const reference = await decodePng(readFileSync(`test/images/reference/${name}.png`));
      // A small tolerance: another Skia build may anti-alias a few edge pixels differently.
      expect(differingShare(await decodePng(png), reference)).toBeLessThan(0.002);
    });
  }

  it("a changed figure changes the picture (the comparison can fail)", async () => {
    const reference = await decodePng(readFileSync("test/images/reference/stats.png"));
    const changed = renderImage({ kind: "stats", data: { ...statsFixture(false), points: 99_999, due: 0 } });
    expect(differingShare(await decodePng(changed), reference)).toBeGreaterThan(0.0005);
  });

  it("draws the stats card at its stated size, taller with a year of history", async () => {
    const plain = await decodePng(renderImage({ kind: "stats", data: statsFixture(false) }));
    expect([plain.width, plain.height]).toEqual([STATS_SIZE.width, STATS_SIZE.height]);
    const year = await decodePng(renderImage({ kind: "stats", data: statsFixture(true) }));
    expect([year.width, year.height]).toEqual([STATS_SIZE.width, STATS_SIZE.heightWithHeatmap]);
  });

  it("keeps a 200-character name inside the card", async () => {
    const long = renderImage({
      kind: "leaderboard",
      data: { ...leaderboardFixture(false), rows: [{ rank: 1, name: "W".repeat(200), points: 5, me: true }] },
    });
    const d = await decodePng(long);
    expect(d.width).toBe(800);
  });

  it("draws in worker threads the same bytes as on the main thread", async () => {
    const pool = new ImagePool(2);
    try {
      const jobs = Object.values(REFERENCE_JOBS) as ImageJob[];
      const drawn = await Promise.all(jobs.map((j) => pool.render(j)));
      jobs.forEach((j, k) => expect(drawn[k]!.equals(renderImage(j))).toBe(true));
    } finally {
      await pool.close();
    }
  });
});

describe("names in many scripts", () => {
  registerFonts();
  /** One character drawn alone, as pixels; the missing-glyph box is what unknown characters get. */
  const glyph = (ch: string) => {
    const c = createCanvas(48, 48);
    const g = c.getContext("2d");
    g.fillStyle = "#fff";
    g.fillRect(0, 0, 48, 48);
    g.fillStyle = "#000";
    g.font = `32px ${FAMILY}`;
    g.fillText(ch, 4, 36);
    return Buffer.from(g.getImageData(0, 0, 48, 48).data).toString("base64");
  };
  const missing = new Set(["\uE000", "\uE123", "\u{10FFFD}"].map(glyph));

  it("detects a missing glyph (the check itself works)", () => {
    expect(missing.has(glyph("\uE042"))).toBe(true);
    expect(missing.has(glyph("A"))).toBe(false);
  });

  const names = [
    "Zoë Ångström",
    "Łukasz Żółć",
    "Алексей Жуков",
    "Γιώργος Παπαδόπουλος",
    "山田太郎 さくら カタカナ",
    "张伟 王芳 李娜",
    "Kenji 🔥🦊🎉📚✅",
    "فاطمة الزهراء محمد",
    "יוסף כהן שרה לוי",
  ];
  for (const name of names) {
    it(`draws every character of "${name}"`, () => {
      const absent = [...name].filter((ch) => ch.trim() && missing.has(glyph(ch)));
      expect(absent).toEqual([]);
    });
  }
});
