import { describe, expect, it } from "vitest";
import { formatIssue, loadDeckText } from "../../src/decks/load.js";
import { expectDeck, expectErrors, loadFixture, onlyError } from "./helpers.js";

describe("loadDeckText: a good deck", () => {
  it("converts every field into the Deck shape", () => {
    const result = loadFixture("good.yaml");
    expect(result.warnings).toEqual([]);
    const deck = expectDeck(result);
    expect(deck.id).toBe("good");
    expect(deck.title).toBe("Python basics");
    expect(deck.tags).toEqual(["python", "beginner"]);
    expect(deck.cards[0]).toEqual({
      id: expect.stringMatching(/^c-[0-9a-f]{10}$/),
      level: "beginner",
      front: "What does len() return for a dict?",
      back: "The number of keys in the dict.",
    });
    expect(deck.cards[1]?.id).toBe("mutable-default");
    expect(deck.questions[0]).toMatchObject({
      id: expect.stringMatching(/^q-[0-9a-f]{10}$/),
      difficulty: "easy",
      code: "xs = [1, 2, 3]\nprint(xs[-1])", // the block scalar's final newline is dropped
      language: "python",
      choices: ["3", "1", "IndexError", "-1"],
      answer: "3",
      steps: ["xs has three items.", "Index -1 means the last one."],
      hint: "Count from the end.",
      mistakes: ["Thinking negative indexes raise IndexError."],
    });
    // Optional lists default to empty; absent optional text stays absent.
    expect(deck.questions[1]).toMatchObject({ steps: [], mistakes: [] });
    expect(deck.questions[1]).not.toHaveProperty("hint");
    expect(deck.questions[1]).not.toHaveProperty("code");
    expect(deck.prompts[0]).toEqual({
      id: expect.stringMatching(/^p-[0-9a-f]{10}$/),
      prompt: "Explain the difference between a list and a tuple.",
      hint: "Think about mutability.",
      concepts: ["mutability", "hashability"],
      modelAnswer: expect.stringContaining("A list can be changed"),
    });
  });

  it("reads unquoted true/false and numbers as the text written, so answers still match choices", () => {
    const deck = expectDeck(loadFixture("good.yaml"));
    expect(deck.questions[2]).toMatchObject({ choices: ["True", "False"], answer: "False" });
    const decimals = expectDeck(
      loadDeckText(
        "title: t\nquestions:\n  - {difficulty: easy, prompt: p, choices: [0.50, 1.0], answer: 0.50, explanation: e}\n",
        "n.yaml",
      ),
    );
    expect(decimals.questions[0]).toMatchObject({ choices: ["0.50", "1.0"], answer: "0.50" });
  });

  it("accepts the same deck as JSON", () => {
    const json = JSON.stringify({
      title: "JSON",
      cards: [{ front: "f", back: "b" }],
      prompts: [{ prompt: "p", concepts: ["c"], model_answer: "m" }],
    });
    const deck = expectDeck(loadDeckText(json, "decks/from-json.json"));
    expect(deck).toMatchObject({
      id: "from-json",
      cards: [{ front: "f", level: "beginner" }],
      prompts: [{ modelAnswer: "m" }],
    });
  });

  it("treats an empty optional field as absent", () => {
    const deck = expectDeck(
      loadDeckText("title: t\ndescription:\ncards:\n  - {front: f, back: b}\n", "e.yaml"),
    );
    expect(deck).not.toHaveProperty("description");
  });
});

describe("loadDeckText: errors point at the line, column and path", () => {
  it("wrong answer names the closest choice", () => {
    expect(onlyError(loadFixture("wrong-answer.yaml"))).toEqual({
      line: 6,
      column: 13,
      path: "questions[0].answer",
      message: 'answer must equal one of the choices; closest: "def"',
    });
  });

  it("a letter answer explains that choices are shuffled and which text was meant", () => {
    const error = onlyError(loadFixture("letter-answer.yaml"));
    expect(error).toMatchObject({ line: 7, column: 13, path: "questions[0].answer" });
    expect(error.message).toMatch(/^answer must equal one of the choices/);
    expect(error.message).toContain("not a letter, because choices are shuffled");
    expect(error.message).toContain('write answer: "def"');
  });

  it("duplicate choices are compared ignoring case and spaces", () => {
    expect(onlyError(loadFixture("duplicate-choices.yaml"))).toEqual({
      line: 8,
      column: 9,
      path: "questions[0].choices[2]",
      message: 'choice "Tuple" repeats "tuple" (case and spaces are ignored); make every choice different',
    });
  });

  it("too many choices gives the limit and the count", () => {
    expect(onlyError(loadFixture("too-many-choices.yaml"))).toEqual({
      line: 5,
      column: 14,
      path: "questions[0].choices",
      message: "allows at most 5 choices (it has 6)",
    });
  });

  it("a missing title says to add it", () => {
    expect(onlyError(loadFixture("missing-title.yaml"))).toEqual({
      line: 1,
      column: 1,
      path: "title",
      message: "required field is missing; add title: to the deck",
    });
  });

  it("an unknown (misspelt) field is reported at its key with a suggestion, once", () => {
    expect(onlyError(loadFixture("unknown-key.yaml"))).toEqual({
      line: 6,
      column: 5,
      path: "questions[0].anwser",
      message: 'unknown field "anwser"; did you mean "answer"?',
    });
  });

  it("an unknown field with no near match lists the allowed fields", () => {
    const error = onlyError(loadDeckText("title: t\ncolour: red\ncards: [{front: f, back: b}]\n", "u.yaml"));
    expect(error).toMatchObject({ line: 2, column: 1, path: "colour" });
    expect(error.message).toBe(
      'unknown field "colour"; allowed fields: title, description, tags, cards, questions, prompts, language, strict_accents',
    );
  });

  it("duplicate ids: explicit ids, and derived ids that collide", () => {
    const errors = expectErrors(loadFixture("duplicate-ids.yaml"));
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatchObject({
      line: 6,
      column: 9,
      path: "cards[1].id",
      message: 'id "loops" is also used by cards[0]; every item needs its own id',
    });
    expect(errors[1]).toMatchObject({ line: 11, column: 5, path: "cards[3]" });
    expect(errors[1]?.message).toMatch(
      /^id "c-[0-9a-f]{10}" \(derived from the front text\) is also used by cards\[2\]/,
    );
    expect(errors[1]?.message).toContain("add an id: line");
  });

  it("a YAML syntax error has its position and a hint", () => {
    const error = onlyError(loadFixture("syntax-error.yaml"));
    expect(error).toMatchObject({ line: 5, column: 12, path: "" });
    expect(error.message).toMatch(/^YAML: Nested mappings are not allowed/);
    expect(error.message).toContain('text containing ": " must be put in quotes');
  });

  it("a JSON deck reports the error at the JSON line", () => {
    expect(onlyError(loadFixture("error.json"))).toEqual({
      line: 13,
      column: 21,
      path: "questions[1].difficulty",
      message: '"extreme" is not allowed; use one of: easy, medium, hard',
    });
  });

  it("duplicate keys are errors", () => {
    const error = onlyError(loadDeckText("title: a\ncards: [{front: f, back: b}]\ntitle: b\n", "d.yaml"));
    expect(error).toMatchObject({ line: 3, column: 1 });
    expect(error.message).toMatch(/^duplicate field "title"/);
  });

  it("reports every schema error at once", () => {
    const text = [
      "title: [not text]",
      "tags: just-one",
      "cards:",
      "  - front: ''",
      "    back: b",
      "    level: expert",
      "",
    ].join("\n");
    const errors = expectErrors(loadDeckText(text, "many.yaml"));
    expect(errors.map((e) => [e.line, e.column, e.path, e.message])).toEqual([
      [1, 8, "title", "must be text, not a list"],
      [2, 7, "tags", 'must be a list (one "- item" per line), not text ("just-one")'],
      [4, 12, "cards[0].front", "must not be empty"],
      [6, 12, "cards[0].level", '"expert" is not allowed; use one of: beginner, intermediate, advanced'],
    ]);
  });

  it("text over a limit says the limit and the length", () => {
    const long = "x".repeat(101);
    const error = onlyError(loadDeckText(`title: ${long}\ncards: [{front: f, back: b}]\n`, "l.yaml"));
    expect(error).toMatchObject({ path: "title", message: "must be at most 100 characters (it has 101)" });
  });

  it("an empty deck, and a deck over the item limit", () => {
    expect(onlyError(loadDeckText("title: t\n", "e.yaml")).message).toBe(
      "deck has no cards, questions or prompts; add at least one",
    );
    const cards = Array.from({ length: 2001 }, (_, i) => `  - {front: "f${i}", back: b}`).join("\n");
    expect(onlyError(loadDeckText(`title: t\ncards:\n${cards}\n`, "big.yaml")).message).toBe(
      "deck has 2001 items; the limit is 2000. Split it into several decks",
    );
  });

  it("a root that is not a mapping, and an empty file", () => {
    expect(onlyError(loadDeckText("- a\n- b\n", "l.yaml")).message).toMatch(
      /^the file must be a mapping of fields .* not a list$/,
    );
    expect(onlyError(loadDeckText("", "e.yaml")).message).toMatch(/^file is empty/);
    expect(onlyError(loadDeckText("# only a comment\n", "e.yaml")).message).toMatch(/^file is empty/);
  });
});

describe("deck ids come from the file name", () => {
  const body = "title: t\ncards: [{front: f, back: b}]\n";

  it.each([
    ["decks/js-promises.yaml", "js-promises"],
    ["C:\\decks\\sql.yml", "sql"],
    ["x1.json", "x1"],
  ])("%s → %s", (file, id) => {
    expect(expectDeck(loadDeckText(body, file)).id).toBe(id);
  });

  it("a bad file name says how to rename it", () => {
    const error = onlyError(loadDeckText(body, "decks/My Deck.yaml"));
    expect(error).toMatchObject({ line: 1, column: 1, path: "" });
    expect(error.message).toContain('Rename the file to "my-deck.yaml"');
  });

  it("other extensions are refused", () => {
    expect(onlyError(loadDeckText(body, "deck.txt")).message).toBe(
      "deck files must end in .yaml, .yml, .json",
    );
  });
});

describe("formatIssue", () => {
  it("prints file:line:col severity path: message", () => {
    const issue = {
      file: "decks/x.yaml",
      line: 12,
      column: 5,
      path: "questions[3].answer",
      message: "m",
      severity: "error" as const,
    };
    expect(formatIssue(issue)).toBe("decks/x.yaml:12:5 error questions[3].answer: m");
    expect(formatIssue({ ...issue, path: "", severity: "warning" })).toBe("decks/x.yaml:12:5 warning: m");
  });
});
