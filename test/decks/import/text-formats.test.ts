/** CSV/TSV with a header, Quizlet exports and Anki plain-text exports: valid, edge and hostile files. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadDeckText } from "../../../src/decks/load.js";
import { cardPairs, imported, refusal, skippedText, upload } from "./helpers.js";

describe("CSV / TSV with a header row", () => {
  it("makes questions of rows with wrong choices and cards of front/back rows, keeping explanation, hint and difficulty", () => {
    const csv = [
      "Question,Answer,Wrong1,Wrong2,Wrong3,Explanation,Hint,Difficulty",
      "What is 2 + 2?,4,3,5,22,Two pairs make four.,Count on your fingers.,easy",
      '"Capital of France, the country",Paris,Lyon,Marseille,,"She said ""Paris"".",,hard',
      "Mitochondrion,Makes ATP,,,,,,",
    ].join("\r\n");
    const r = imported("Study Set.csv", csv);
    expect(r.imported?.format).toBe("csv");
    expect(r.imported?.detail.message).toBe("CSV with a header row (comma-separated)");
    expect(r.deck.id).toBe("study-set");
    expect(r.fileName).toBe("study-set.yaml");
    expect(r.deck.questions).toEqual([
      expect.objectContaining({
        prompt: "What is 2 + 2?",
        choices: ["4", "3", "5", "22"],
        answer: "4",
        explanation: "Two pairs make four.",
        hint: "Count on your fingers.",
        difficulty: "easy",
      }),
      expect.objectContaining({
        prompt: "Capital of France, the country",
        choices: ["Paris", "Lyon", "Marseille"],
        explanation: 'She said "Paris".',
        difficulty: "hard",
      }),
    ]);
    expect(cardPairs(r)).toEqual([["Mitochondrion", "Makes ATP"]]);
  });

  it("detects tab and semicolon delimiters, a BOM, CRLF, a choices column with the answer among them", () => {
    const tsv = "\uFEFFterm\tdefinition\tchoices\r\nH2O\tWater\tWater|Salt|Sand\r\nNaCl\tSalt\t\r\n";
    const r = imported("chem.tsv", tsv);
    expect(r.imported?.detail.message).toContain("tab-separated");
    expect(r.deck.questions[0]).toMatchObject({
      prompt: "H2O",
      choices: ["Water", "Salt", "Sand"],
      answer: "Water",
      explanation: "Water",
    });
    expect(cardPairs(r)).toEqual([["NaCl", "Salt"]]);
    const semi = imported("semi.csv", "FRONT;BACK\nEins;One\nZwei;Two, or 2\n");
    expect(semi.imported?.detail.message).toContain("semicolon-separated");
    expect(cardPairs(semi)).toEqual([
      ["Eins", "One"],
      ["Zwei", "Two, or 2"],
    ]);
  });

  it("skips rows it cannot use, saying why and on which line, and keeps the rest", () => {
    const r = imported(
      "mixed.csv",
      `front,back\nok,fine\n,no front\nno back,\nok,again\n${"x".repeat(700)},too long\n`,
    );
    expect(cardPairs(r)).toEqual([["ok", "fine"]]);
    expect(skippedText(r)).toEqual([
      "line 3: the front/question is empty",
      "line 4: the back/answer is empty",
      "line 5: same front as line 2",
      "line 6: front must be at most 600 characters (it has 700)",
    ]);
  });

  it("gives the same item ids for the same file, so progress survives a re-import", () => {
    const csv = "front,back\nHund,dog\nKatze,cat\n";
    expect(imported("a.csv", csv).deck.cards.map((c) => c.id)).toEqual(
      imported("a.csv", csv).deck.cards.map((c) => c.id),
    );
  });

  it("produces YAML that loads as the same deck, so an export uploads again unchanged", () => {
    const r = imported("roundtrip.csv", "question,answer,wrong1\nWhich?,This,That\nplain,card\n");
    expect(r.source).toMatch(/^# Imported by quizdeck from roundtrip.csv/);
    const again = loadDeckText(r.source, r.fileName);
    expect(again.ok && again.deck).toEqual(r.deck);
    const reimported = imported(r.fileName, r.source);
    expect(reimported.deck).toEqual(r.deck);
    expect(reimported.source).toBe(r.source);
  });

  it("refuses a header without front and back, an unclosed quote, a 1 MB field and 100,000 rows", () => {
    expect(refusal("x.csv", "name,age\nBob,3\n")).toMatch(/^1: the first row must name the columns: front/);
    expect(refusal("x.csv", 'front,back\na,b\n"never closed,c\n')).toMatch(
      /^3: a quoted field is never closed/,
    );
    expect(refusal("x.csv", `front,back\na,${"y".repeat(100_000)}\n`)).toMatch(/a row is longer than 64 KB/);
    const big = upload("big.csv", `front,back\n${"a,b\n".repeat(300_000)}`);
    expect(big.ok || big.errors[0]?.message).toMatch(/is 1172 KB; the limit is 512 KB/);
    expect(refusal("rows.csv", `front,back\n${"a,b\n".repeat(100_000)}`.slice(0, 500_000))).toMatch(
      /more than 20,000 rows; the limit is 20,000/,
    );
  });

  it("accepts 20,000 rows after the header and a stray quote inside a field", () => {
    // 2,000 distinct fronts (the most a deck keeps), each repeated: the repeats are skipped, not refused.
    const rows = Array.from({ length: 20_000 }, (_, i) => `t${i % 2000},d`).join("\n");
    expect(imported("many.csv", `front,back\n${rows}`).deck.cards).toHaveLength(2000);
    expect(cardPairs(imported("q.csv", 'front,back\nScreen,5" wide\n'))).toEqual([["Screen", '5" wide']]);
  });

  it("refuses binary content saved as .csv", () => {
    expect(refusal("x.csv", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]))).toMatch(
      /not UTF-8 text; .* text file/,
    );
  });
});

describe("docs/decks.md", () => {
  it("shows a CSV example that imports as one question and one card", () => {
    const docs = readFileSync(new URL("../../../docs/decks.md", import.meta.url), "utf8");
    const example = /<!-- imported example -->\s*```csv\n([\s\S]*?)```/.exec(docs)?.[1];
    const r = imported("planets.csv", example ?? "");
    expect(r.deck.questions.map((q) => q.answer)).toEqual(["Jupiter"]);
    expect(cardPairs(r)).toEqual([["Mitochondrion", "Makes most of the cell's ATP"]]);
    expect(r.imported?.skipped).toEqual([]);
  });
});

describe("Quizlet export", () => {
  it("reads tab-separated lines (Quizlet's default) as cards", () => {
    const r = imported(
      "Biology Set 1.txt",
      "cell\tthe smallest unit of life\nDNA\tcarries genetic information\n",
    );
    expect(r.imported?.format).toBe("quizlet");
    expect(r.deck.title).toBe("Biology Set 1");
    expect(cardPairs(r)).toEqual([
      ["cell", "the smallest unit of life"],
      ["DNA", "carries genetic information"],
    ]);
  });

  it("reads comma between term and definition and semicolons between rows, keeping commas in definitions", () => {
    const r = imported("set.txt", "hund,dog, the animal;katze,cat;vogel,bird");
    expect(r.imported?.detail.message).toContain("rows on semicolons");
    expect(cardPairs(r)).toEqual([
      ["hund", "dog, the animal"],
      ["katze", "cat"],
      ["vogel", "bird"],
    ]);
  });

  it("skips a line without a separator and refuses text that is not a term list", () => {
    const r = imported("q.txt", "a\tb\nc\td\njust a line\n");
    expect(skippedText(r)).toEqual(["line 3: no tab between the term and the definition"]);
    expect(refusal("notes.txt", "title: Cells\ncards:\n  - front: x\n    back: y\n")).toMatch(
      /does not look like a Quizlet export/,
    );
  });
});

describe("Anki notes in plain text", () => {
  it("honours #separator, #html, #notetype column, #deck column and #tags column, and makes one card per cloze", () => {
    const txt = [
      "#separator:Pipe",
      "#html:true",
      "#notetype column:1",
      "#deck column:2",
      "#tags column:5",
      "Basic|Biology::Cells|<b>Nucleus</b> &amp; DNA|Holds the <i>genome</i><br>mostly|tag1",
      "Cloze|Biology::Cells|The {{c1::mitochondrion}} makes {{c2::ATP::a molecule}}||tag2",
      "Basic (and reversed card)|Biology::Cells|Ribosome|Makes proteins|",
    ].join("\n");
    const r = imported("anki export.txt", txt);
    expect(r.imported?.format).toBe("anki-text");
    expect(r.deck.title).toBe("Cells");
    expect(cardPairs(r)).toEqual([
      ["**Nucleus** & DNA", "Holds the *genome*\nmostly"],
      ["The [...] makes ATP", "mitochondrion"],
      ["The mitochondrion makes [a molecule]", "ATP"],
      ["Ribosome", "Makes proteins"],
    ]);
  });

  it("keeps plain text with #html:false, quoted multi-line fields, and counts media-only notes as skipped", () => {
    const txt =
      '#separator:tab\n#html:false\nFront <b>literal</b>\t"two\nlines"\n[sound:hello.mp3]\tHello\nq\t\n';
    const r = imported("plain.txt", txt);
    expect(cardPairs(r)).toEqual([["Front <b>literal</b>", "two\nlines"]]);
    expect(skippedText(r)).toEqual([
      "line 5: only images or sounds, which are not shown yet",
      "line 6: the back is empty",
    ]);
  });

  it("refuses a bad #separator and HTML nested 10,000 deep", () => {
    expect(refusal("a.txt", "#separator:abc\nx\ty\n")).toMatch(/^1: #separator: "abc" is not one character/);
    expect(refusal("a.txt", `#separator:tab\n#html:true\n${"<div>".repeat(10_000)}x\ty\n`)).toMatch(
      /HTML nested more than 100 levels deep/,
    );
  });
});
