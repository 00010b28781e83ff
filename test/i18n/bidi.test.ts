/**
 * Right-to-left names and deck text (Arabic, Hebrew) inside the bot's left-to-right sentences:
 * each is wrapped in a first-strong isolate, so the numbers and punctuation around it stay where
 * the sentence put them, and nothing else is touched.
 */
import { describe, expect, it } from "vitest";
import { loadDeckText } from "../../src/decks/load.js";
import { renderItem } from "../../src/discord/render/item.js";
import { renderPreview } from "../../src/discord/render/import-summary.js";
import { isolate, tr } from "../../src/strings.js";
import { roundOf } from "../discord/render-helpers.js";

const FSI = "\u2068";
const PDI = "\u2069";
const ARABIC = "قواعد اللغة العربية";
const HEBREW = "דקדוק עברי";

describe("isolating right-to-left text", () => {
  it("wraps Arabic and Hebrew, and leaves Latin, Japanese, mentions and numbers alone", () => {
    expect(isolate(ARABIC)).toBe(`${FSI}${ARABIC}${PDI}`);
    expect(isolate(`Deck ${HEBREW}`)).toBe(`${FSI}Deck ${HEBREW}${PDI}`);
    for (const text of ["Spanish verbs", "日本の地理", "<@1200000000000000000>", "42", ""])
      expect(isolate(text)).toBe(text);
  });

  it("isolates an Arabic deck title inside every language's sentence, keeping the count after it", () => {
    for (const locale of ["en", "de", "ja"] as const) {
      const t = tr(locale);
      const title = t.question.title(ARABIC, 3, 10);
      expect(title, locale).toContain(`${FSI}${ARABIC}${PDI}`);
      expect(title.indexOf(PDI), locale).toBeLessThan(title.lastIndexOf("3"));
      expect(t.stopDone(HEBREW)).toContain(`${FSI}${HEBREW}${PDI}`);
    }
    // Latin deck text is passed through unchanged.
    expect(tr("en").stopDone("Spanish verbs")).toBe('Stopped the round of "Spanish verbs".');
  });

  it("a round of a Hebrew deck: the title is isolated, the question itself is shown as written", () => {
    const loaded = loadDeckText(
      [
        "title: דקדוק עברי",
        "questions:",
        "  - id: q1",
        "    difficulty: easy",
        "    prompt: מה הרבים של ספר?",
        "    choices: [ספרים, ספרות, ספרה]",
        "    answer: ספרים",
        "    explanation: ספר ← ספרים",
      ].join("\n"),
      "ivrit.yaml",
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    const state = roundOf(loaded.deck, "practice", { locale: "en" });
    const embed = renderItem(state, 0).embeds[0]!;
    expect(embed.title).toBe(`${FSI}${HEBREW}${PDI} · Question 1/1`);
    expect(embed.description).toContain("מה הרבים של ספר?");
    expect(embed.description).not.toContain(`${FSI}מה`);
    expect(renderPreview(loaded.deck, tr("en"))!.title).toBe(`Preview: ${FSI}${HEBREW}${PDI}`);
  });
});
