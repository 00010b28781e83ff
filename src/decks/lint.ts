/** Checks that need more than one field or item: the schema checks each field on its own. */
import type { z } from "zod";
import { formatPath, saidFields, type PathPart, type RawIssue } from "./errors.js";
import { say } from "./messages.js";
import type { Said } from "./said.js";
import { itemId } from "./ids.js";
import { LIMITS, type cardSchema, type promptSchema, type questionSchema } from "./schema.js";
import { closest } from "./similar.js";

type CardInput = z.output<typeof cardSchema>;
type QuestionInput = z.output<typeof questionSchema>;
type PromptInput = z.output<typeof promptSchema>;

/** Items that passed the schema; `undefined` marks one that did not (its errors are already reported). */
export interface LintInput {
  cards: readonly (CardInput | undefined)[];
  questions: readonly (QuestionInput | undefined)[];
  prompts: readonly (PromptInput | undefined)[];
}

const LISTS = [
  ["card", "cards"],
  ["question", "questions"],
  ["prompt", "prompts"],
] as const;

export function lintDeck(input: LintInput): RawIssue[] {
  const issues: RawIssue[] = [];
  const total = input.cards.length + input.questions.length + input.prompts.length;
  if (total === 0) {
    issues.push(error([], say("noItems")));
  } else if (total > LIMITS.items) {
    issues.push(error([], say("tooManyItems", { total, limit: LIMITS.items })));
  }
  issues.push(...checkIds(input));
  input.questions.forEach((q, i) => {
    if (q) issues.push(...checkQuestion(q, i), ...checkAlternatives(q, q.answer, ["questions", i]));
  });
  input.cards.forEach((c, i) => {
    if (c) issues.push(...checkAlternatives(c, c.back, ["cards", i]));
  });
  return issues;
}

function checkIds(input: LintInput): RawIssue[] {
  const issues: RawIssue[] = [];
  const seen = new Map<string, { where: string; explicit: boolean }>();
  for (const [kind, list] of LISTS) {
    input[list].forEach((item, i) => {
      if (!item) return;
      const id = itemId(kind, item);
      const explicit = item.id !== undefined;
      const first = seen.get(id);
      if (!first) {
        seen.set(id, { where: formatPath([list, i]), explicit });
        return;
      }
      const path = explicit ? [list, i, "id"] : [list, i];
      if (explicit && first.explicit) {
        issues.push(error(path, say("duplicateId", { id, where: first.where })));
      } else {
        const code = kind === "card" ? "duplicateIdFromFront" : "duplicateIdFromPrompt";
        issues.push(error(path, say(code, { id, where: first.where })));
      }
    });
  }
  return issues;
}

/**
 * `accept:`/`reject:` of a typed answer. The typed matcher forgives far more than case and spaces
 * (docs/decks.md); these catch only the entries that can never have an effect.
 */
function checkAlternatives(
  item: { accept?: string[] | undefined; reject?: string[] | undefined; typed?: boolean | undefined },
  answer: string,
  at: PathPart[],
): RawIssue[] {
  const issues: RawIssue[] = [];
  const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");
  const accepted = new Set([answer, ...(item.accept ?? [])].map(key));
  item.accept?.forEach((text, j) => {
    if (key(text) === key(answer))
      issues.push(warning([...at, "accept", j], say("acceptRepeatsAnswer", { text })));
  });
  item.reject?.forEach((text, j) => {
    if (accepted.has(key(text))) issues.push(error([...at, "reject", j], say("rejectIsAccepted", { text })));
  });
  const isQuestion = at[0] === "questions";
  if (isQuestion && (item.accept || item.reject) && !item.typed && answer.length > LIMITS.typedAnswer) {
    issues.push(warning(at, say("alternativesUntyped", { max: LIMITS.typedAnswer })));
  }
  return issues;
}

function checkQuestion(q: QuestionInput, i: number): RawIssue[] {
  const issues: RawIssue[] = [];
  const at = (...rest: PathPart[]) => ["questions", i, ...rest];

  const firstSeen = new Map<string, string>();
  q.choices.forEach((choice, j) => {
    const key = choice.trim().toLowerCase();
    const earlier = firstSeen.get(key);
    if (earlier === undefined) firstSeen.set(key, choice);
    else issues.push(error(at("choices", j), say("choiceRepeats", { choice, earlier })));
  });

  if (!q.choices.includes(q.answer)) issues.push(error(at("answer"), answerMessage(q.answer, q.choices)));

  const texts: [PathPart[], string][] = [
    [["prompt"], q.prompt],
    [["explanation"], q.explanation],
  ];
  if (q.hint !== undefined) texts.push([["hint"], q.hint]);
  q.steps?.forEach((text, j) => texts.push([["steps", j], text]));
  q.mistakes?.forEach((text, j) => texts.push([["mistakes", j], text]));
  q.choices.forEach((text, j) => texts.push([["choices", j], text]));
  for (const [field, text] of texts) {
    const letter = findLetterReference(text);
    if (letter !== undefined) {
      issues.push(warning(at(...field), say("letterReference", { letter })));
    }
  }
  q.choices.forEach((choice, j) => {
    const match = /\b(?:all|none|both|neither) of the (?:above|below)\b/i.exec(choice);
    if (match) {
      issues.push(
        warning(
          at("choices", j),
          say("orderDependent", {
            phrase: match[0],
            instead: match[0].replace(/the (above|below)/i, "these"),
          }),
        ),
      );
    }
  });
  return issues;
}

const LETTER_ANSWER = /^(?:(?:option|choice)\s+)?\(?([A-Ea-e])[).]?$/i;

function answerMessage(answer: string, choices: readonly string[]): Said {
  const letter = LETTER_ANSWER.exec(answer.trim())?.[1];
  if (letter !== undefined) {
    const meant = choices[letter.toUpperCase().charCodeAt(0) - 65];
    return meant === undefined
      ? say("answerIsLetter", { answer })
      : say("answerIsLetterMeant", { answer, letter: letter.toUpperCase(), meant });
  }
  return say("answerNotAChoice", { closest: closest(answer, choices) ?? "" });
}

/**
 * Phrases that point at a choice by its letter. Inline `code` is skipped first: `max(A, B)` is code,
 * not a reference to choices.
 */
const LETTER_PATTERNS = [
  /\b(?:[Oo]ptions?|[Cc]hoices?|[Ll]etters?|[Aa]nswers?)\s+\(?[A-E]\)?(?![\w'-])/, // Option A, options B and C
  /(?:^|[\s[])\(?[A-E]\)(?=$|[\s.,;:!?])/, // A)  (C)
  /(?:^|[\s(])==?\s*[A-E](?=$|[\s.,;:!?)])/, // = D
  /\b[Aa]nswer\s+(?:is|was|would be|will be)\s*:?\s*\(?[A-E]\)?(?=$|[.,;:!?)]|\s+(?:and|or|because|since|as|not)\b)/, // answer is B
  /\b[A-E]\s+(?:is|was)\s+(?:the\s+)?(?:correct|incorrect|wrong|right)(?:\s+(?:answer|choice|option))?(?=$|[.,;:!?])/, // B is correct.
];

export function findLetterReference(text: string): string | undefined {
  const prose = text.replace(/```[\s\S]*?```/g, " ").replace(/`[^`\n]*`/g, " ");
  for (const pattern of LETTER_PATTERNS) {
    const match = pattern.exec(prose);
    if (match) return match[0].trim();
  }
  return undefined;
}

function error(path: PathPart[], said: Said): RawIssue {
  return { path, ...saidFields(said), severity: "error" };
}
function warning(path: PathPart[], said: Said): RawIssue {
  return { path, ...saidFields(said), severity: "warning" };
}
