import { describe, expect, it } from "vitest";
import { matchAnswer, type MatchOptions, type MatchTarget } from "../../src/engine/match.js";

/** What a row expects: "exact", "typo N" (accepted with N edits), "wrong" or "rejected". */
type Want = "exact" | "typo 1" | "typo 2" | "wrong" | "rejected";

type Row = [typed: string, target: string | MatchTarget, want: Want, opts?: MatchOptions];

const outcome = (r: ReturnType<typeof matchAnswer>): Want =>
  r.correct ? (r.kind === "exact" ? "exact" : (`typo ${r.typos}` as Want)) : r.kind;

const ROWS: Row[] = [
  // Case, spaces, Unicode forms
  ["Canberra", "Canberra", "exact"],
  ["canberra", "Canberra", "exact"],
  ["CANBERRA", "Canberra", "exact"],
  ["  Canberra  ", "Canberra", "exact"],
  ["New   York", "New York", "exact"],
  ["New\tYork", "New York", "exact"],
  ["ｃａｎｂｅｒｒａ", "Canberra", "exact"], // full-width letters (NFKC)
  ["ﬁsh", "fish", "exact"], // ligature (NFKC)
  ["Straße", "strasse", "exact"], // ß case-folds to ss
  // Surrounding punctuation and quotes
  ['"Canberra"', "Canberra", "exact"],
  ["“Canberra”", "Canberra", "exact"],
  ["Canberra.", "Canberra", "exact"],
  ["Canberra!", "Canberra", "exact"],
  ["(Canberra)", "Canberra", "exact"],
  ["«Paris»", "Paris", "exact"],
  ["C++", "C++", "exact"],
  ["C", "C++", "wrong"], // symbols are meaning, not noise
  ["C#", "C#", "exact"],
  ["rock-n-roll", "rock n roll", "typo 2"], // inner punctuation is kept, so it counts as edits
  ["rock-'n'-roll", "rock n roll", "wrong"],
  // Leading articles, per language (English by default)
  ["The Hague", "Hague", "exact"],
  ["Hague", "The Hague", "exact"],
  ["an apple", "apple", "exact"],
  ["a", "a", "exact"], // an article alone is the answer itself
  ["el perro", "perro", "exact", { language: "es" }],
  ["los perros", "perros", "exact", { language: "es" }],
  ["una casa", "casa", "exact", { language: "es" }],
  ["la maison", "maison", "exact", { language: "fr" }],
  ["l'eau", "eau", "exact", { language: "fr" }],
  ["l’eau", "eau", "exact", { language: "fr" }],
  ["les chats", "chats", "exact", { language: "fr-CA" }],
  ["der Hund", "Hund", "exact", { language: "de" }],
  ["eine Katze", "Katze", "exact", { language: "de" }],
  ["il gatto", "gatto", "exact", { language: "it" }],
  ["gli amici", "amici", "exact", { language: "it" }],
  ["the dog", "dog", "wrong", { language: "de" }], // "the" is not a German article: 4 extra letters
  ["der Hund", "Hund", "wrong", { language: "en" }],
  ["el perro", "perro", "wrong", { language: "ja" }], // no articles known: kept
  // Accents
  ["cafe", "café", "exact"],
  ["café", "cafe", "exact"],
  ["Malmo", "Malmö", "exact"],
  ["Kobenhavn", "København", "exact"],
  ["cafe", "café", "typo 1", { strictAccents: true }],
  ["año", "ano", "wrong", { strictAccents: true }], // 3 letters: no typo allowed
  ["año", "año", "exact", { strictAccents: true }],
  // Numbers compared as numbers, never with typos
  ["1000", "1,000", "exact"],
  ["1,000", "1000", "exact"],
  ["1000.0", "1000", "exact"],
  ["1000", "1000.00", "exact"],
  ["0.5", ".5", "exact"],
  ["-5", "-5", "exact"],
  ["5", "-5", "wrong"],
  ["10000", "1000", "wrong"],
  ["1001", "1000", "wrong"],
  ["1984", "1984", "exact"],
  ["1948", "1984", "wrong"], // a transposition, but numbers get no typo tolerance
  ["1000 km", "1000", "wrong"],
  // Typo tolerance by length: none up to 3, 1 up to 7, 2 beyond; transpositions are one edit
  ["Canbera", "Canberra", "typo 1"],
  ["Canbrera", "Canberra", "typo 1"], // transposition
  ["Cnabrera", "Canberra", "typo 2"], // two transpositions
  ["Canbxrrx", "Canberra", "typo 2"],
  ["Cxnbxrrx", "Canberra", "wrong"], // three edits
  ["cat", "cot", "wrong"], // 3 letters: exact only
  ["dgo", "dog", "wrong"],
  ["Pairs", "Paris", "typo 1"], // 5 letters: one transposition
  ["Parsi", "Paris", "typo 1"],
  ["Prais", "Paris", "typo 1"],
  ["Pxrxs", "Paris", "wrong"], // 5 letters: two edits is too many
  ["Berlinn", "Berlin", "typo 1"],
  ["Berlni", "Berlin", "typo 1"],
  ["Lisboa", "Lisbon", "typo 1"], // the rule is by length, not by language
  ["Lisbao", "Lisbon", "wrong"],
  ["Mitochondira", "Mitochondria", "typo 1"],
  [`${"x".repeat(199)}y`, "x".repeat(200), "typo 1"], // 200 characters: still forgiven
  [`${"x".repeat(200)}y`, "x".repeat(201), "wrong"], // longer answers must match exactly
  ["X".repeat(201), "x".repeat(201), "exact"],
  ["", "Canberra", "wrong"],
  ["   ", "Canberra", "wrong"],
  ["...", "Canberra", "wrong"],
  // Multi-part backs: each part is accepted, and the whole
  ["to do", "to do / to make", "exact"],
  ["to make", "to do / to make", "exact"],
  ["to do / to make", "to do / to make", "exact"],
  ["color", "color; colour", "exact"],
  ["colour", "color; colour", "exact"],
  ["colr", "color; colour", "typo 1"],
  ["to", "to do / to make", "wrong"],
  ["and/or", "and/or", "exact"], // a slash without spaces is not a separator
  // accept: and reject:
  ["ACT", { answer: "Australian Capital Territory", accept: ["ACT"] }, "exact"],
  ["Sydney", { answer: "Canberra", accept: ["Canberra City"] }, "wrong"],
  ["Canberra Cty", { answer: "Canberra", accept: ["Canberra City"] }, "typo 1"],
  ["Austria", { answer: "Australia", reject: ["Austria"] }, "rejected"],
  ["austria.", { answer: "Australia", reject: ["Austria"] }, "rejected"],
  ["Australa", { answer: "Australia", reject: ["Austria"] }, "typo 1"], // nearer Australia than Austria
  ["Austrlia", { answer: "Australia", reject: ["Austria"] }, "rejected"], // as near the near miss: not taken
  ["Australia", { answer: "Australia", reject: ["Austria"] }, "exact"],
  ["Slovakia", { answer: "Slovenia", reject: ["Slovakia"] }, "rejected"], // 2 edits from Slovenia, but listed
  ["Slovakai", { answer: "Slovenia", reject: ["Slovakia"] }, "wrong"], // 3 edits from Slovenia
  ["Slovenai", { answer: "Slovenia", reject: ["Slovakia"] }, "typo 1"],
  ["Ireland", { answer: "Iceland", reject: ["Ireland"] }, "rejected"],
  ["Icelnad", { answer: "Iceland", reject: ["Ireland"] }, "typo 1"],
  ["Irelnd", { answer: "Iceland", reject: ["Ireland"] }, "wrong"], // a typo of the near miss, not of the answer
  ["100", { answer: "one hundred", accept: ["100"] }, "exact"],
  ["1e2", { answer: "one hundred", accept: ["100"] }, "wrong"],
];

describe("matchAnswer", () => {
  it("has at least 60 cases", () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(60);
  });

  it.each(ROWS.map((r, i) => [i, ...r] as const))("#%i %j vs %j is %s", (_i, typed, target, want, opts) => {
    const t: MatchTarget = typeof target === "string" ? { answer: target } : target;
    expect(outcome(matchAnswer(typed, t, opts))).toBe(want);
  });

  it("says what it matched: the typed text as typed and the form it was taken for", () => {
    expect(matchAnswer("  Canbera ", { answer: "Canberra" })).toEqual({
      correct: true,
      kind: "typo",
      typos: 1,
      typed: "Canbera",
      expected: "Canberra",
    });
    expect(matchAnswer("to make", { answer: "to do / to make" })).toMatchObject({ expected: "to make" });
    expect(matchAnswer("act", { answer: "Australian Capital Territory", accept: ["ACT"] })).toMatchObject({
      kind: "exact",
      expected: "ACT",
    });
  });
});
