import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DECK_SCHEMA_FILE, deckJsonSchema, deckJsonSchemaText } from "../../src/decks/json-schema.js";
import { BUILTIN_DECKS_DIR, isDeckFileName } from "../../src/decks/registry.js";

// The committed schema is what editors read; it must be what the zod schema generates today.
const committed = readFileSync(DECK_SCHEMA_FILE, "utf8");
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(deckJsonSchema());
const errorsOf = (deck: unknown) =>
  validate(deck) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

const builtIn = readdirSync(BUILTIN_DECKS_DIR).filter(isDeckFileName).sort();

describe("docs/deck.schema.json", () => {
  it("equals what the deck schema generates now (run `npm run deck:schema` after changing it)", () => {
    expect(committed).toBe(deckJsonSchemaText());
  });

  it("is a valid JSON Schema that describes every field for editors", () => {
    const schema = JSON.parse(committed) as {
      $schema: string;
      properties: Record<string, { description?: string }>;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    for (const [name, field] of Object.entries(schema.properties))
      expect(field.description, name).toBeTruthy();
  });

  it.each(builtIn)("accepts the built-in deck %s, which names it on its first line", (name) => {
    const text = readFileSync(join(BUILTIN_DECKS_DIR, name), "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=../docs/deck.schema.json");
    expect(errorsOf(parse(text))).toEqual([]);
  });

  it("rejects what the loader rejects field by field: unknown keys, missing fields, limits, enums", () => {
    expect(errorsOf({ title: "t", cards: [{ front: "f", back: "b" }] })).toEqual([]);
    expect(errorsOf({ title: "t", cards: [{ front: "f", bak: "b" }] })).not.toEqual([]);
    expect(errorsOf({ cards: [] })).not.toEqual([]);
    expect(errorsOf({ title: "x".repeat(101) })).not.toEqual([]);
    expect(
      errorsOf({
        title: "t",
        questions: [
          { difficulty: "trivial", prompt: "p", choices: ["a", "b"], answer: "a", explanation: "e" },
        ],
      }),
    ).not.toEqual([]);
    expect(
      errorsOf({
        title: "t",
        questions: [{ difficulty: "easy", prompt: "p", choices: ["a"], answer: "a", explanation: "e" }],
      }),
    ).not.toEqual([]);
    expect(errorsOf({ title: "t", cards: [{ id: "Not An Id", front: "f", back: "b" }] })).not.toEqual([]);
  });
});
