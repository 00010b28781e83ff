import i18next, { type TOptions } from "i18next";
import { en } from "./locales/en.js";
import { catalogues } from "./catalogues.js";
import { LOCALES, type Locale } from "./locales.js";
import { commandCatalogues } from "./commands/index.js";
import { localizeMentions } from "./mentions.js";
import { isolate } from "./bidi.js";
import { buildStrings, buildImageText, numberFormat, type Lookup } from "./shape.js";

export { LOCALES, LANGUAGE_NAMES, toLocale, isLocale, type Locale } from "./locales.js";

/**
 * One i18next instance for the process, loaded synchronously from the bundled catalogues. Keys are
 * flat (no key or namespace separators), values are never HTML-escaped (Discord isn't HTML), and
 * values are inserted as they are (never read again as nesting), so deck text can't pull in keys.
 */
const i18n = i18next.createInstance();
void i18n.init({
  initAsync: false,
  resources: Object.fromEntries(LOCALES.map((l) => [l, { translation: prepare(catalogues[l], l) }])),
  lng: "en",
  fallbackLng: "en",
  supportedLngs: [...LOCALES],
  keySeparator: false,
  nsSeparator: false,
  returnNull: false,
  interpolation: { escapeValue: false, skipOnVariables: true },
});

// Numbers in sentences are written the locale's way; strings pass through as they are.
i18n.services.formatter?.add("num", (value: unknown, lng: string | undefined): string =>
  typeof value === "number" ? numberFormat(lng ?? "en").format(value) : String(value),
);

/**
 * A catalogue as i18next gets it: every placeholder goes through the `num` format, and slash
 * commands, written in English in every catalogue, are named as the locale's clients show them.
 */
function prepare(catalogue: Readonly<Record<string, string>>, locale: Locale): Record<string, string> {
  const names = locale === "en" ? undefined : commandCatalogues[locale];
  return Object.fromEntries(
    Object.entries(catalogue).map(([key, value]) => {
      const named = names ? localizeMentions(value, names) : value;
      return [key, named.replace(/\{\{\s*([^},\s]+)\s*\}\}/g, "{{$1, num}}")];
    }),
  );
}

function lookup(locale: Locale): Lookup {
  const t = i18n.getFixedT(locale);
  return (key, vars) => t(key, { ...(vars && isolateValues(vars)), lng: locale } as TOptions);
}

/** Right-to-left names and deck text keep their own direction inside any sentence (see bidi.ts). */
function isolateValues(vars: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(vars).map(([k, v]) => [k, typeof v === "string" ? isolate(v) : v]),
  );
}

export type Strings = ReturnType<typeof buildStrings>;
export type ImageText = ReturnType<typeof buildImageText>;

const strings = new Map<Locale, Strings>();
const images = new Map<Locale, ImageText>();

/** The sentences in `locale`, shaped like `t` (`tr(locale).someKey(...)`). */
export function tr(locale: Locale): Strings {
  let s = strings.get(locale);
  if (!s) strings.set(locale, (s = buildStrings(lookup(locale), locale)));
  return s;
}

/** The words drawn into pictures, in `locale`. */
export function imageTr(locale: Locale): ImageText {
  let s = images.get(locale);
  if (!s) images.set(locale, (s = buildImageText(lookup(locale), locale)));
  return s;
}

/** A catalogue as the bot speaks it: commands in the locale's names (for tests and reviewers). */
export const preparedCatalogue = (locale: Locale): Readonly<Record<string, string>> =>
  prepare(catalogues[locale], locale);

/** The source catalogue's keys (for tests and tooling). */
export const sourceCatalogue = en;
