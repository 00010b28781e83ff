/**
 * What the importers say is said as codes with parameters (src/decks/import/messages.ts): every code
 * used exists, every template is used, and the English is what the importers said before codes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { whyInvalid } from "../../../src/decks/import/build-deck.js";
import { IMPORT_MESSAGES } from "../../../src/decks/import/messages.js";
import { FORMAT_NAMES } from "../../../src/decks/import/types.js";
import { DECK_MESSAGES } from "../../../src/decks/messages.js";
import type { Said } from "../../../src/decks/said.js";
import { editCollection, makeCloze, writtenByAnkiApkgExport } from "./packages.js";
import { imported, upload } from "./helpers.js";

const SRC = join(import.meta.dirname, "../../../src/decks/import");
const sources = readdirSync(SRC)
  .filter((f) => f.endsWith(".ts") && f !== "messages.ts")
  .map((f) => [f, readFileSync(join(SRC, f), "utf8")] as const);
const codes = Object.keys(IMPORT_MESSAGES);

/** Every code in a said tree (params that are themselves said, such as origins, included). */
function codesIn(said: Said): string[] {
  const nested = Object.values(said.params ?? {}).flatMap((p) => (typeof p === "object" ? codesIn(p) : []));
  return said.code === undefined ? nested : [said.code, ...nested];
}

describe("import messages", () => {
  it("has every code the importers say, and says every code it has", () => {
    for (const [file, text] of sources)
      for (const [, code] of text.matchAll(/\bsay\(\s*"(\w+)"/g))
        expect(codes, `${file}: say("${code}")`).toContain(code);
    const all = sources.map(([, text]) => text).join("\n");
    for (const code of codes) expect(all, `${code} is never said`).toContain(`"${code}"`);
  });

  it("has templates the catalogues can share: camelCase codes, {{name}} or {{name, number}} placeholders only", () => {
    for (const [code, template] of Object.entries(IMPORT_MESSAGES)) {
      expect(code).toMatch(/^[a-z][a-zA-Z0-9]*$/);
      expect(template.replace(/\{\{\w+(, number)?\}\}/g, ""), code).not.toMatch(/\{\{|\}\}/);
    }
  });

  it("shares a code with the loader's messages only for the same sentence", () => {
    const deck: Record<string, string> = DECK_MESSAGES;
    for (const [code, template] of Object.entries(IMPORT_MESSAGES))
      if (code in deck) expect(template, code).toBe(deck[code]);
  });

  it("says why a CSV row is skipped, and where, as codes", () => {
    const r = imported("set.csv", "front,back\nq,a\nq2,\nq,b\n");
    expect(r.imported?.skipped).toEqual([
      {
        from: { message: "line 3", code: "originLine", params: { n: 3 } },
        reason: { message: "the back/answer is empty", code: "backAnswerEmpty", params: {} },
      },
      {
        from: { message: "line 4", code: "originLine", params: { n: 4 } },
        reason: {
          message: "same front as line 2",
          code: "sameFrontAs",
          params: { first: { message: "line 2", code: "originLine", params: { n: 2 } } },
        },
      },
    ]);
  });

  it("says a Quizlet line without a separator, one template per separator", () => {
    const tab = imported("set.txt", "a\tb\nc\nd\te\n").imported!;
    expect(tab.skipped[0]!.reason).toEqual({
      message: "no tab between the term and the definition",
      code: "quizletNoTab",
      params: {},
    });
    const comma = imported("set.txt", "a,b\nc\nd,e\n").imported!;
    expect(comma.skipped[0]!.reason).toMatchObject({
      message: "no comma between the term and the definition",
      code: "quizletNoComma",
    });
    const rows = imported("set.txt", "a,b;c;d,e").imported!;
    expect(rows.skipped[0]!.from).toEqual({ message: "row 2", code: "originRow", params: { n: 2 } });
  });

  it("says a cloze number of an Anki note, in a package and in a text export", async () => {
    const apkg = editCollection(
      await writtenByAnkiApkgExport("Cells", [
        ["{{c1::}} holds {{c2::DNA}}", ""],
        ["no deletion", ""],
      ]),
      makeCloze,
    );
    const [empty, none] = imported("cells.apkg", apkg).imported!.skipped;
    expect(empty!.from).toMatchObject({ code: "originNoteCloze", params: { c: 1 } });
    expect(empty!.from.message).toMatch(/^note \d{13} \(c1\)$/);
    expect(empty!.from.params?.id).toBe(empty!.from.message.slice(5, 18));
    expect(empty!.reason).toMatchObject({
      message: "the cloze deletion is empty",
      code: "clozeDeletionEmpty",
    });
    expect(none!.reason).toEqual({
      message: "a Cloze note without any {{c1::...}} deletion",
      code: "clozeWithoutDeletion",
      params: { example: "{{c1::...}}" },
    });
    const text = imported("cells.txt", "#html:true\nq\ta\n{{c1::}} {{c2::c}}\n").imported!;
    expect(text.skipped[0]!.from).toEqual({
      message: "line 3 (c1)",
      code: "originLineCloze",
      params: { n: 3, c: 1 },
    });
  });

  it("says each format's detail as the English it always was", () => {
    const detail = (name: string, text: string) => imported(name, text).imported!.detail;
    const cases: [string, string, string, string][] = [
      ["a.csv", "front,back\na,b\n", "formatCsvComma", "CSV with a header row (comma-separated)"],
      ["a.csv", "front\tback\na\tb\n", "formatCsvTab", "CSV with a header row (tab-separated)"],
      ["a.csv", "front;back\na;b\n", "formatCsvSemicolon", "CSV with a header row (semicolon-separated)"],
      [
        "a.txt",
        "a\tb\nc\td\n",
        "formatQuizletTabLines",
        "Quizlet export (tab between term and definition, rows on new lines)",
      ],
      [
        "a.txt",
        "a,b;c,d",
        "formatQuizletCommaSemicolons",
        "Quizlet export (comma between term and definition, rows on semicolons)",
      ],
      [
        "a.txt",
        "a\tb;c\td",
        "formatQuizletTabSemicolons",
        "Quizlet export (tab between term and definition, rows on semicolons)",
      ],
      [
        "a.txt",
        "a,b\nc,d\n",
        "formatQuizletCommaLines",
        "Quizlet export (comma between term and definition, rows on new lines)",
      ],
      [
        "a.txt",
        "#separator:tab\n#html:true\na\tb\n",
        "formatAnkiTextTabHtmlOn",
        "Anki notes in plain text (tab-separated, HTML on)",
      ],
      [
        "a.txt",
        "#separator:Pipe\na|b\n",
        "formatAnkiTextPipeHtmlOff",
        "Anki notes in plain text (pipe-separated, HTML off)",
      ],
      [
        "a.txt",
        "#separator:#\n#html:true\na#b\n",
        "formatAnkiTextOtherHtmlOn",
        'Anki notes in plain text ("#"-separated, HTML on)',
      ],
    ];
    for (const [name, text, code, english] of cases)
      expect(detail(name, text), english).toMatchObject({ message: english, code });
    expect(detail("a.txt", "#separator:#\na#b\n").params).toEqual({ separator: "#" });
    expect(Object.values(FORMAT_NAMES).map((s) => s.message)).toEqual([
      "CSV/TSV with a header row",
      "Quizlet export (term and definition a line)",
      "Anki notes in plain text",
      "Anki package (.apkg)",
    ]);
  });

  it("gives a refused file's issue the code and params of its problem", () => {
    const quizlet = upload("notes.txt", "just\nsome\nnotes\n");
    expect(quizlet.ok || quizlet.errors[0]).toMatchObject({
      line: 1,
      message:
        "this does not look like a Quizlet export: 3 of 3 lines have no tab or comma between a term and its definition. For a CSV, name the columns in the first row (front,back)",
      code: "notQuizlet",
      params: { unsplit: 3, lines: 3 },
    });
    const quote = upload("a.csv", 'front,back\n"open,x\n');
    expect(quote.ok || quote.errors[0]).toMatchObject({ line: 2, code: "quoteNotClosed" });
    const binary = upload("a.csv", new Uint8Array([0xff, 0, 1]));
    expect(binary.ok || binary.errors[0]).toMatchObject({
      message:
        "file is not UTF-8 text; a deck must be a text file saved as UTF-8 (it looks binary or uses another encoding)",
      code: "uploadNotText",
    });
    const long = upload("a.csv", `front,back\n${"x".repeat(700)},b\n`);
    expect(long.ok || long.errors[0]).toMatchObject({
      message:
        "no card or question could be imported: all 1 were skipped (first: line 2: front must be at most 600 characters (it has 700))",
      code: "allSkipped",
      params: {
        count: 1,
        from: { code: "originLine", params: { n: 2 } },
        reason: { code: "fieldTooLong", params: { field: "front", max: 600, size: 700 } },
      },
    });
    if (!long.ok) for (const code of codesIn(long.errors[0] as Said)) expect(codes).toContain(code);
  });

  it("says the schema's complaints about a built item as codes, and anything else verbatim", () => {
    const r = imported(
      "q.csv",
      `question,answer,wrong1,hint\nok,a,b,h\nq,a,${"w".repeat(200)},h\nq2,a,b,${"h".repeat(400)}\n`,
    );
    expect(r.imported?.skipped.map((s) => s.reason)).toEqual([
      {
        message: "choices.1 must be at most 150 characters (it has 200)",
        code: "fieldTooLong",
        params: { field: "choices.1", max: 150, size: 200 },
      },
      {
        message: "hint must be at most 300 characters (it has 400)",
        code: "fieldTooLong",
        params: { field: "hint", max: 300, size: 400 },
      },
    ]);
    expect(whyInvalid({ issues: [] }, {})).toMatchObject({ message: "it does not fit the deck format" });
    expect(
      whyInvalid({ issues: [{ path: ["front"], message: "Invalid input", code: "custom" }] }, {}),
    ).toEqual({
      message: "front Invalid input",
    });
    expect(
      whyInvalid(
        {
          issues: [
            {
              path: ["choices"],
              message: "needs at least 2 choices",
              code: "too_small",
              origin: "array",
              minimum: 2,
            },
          ],
        },
        {},
      ),
    ).toEqual({
      message: "choices needs at least 2 choices",
      code: "fieldTooFewChoices",
      params: { field: "choices", min: 2 },
    });
  });
});
