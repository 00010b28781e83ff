import type { APIEmbed } from "discord.js";
import { describe, expect, it } from "vitest";
import {
  clipMarkdown,
  EMBED_LIMITS,
  embedLength,
  fitEmbed,
  fitEmbeds,
} from "../../src/discord/render/budget.js";
import { limitProblems } from "./render-helpers.js";

const text = (n: number, c = "x") => c.repeat(n);

describe("embed budget", () => {
  it("leaves an embed that fits exactly as it was", () => {
    const e: APIEmbed = {
      title: "t",
      description: text(4000),
      fields: [
        { name: "a", value: text(1000) },
        { name: "b", value: text(990) },
      ],
      footer: { text: "f" },
    };
    expect(embedLength(e)).toBe(6000 - 6);
    expect(fitEmbed(e)).toEqual(e);
  });

  it("cuts the longest fields first, to a common length, and keeps the short ones and the description whole", () => {
    const e: APIEmbed = {
      title: text(200, "t"),
      description: text(3000, "d"),
      fields: [
        { name: "Answer", value: "B. the short answer" },
        { name: "Why", value: text(1024, "w") },
        { name: "Steps", value: text(1000, "s") },
        { name: "Mistakes", value: text(300, "m") },
        { name: "Correct today", value: text(1024, "c") },
      ],
    };
    const fit = fitEmbed(e);
    expect(embedLength(fit)).toBeLessThanOrEqual(EMBED_LIMITS.total);
    expect(fit.description).toBe(e.description);
    expect(fit.title).toBe(e.title);
    const byName = Object.fromEntries(fit.fields!.map((f) => [f.name, f.value]));
    expect(byName.Answer).toBe("B. the short answer");
    expect(byName.Mistakes).toBe(text(300, "m"));
    for (const name of ["Why", "Steps", "Correct today"]) {
      expect(byName[name]!.endsWith("…")).toBe(true);
      expect(byName[name]!.length).toBeLessThan(900);
    }
    // Cut evenly: the three long ones end up within a character of each other.
    const cut = ["Why", "Steps", "Correct today"].map((n) => byName[n]!.length);
    expect(Math.max(...cut) - Math.min(...cut)).toBeLessThanOrEqual(1);
  });

  it("drops the longest fields rather than cutting every field to a stub", () => {
    const e: APIEmbed = {
      description: text(4096),
      fields: Array.from({ length: 25 }, (_, k) => ({ name: `field ${k}`, value: text(1024 - k) })),
      footer: { text: text(100) },
    };
    const fit = fitEmbed(e);
    expect(limitProblems({ embeds: [fit] })).toEqual([]);
    expect(fit.description).toBe(e.description);
    // 1,800 characters left: the shortest fields stay, cut to a common length of at least 80.
    const kept = fit.fields!.map((f) => Number(f.name.split(" ")[1]));
    expect(kept.length).toBeGreaterThan(5);
    expect(kept.length).toBeLessThan(25);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, k) => 25 - kept.length + k));
    for (const f of fit.fields!) expect(f.value.length).toBeGreaterThanOrEqual(80);
  });

  it("enforces every per-part limit, and the 25-field cap", () => {
    const e: APIEmbed = {
      title: text(300),
      description: text(5000),
      author: { name: text(300) },
      footer: { text: text(3000) },
      fields: Array.from({ length: 30 }, () => ({ name: text(300), value: text(2000) })),
    };
    expect(limitProblems({ embeds: [fitEmbed(e)] })).toEqual([]);
  });

  it("shares the 6,000 characters among the embeds of one message", () => {
    const one = (): APIEmbed => ({ description: text(4000) });
    const fit = fitEmbeds([one(), one(), one()]);
    expect(limitProblems({ embeds: fit })).toEqual([]);
    expect(fit[0]!.description).toBe(text(4000));
  });

  it("ends a cut on a whole word or list entry when one ends nearby", () => {
    const words = "Calling aget() without await raises nothing but never runs the query at all";
    expect(clipMarkdown(words, 40)).toBe("Calling aget() without await raises…");
    const list = "<@1200000000000000000>, <@1200000000000000001>, <@1200000000000000002>";
    expect(clipMarkdown(list, 60)).toBe("<@1200000000000000000>, <@1200000000000000001>…");
  });

  it("closes a code block it cuts, and never leaves half a mention", () => {
    const code = "```py\n" + text(200, "a") + "\n```";
    const clipped = clipMarkdown(code, 100);
    expect(clipped.length).toBeLessThanOrEqual(100);
    expect(clipped.split("```").length - 1).toBe(2);
    const mentions = Array.from(
      { length: 20 },
      (_, k) => `<@12000000000000000${String(k).padStart(2, "0")}>`,
    ).join(", ");
    for (let max = 20; max < 120; max++) {
      const cut = clipMarkdown(mentions, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.replace(/<@\d+>/g, "")).not.toMatch(/<@?\d*…?$/);
    }
  });
});
