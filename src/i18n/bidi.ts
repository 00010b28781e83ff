/**
 * Names and deck text in right-to-left scripts (Arabic, Hebrew, Syriac, Thaana, N'Ko) placed inside
 * a left-to-right sentence make the Unicode bidi algorithm pull neighbouring numbers and
 * punctuation into the right-to-left run ("عنوان: 3 cards" shows as "3 :عنوان cards"). Wrapped in
 * first-strong isolates (U+2068 … U+2069), the value keeps its own direction and the sentence
 * around it keeps its order. Text without such letters is returned as it is.
 */
const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const FSI = "\u2068";
const PDI = "\u2069";

export const hasRtl = (text: string): boolean => RTL.test(text);

export function isolate(text: string): string {
  return hasRtl(text) ? `${FSI}${text}${PDI}` : text;
}
