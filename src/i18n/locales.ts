/** The languages the bot speaks. English is the source; the others translate its catalogue. */
export const LOCALES = ["en", "es", "pt-BR", "fr", "de", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's own name for itself (shown in `/config`; not translated). */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  es: "Español",
  "pt-BR": "Português (Brasil)",
  fr: "Français",
  de: "Deutsch",
  ja: "日本語",
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Discord's locale codes (https://discord.com/developers/docs/reference#locales) mapped to ours:
 * every Spanish variant to `es`, every English one to `en`; anything we don't speak is English.
 */
export function toLocale(discordLocale: string | null | undefined): Locale {
  if (!discordLocale) return "en";
  if (isLocale(discordLocale)) return discordLocale;
  const language = discordLocale.split("-")[0]!.toLowerCase();
  if (language === "pt") return "pt-BR";
  return isLocale(language) ? language : "en";
}

/** Discord's codes for each of our locales, for `name_localizations` (English is the default name). */
export const DISCORD_CODES: Readonly<Record<Exclude<Locale, "en">, readonly string[]>> = {
  es: ["es-ES", "es-419"],
  "pt-BR": ["pt-BR"],
  fr: ["fr"],
  de: ["de"],
  ja: ["ja"],
};
