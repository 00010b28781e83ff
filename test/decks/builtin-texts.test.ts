/**
 * The built-in decks' texts fixed in issue 14 (all keyed answers were right; these texts were not),
 * and the promise that came with it: every item keeps its id, so players' progress is kept.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadDeckText } from "../../src/decks/load.js";
import type { Deck, Question } from "../../src/decks/schema.js";
import { BUILTIN_DECKS_DIR } from "../../src/decks/registry.js";

function deck(id: string): Deck {
  const result = loadDeckText(readFileSync(join(BUILTIN_DECKS_DIR, `${id}.yaml`)), `decks/${id}.yaml`);
  if (!result.ok) throw new Error(`decks/${id}.yaml does not load`);
  return result.deck;
}

function question(deckId: string, promptPart: string): Question {
  const found = deck(deckId).questions.filter((q) => q.prompt.includes(promptPart));
  expect(found, `one question of ${deckId} asking "${promptPart}"`).toHaveLength(1);
  return found[0]!;
}

/** Every item id of the built-in decks before the text fixes, in deck order. */
const IDS_BEFORE: Record<string, string[]> = {
  "django-async": [
    "c-4260a1f9ca",
    "c-3a6de3a5ae",
    "c-e9933baafb",
    "c-64bd3bbe70",
    "c-6421a0e904",
    "q-eb3ca38dda",
    "q-534503c37b",
    "q-30c4b84fd0",
    "q-b44093dff7",
    "q-15ded4982a",
    "q-3bbd1a74ba",
    "q-78c143f0d1",
    "q-b6febb5449",
    "q-7960bd468a",
    "q-3928f67bbf",
    "q-bc7c7c9968",
    "q-54565d49af",
    "q-6e089d0d49",
    "p-aa74a27673",
    "p-7131fc8372",
  ],
  "js-promises": [
    "c-0c108b7a30",
    "c-9ba9c41df6",
    "c-50c334cb77",
    "c-80bafb6173",
    "c-717b7df2be",
    "c-99a131f2b4",
    "q-fb3382e3a6",
    "q-083b1f2389",
    "q-47f682f003",
    "q-a87f9fbdcf",
    "q-bcff8c675f",
    "q-ca4433d3d4",
    "q-c20a3d1363",
    "q-8ec9ffd66d",
    "q-15fe688959",
    "q-f89c053f34",
    "q-90a79dfcc1",
    "q-936f044816",
    "p-1d4b9e3b8a",
    "p-b703ca28e8",
  ],
  "python-asyncio": [
    "c-64f33bf403",
    "c-1c6fea5497",
    "c-20dfbeb2f8",
    "c-4c6fc08c0a",
    "c-5c97168703",
    "c-3d8331e72b",
    "q-a0d44e07b9",
    "q-a77823b05f",
    "q-d3c828730e",
    "q-0870c4d1e1",
    "q-f440942a87",
    "q-90291650d7",
    "q-0ac512008b",
    "q-c25d8cbb37",
    "q-9b699c8b10",
    "q-44e941abd4",
    "q-836a0f41ff",
    "q-e51f9e1384",
    "p-ceb2a4a66d",
    "p-e6dfd3ed85",
  ],
};

describe("built-in deck texts (issue 14)", () => {
  it.each(Object.keys(IDS_BEFORE))("%s keeps every item's id", (id) => {
    const d = deck(id);
    expect([...d.cards, ...d.questions, ...d.prompts].map((i) => i.id)).toEqual(IDS_BEFORE[id]);
  });

  it("django-async: the async-approach explanation tells the sync ORM and an unawaited aget() apart", () => {
    const q = question("django-async", "Which approach best uses async to avoid");
    expect(q.explanation).toMatch(
      /sync ORM \(get\(\)\) from an async\s+view raises SynchronousOnlyOperation/,
    );
    expect(q.explanation).toMatch(/aget\(\) without await raises nothing but\s+never runs the query/);
    expect(q.explanation).not.toMatch(/ORM without await from an async view fails/);
  });

  it("django-async: under WSGI the keyed choice says the worker can't serve other requests meanwhile", () => {
    const q = question("django-async", "Gunicorn's default synchronous (WSGI)");
    expect(q.answer).toBe("They work, but the worker can't serve other requests while an async view waits");
    expect(q.choices).toContain(q.answer);
    expect([...q.choices, q.explanation].join("\n")).not.toMatch(/no async concurrency gain/);
  });

  it("django-async: no item pins a Django release out of support", () => {
    const d = deck("django-async");
    const text = JSON.stringify(d);
    expect(text).not.toMatch(/Django 4\.2/);
    expect(question("django-async", "runs under an ASGI server on Django 5.2").id).toBe("q-54565d49af");
  });

  it('django-async: "why async views" lists real misconceptions only', () => {
    const q = question("django-async", "Why is using async views in Django important?");
    expect(q.mistakes).not.toContain("Believing async only works with sync code");
    expect(q.mistakes).toContain("Believing async views can't query the database at all");
  });

  it("python-asyncio: wait_for's steps don't describe an inner task (there is none since 3.12)", () => {
    const q = question("python-asyncio", "asyncio.wait_for(fetch(), timeout=1)");
    expect(q.steps.join("\n")).not.toMatch(/inner task/);
    expect(q.steps[0]).toBe(
      "At the deadline wait_for cancels fetch(): CancelledError is raised inside the coroutine it awaits.",
    );
  });

  it("js-promises: every wrong choice about await is plainly false", () => {
    const q = question("js-promises", "What does await do inside an async function?");
    expect(q.choices).not.toContain("Converts the promise into a callback that runs later");
    expect(q.choices).toContain("Cancels the promise if it has not settled within a few seconds");
  });
});
