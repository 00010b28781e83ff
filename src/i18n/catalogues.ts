import { de } from "./locales/de.js";
import { en, type Catalogue } from "./locales/en.js";
import { es } from "./locales/es.js";
import { fr } from "./locales/fr.js";
import { ja } from "./locales/ja.js";
import { ptBR } from "./locales/pt-BR.js";
import type { Locale } from "./locales.js";

/** Every catalogue by locale; test/i18n/catalogues.test.ts checks each against English. */
export const catalogues: Readonly<Record<Locale, Catalogue>> = { en, es, "pt-BR": ptBR, fr, de, ja };
