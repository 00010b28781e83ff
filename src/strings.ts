/**
 * The English sentences, shaped as the code uses them (`t.someKey(...)`). The words themselves live
 * in the catalogues (src/i18n/locales/*.ts, English is the source); use `tr(locale)` for another
 * language. Values that come from users or decks are passed through `plain()`
 * (src/discord/render/plain.ts) by the renderers first.
 */
import { en } from "./i18n/locales/en.js";
import { COUNTED, type Counted } from "./i18n/shape.js";
import { imageTr, tr } from "./i18n/index.js";

export { isolate } from "./i18n/bidi.js";
export {
  tr,
  imageTr,
  toLocale,
  LOCALES,
  LANGUAGE_NAMES,
  type Locale,
  type Strings,
  type ImageText,
} from "./i18n/index.js";

/**
 * Forms of a phrase by plural category (Unicode CLDR: zero, one, two, few, many, other). `{n}` stands
 * for the count. The catalogues carry their plurals i18next's way; this is for callers outside them.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const englishPlurals = new Intl.PluralRules("en");

/** The form of `forms` that fits `n`, with `{n}` replaced by it. */
export function plural(n: number, forms: PluralForms, rules: Intl.PluralRules = englishPlurals): string {
  return (forms[rules.select(n)] ?? forms.other).replaceAll("{n}", String(n));
}

const source = en as Readonly<Record<string, string>>;
/** The English counted nouns, as plural forms (read from the source catalogue). */
export const counts = Object.fromEntries(
  COUNTED.map((kind) => [
    kind,
    {
      one: source[`count.${kind}_one`]!.replace("{{count}}", "{n}"),
      other: source[`count.${kind}_other`]!.replace("{{count}}", "{n}"),
    },
  ]),
) as Record<Counted, PluralForms>;

/** English, for code that has no member or server to speak to (logs, the CLI, old call sites). */
export const t = tr("en");

/** Words drawn into the pictures, in English. */
export const imageText = imageTr("en");
