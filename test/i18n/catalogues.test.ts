/**
 * Every locale's catalogue against the English source: same keys, same placeholders, the plural
 * forms its language's rules ask for, and nothing i18next would leave unresolved.
 */
import { describe, expect, it } from "vitest";
import { catalogues } from "../../src/i18n/catalogues.js";
import { LOCALES, tr, imageTr, toLocale } from "../../src/strings.js";
import { preparedCatalogue } from "../../src/i18n/index.js";
import { commandCatalogues } from "../../src/i18n/commands/index.js";

const PLURAL = /_(zero|one|two|few|many|other)$/;
const source = catalogues.en;

/** Key without its plural suffix → the plural categories present (empty set: not a plural). */
function baseKeys(catalogue: Readonly<Record<string, string>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of Object.keys(catalogue)) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, m.index) : key;
    const forms = out.get(base) ?? new Set<string>();
    if (m) forms.add(m[1]!);
    out.set(base, forms);
  }
  return out;
}

/** `{{name}}` placeholders used by any form of a key. */
function placeholders(catalogue: Readonly<Record<string, string>>, base: string): string[] {
  const names = new Set<string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (key !== base && key.replace(PLURAL, "") !== base) continue;
    for (const m of value.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

const sourceKeys = baseKeys(source);

describe.each(LOCALES.filter((l) => l !== "en"))("catalogue %s", (locale) => {
  const catalogue = catalogues[locale];
  const keys = baseKeys(catalogue);

  it("has every key of the English source, and no other", () => {
    const missing = [...sourceKeys.keys()].filter((k) => !keys.has(k));
    const extra = [...keys.keys()].filter((k) => !sourceKeys.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it("uses exactly the placeholders of the source in each sentence", () => {
    const differing = [...sourceKeys.keys()]
      .map((k) => ({ key: k, source: placeholders(source, k), here: placeholders(catalogue, k) }))
      .filter((d) => d.source.join() !== d.here.join());
    expect(differing).toEqual([]);
  });

  it("has the plural forms its language's rules pick, and only those", () => {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const [key, forms] of sourceKeys) {
      if (forms.size === 0) continue;
      expect([...(keys.get(key) ?? [])].sort(), `${locale} ${key}`).toEqual([...categories].sort());
    }
  });

  it("has no empty sentence and no stray i18next syntax", () => {
    for (const [key, value] of Object.entries(catalogue)) {
      expect(value.trim(), key).not.toBe("");
      expect(value, key).not.toMatch(/\$t\(|\{\{[^}]*$|(^|[^{])\{[a-z]+\}(?!\})/);
    }
  });

  it("answers every key in its own words (no fallback to English where the source has words)", () => {
    const t = tr(locale);
    // A few sentences from each area, through the same shape the code uses.
    const samples = [
      t.roundStarted("practice", "Deck", 3, "<@1>"),
      t.cooldown(2),
      t.dailyDisabled["no-permission"],
      t.reviewFinished(5, 3, 4),
      imageTr(locale).accuracy,
    ];
    const english = tr("en");
    const en = [
      english.roundStarted("practice", "Deck", 3, "<@1>"),
      english.cooldown(2),
      english.dailyDisabled["no-permission"],
      english.reviewFinished(5, 3, 4),
      imageTr("en").accuracy,
    ];
    samples.forEach((s, k) => expect(s).not.toBe(en[k]));
    for (const s of samples) expect(s).not.toMatch(/\{\{|\}\}/);
  });
});

describe("plurals by the locale's rules", () => {
  it("picks each language's own forms", () => {
    expect(tr("en").count("days", 1)).toBe("1 day");
    expect(tr("en").count("days", 0)).toBe("0 days");
    expect(tr("fr").count("days", 0)).toBe("0 jour"); // French: 0 and 1 are singular
    expect(tr("de").count("days", 0)).toBe("0 Tage");
    expect(tr("pt-BR").count("cards", 1)).toBe("1 cartão");
    expect(tr("pt-BR").count("cards", 2)).toBe("2 cartões");
    expect(tr("es").typedTypo(1, "x", "y", "")).toContain("1 errata");
    expect(tr("es").typedTypo(2, "x", "y", "")).toContain("2 erratas");
    expect(tr("ja").count("days", 1)).toBe("1日");
  });
});

describe("Discord's locale codes", () => {
  it("map to the six locales, anything else to English", () => {
    expect(
      ["es-ES", "es-419", "pt-BR", "fr", "de", "ja", "en-US", "en-GB", "ko", "zh-TW", "", undefined].map(
        (c) => toLocale(c),
      ),
    ).toEqual(["es", "es", "pt-BR", "fr", "de", "ja", "en", "en", "en", "en", "en", "en"]);
  });
});

describe("values are inserted as they are", () => {
  it("does not escape HTML or expand i18next syntax coming from deck text or names", () => {
    const hostile = "<b>&\"'</b> {{ref}} $t(genericFailure)";
    expect(tr("de").stopDone(hostile)).toContain(hostile);
  });
});

describe("slash commands named in sentences", () => {
  const english = new Set<string>();
  for (const value of Object.values(source))
    for (const m of value.matchAll(/(?<![\p{L}\p{N}}/])\/([a-z][a-z_-]*)/gu)) english.add(m[1]!);

  it("the English sentences name only commands that exist", () => {
    const names = new Set(Object.keys(commandCatalogues.de).map((k) => k.split(".")[0]!));
    expect([...english].filter((c) => !names.has(c))).toEqual([]);
  });

  it.each(LOCALES.filter((l) => l !== "en"))(
    "%s: every command is named as that locale's clients show it",
    (locale) => {
      const names = commandCatalogues[locale as Exclude<typeof locale, "en">];
      const local = new Set(
        Object.entries(names)
          .filter(([k]) => /^[^.]+\.name$/.test(k))
          .map(([, v]) => v),
      );
      const left: string[] = [];
      for (const [key, value] of Object.entries(preparedCatalogue(locale)))
        for (const m of value.matchAll(/(?<![\p{L}\p{N}}/])\/([\p{L}][\p{L}\p{N}_-]*)/gu))
          if (!local.has(m[1]!)) left.push(`${key}: /${m[1]!}`);
      expect(left).toEqual([]);
      // And the rewrite really happened where the names differ.
      expect(preparedCatalogue(locale).leaderboardEmpty).toContain(`/${names["practice.name"]!}`);
    },
  );
});

describe("numbers, lists and dates the locale's way", () => {
  it("formats numbers in sentences and fields", () => {
    expect(tr("en").yourRank(2, 12345, 1234567)).toBe("You: #2 of 12,345 with 1,234,567 pts");
    expect(tr("de").yourRank(2, 12345, 1234567)).toContain("12.345");
    expect(tr("fr").number(1234.5)).toBe("1\u202f234,5");
    expect(tr("ja").count("points", 1500)).toContain("1,500");
  });

  it("joins permission names as a list in the language", () => {
    expect(tr("en").permissions(["viewChannel", "sendMessages", "embedLinks"])).toBe(
      "View Channel, Send Messages, and Embed Links",
    );
    expect(tr("de").permissions(["viewChannel", "sendMessages"])).toMatch(/^[^,]+ und [^,]+$/);
  });

  it("writes a daily quiz's day as a date of the language, not as ISO", () => {
    expect(tr("en").dailyPost("2026-11-30", 1, 1)).toContain("November 30, 2026");
    expect(tr("de").dailyPost("2026-11-30", 1, 2)).toContain("30. November 2026");
    expect(tr("ja").dailyPost("2026-11-30", 1, 1)).toContain("2026年11月30日");
    expect(tr("en").dailyPost("2026-11-30", 1, 1)).not.toContain("2026-11-30");
  });
});
