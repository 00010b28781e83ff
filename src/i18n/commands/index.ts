import type { Locale } from "../locales.js";
import { DISCORD_CODES } from "../locales.js";
import { de } from "./de.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { ja } from "./ja.js";
import { ptBR } from "./pt-BR.js";
import { localizeMentions } from "../mentions.js";

/**
 * How the slash commands read in each language, keyed by their path in the command tree
 * (`practice.name`, `config.set.timezone.description`, `practice.difficulty.choice.easy`). English
 * is the command definitions themselves. Sentences write commands in English (`/practice deck:…`);
 * src/i18n/mentions.ts rewrites them into each locale's names, as its members' clients show them.
 */
export const commandCatalogues: Readonly<Record<Exclude<Locale, "en">, Readonly<Record<string, string>>>> = {
  es,
  "pt-BR": ptBR,
  fr,
  de,
  ja,
};

/** Discord's `*_localizations` map for one path, or undefined when no locale has it. */
export function localizations(key: string): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  for (const [locale, catalogue] of Object.entries(commandCatalogues) as [
    Exclude<Locale, "en">,
    Record<string, string>,
  ][]) {
    const found = catalogue[key];
    if (found === undefined) continue;
    const text = key.endsWith(".description") ? localizeMentions(found, catalogue) : found;
    for (const code of DISCORD_CODES[locale]) out[code] = text;
  }
  return Object.keys(out).length ? out : undefined;
}
