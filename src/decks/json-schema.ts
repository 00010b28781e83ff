import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { deckFileSchema } from "./schema.js";

/**
 * The deck format as a JSON Schema, for editors: VS Code's YAML extension reads it from a
 * `# yaml-language-server: $schema=...` line and completes and checks a deck as it is typed.
 * Generated from the zod schema, so it can't drift from what the loader accepts; checks that need
 * the whole file (duplicate ids, the answer among the choices) stay the linter's.
 */
export const DECK_SCHEMA_FILE = "docs/deck.schema.json";

/**
 * What an editor shows when hovering a field, by path ("cards.front" is `front` in each card).
 * Limits are not repeated here: the schema states them, and the editor shows those too.
 */
const DESCRIPTIONS: Record<string, string> = {
  title: "The deck's name, shown on every question.",
  description: "One or two sentences on what the deck covers, shown in /deck list.",
  tags: "Topics, for finding the deck.",
  language:
    "The language of the deck's answers (en, es, fr, de, it...): typed answers drop that language's leading articles.",
  strict_accents: "Typed answers must get accents right (default: accents are ignored).",
  "cards.accept": "Other answers accepted when the back is typed.",
  "cards.reject": "Near misses that must not pass as typos when typed (e.g. Austria for Australia).",
  "questions.typed": "Can be answered by typing even when the answer is longer than 60 characters.",
  "questions.accept": "Other answers accepted when typed.",
  "questions.reject": "Near misses that must not pass as typos when typed.",
  cards:
    "Front/back cards: studied with /recall, and played as multiple choice (the back is the answer) when the deck has too few questions.",
  "cards.id":
    "A stable id, so progress survives editing the front. Without one it is derived from the front.",
  "cards.level": "beginner (easy), intermediate (medium) or advanced (hard).",
  "cards.front": "The side shown first: a term or a question.",
  "cards.back":
    "The side revealed: a definition or an answer. As multiple choice, the answer and the explanation.",
  questions: "Multiple-choice questions for /practice, /test and the daily quiz.",
  "questions.id":
    "A stable id, so progress survives editing the prompt. Without one it is derived from the prompt and code.",
  "questions.difficulty": "easy, medium or hard. A /test asks 3 easy, 4 medium and 3 hard.",
  "questions.prompt": "The question.",
  "questions.code": "A code snippet shown under the prompt as a code block.",
  "questions.language": "The code block's language tag, e.g. python.",
  "questions.choices": "2 to 5 choices; the answer must be one of them.",
  "questions.answer": "The right choice, written as in choices.",
  "questions.explanation": "Why the answer is right, shown when the question closes.",
  "questions.steps": "Solution steps, shown numbered with the explanation.",
  "questions.hint": "A hint a player may take for half the points.",
  "questions.mistakes": "Common mistakes, shown with the explanation.",
  prompts: "Explain prompts for /explain: the player writes an answer and ticks the concepts they covered.",
  "prompts.id": "A stable id, so progress survives editing the prompt.",
  "prompts.prompt": "What to explain.",
  "prompts.hint": "A hint a player may take.",
  "prompts.concepts": "1 to 10 concepts a good answer covers.",
  "prompts.model_answer": "A model answer, shown when the player is done.",
};

type JsonObject = Record<string, unknown>;
const isObject = (x: unknown): x is JsonObject => typeof x === "object" && x !== null && !Array.isArray(x);

/** The JSON Schema of the field at a dotted path, through arrays' `items`. */
function fieldAt(root: JsonObject, path: string): JsonObject | undefined {
  let node: unknown = root;
  for (const key of path.split(".")) {
    if (isObject(node) && isObject(node.items)) node = node.items;
    node = isObject(node) && isObject(node.properties) ? node.properties[key] : undefined;
  }
  return isObject(node) ? node : undefined;
}

export function deckJsonSchema(): JsonObject {
  // "input": what an author writes, so fields with defaults (tags, cards, level...) are optional.
  const schema: JsonObject = {
    ...z.toJSONSchema(deckFileSchema, { io: "input", target: "draft-2020-12" }),
    title: "quizdeck deck",
    description: "A quizdeck deck file (YAML or JSON). See docs/decks.md.",
  };
  for (const [path, description] of Object.entries(DESCRIPTIONS)) {
    const field = fieldAt(schema, path);
    if (!field) throw new Error(`deck JSON Schema: no field ${path}`);
    field.description = description;
  }
  return schema;
}

/** The file's text: stable key order and a final newline, so the committed copy compares byte for byte. */
export const deckJsonSchemaText = () => JSON.stringify(deckJsonSchema(), null, 2) + "\n";

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await writeFile(DECK_SCHEMA_FILE, deckJsonSchemaText());
  console.log(`wrote ${DECK_SCHEMA_FILE}`);
}
