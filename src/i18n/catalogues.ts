import type { Catalogue } from "./locales/en.js";
import { en } from "./locales/en.js";
import type { Locale } from "./locales.js";

/** Every catalogue by locale. A locale without one falls back to English. */
export const catalogues: Partial<Record<Locale, Catalogue>> = { en };
