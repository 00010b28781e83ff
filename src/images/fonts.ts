import { createRequire } from "node:module";
import { GlobalFonts } from "@napi-rs/canvas";

/**
 * Fonts come from npm packages, never the machine, so every host draws the same pixels. Noto Sans
 * covers Latin, Greek and Cyrillic; JP and SC cover kana and Han; Arabic and Hebrew the two
 * right-to-left scripts members' names and decks most often use; Noto Emoji the emoji. Skia falls
 * back along the family list glyph by glyph.
 */
const FILES: [string, string][] = [
  ["@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf", "QD Sans"],
  ["@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf", "QD Sans"],
  ["@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf", "QD JP"],
  ["@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf", "QD SC"],
  ["@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf", "QD Arabic"],
  ["@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf", "QD Arabic"],
  ["@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf", "QD Hebrew"],
  ["@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf", "QD Hebrew"],
  ["@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf", "QD Emoji"],
];

export const FAMILY = `"QD Sans", "QD JP", "QD SC", "QD Arabic", "QD Hebrew", "QD Emoji"`;

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  const require = createRequire(import.meta.url);
  for (const [file, alias] of FILES) {
    if (!GlobalFonts.registerFromPath(require.resolve(file), alias))
      throw new Error(`could not load font ${file}`);
  }
  registered = true;
}

export const font = (px: number, bold = false) => `${bold ? "bold " : ""}${px}px ${FAMILY}`;
