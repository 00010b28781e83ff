import type { Card, Deck, Difficulty, ExplainPrompt, Question } from "../../src/decks/schema.js";

export function question(id: string, difficulty: Difficulty, extra: Partial<Question> = {}): Question {
  return {
    id,
    difficulty,
    prompt: `Prompt ${id}?`,
    choices: [`right ${id}`, `wrong1 ${id}`, `wrong2 ${id}`, `wrong3 ${id}`],
    answer: `right ${id}`,
    explanation: `Because ${id}.`,
    steps: [],
    mistakes: [],
    ...extra,
  };
}

export function card(id: string): Card {
  return { id, level: "beginner", front: `front ${id}`, back: `back ${id}` };
}

export function prompt(id: string, extra: Partial<ExplainPrompt> = {}): ExplainPrompt {
  return {
    id,
    prompt: `Explain ${id}`,
    concepts: ["alpha", "beta", "gamma"],
    modelAnswer: `model ${id}`,
    ...extra,
  };
}

const ids = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}${i + 1}`);

/** A deck with `e` easy, `m` medium and `h` hard questions (ids e1.., m1.., h1..). */
export function deck(e = 4, m = 5, h = 4, extra: Partial<Deck> = {}): Deck {
  return {
    id: "demo",
    title: "Demo deck",
    tags: [],
    cards: ids("c", 6).map(card),
    questions: [
      ...ids("e", e).map((id) => question(id, "easy", { hint: `hint ${id}` })),
      ...ids("m", m).map((id) => question(id, "medium")),
      ...ids("h", h).map((id) => question(id, "hard")),
    ],
    prompts: [prompt("p1", { hint: "think of alpha" }), prompt("p2")],
    ...extra,
  };
}
