/**
 * What the loader and the linter tell a deck's author, in English, keyed by code (see said.ts).
 * The catalogues' `deckFile.<code>` sentences translate these templates; a test checks that every
 * code said exists here and that each locale has it.
 */
import { sayer } from "./said.js";

export const DECK_MESSAGES = {
  // the attachment, before and while it is downloaded
  notADeckFile:
    '"{{name}}" is not a deck file: upload a .yaml, .yml or .json deck, a .csv/.tsv, a Quizlet or Anki .txt export, or an Anki .apkg package.',
  uploadTooBig: '"{{name}}" is {{size}}; the limit is {{limit}}. Split it into smaller decks.',
  uploadedNotAsPackage:
    '"{{name}}" was uploaded as {{type}}, not as an Anki package. Upload the file itself.',
  uploadedNotAsText: '"{{name}}" was uploaded as {{type}}, not as text. Upload the file itself.',
  noAddress: "That attachment has no usable address. Upload the file again.",
  notFromDiscord: "I only download attachments from Discord. Upload the file again.",
  fetchStatus: 'Discord answered {{status}} when I fetched "{{name}}". Upload it again.',
  servedNotAsPackage: '"{{name}}" is served as {{type}}, not as an Anki package.',
  servedNotAsText: '"{{name}}" is served as {{type}}, not as text.',
  downloadTooBig: '"{{name}}" is larger than {{limit}}. Split it into smaller decks.',
  downloadSlow: 'Downloading "{{name}}" took longer than {{seconds}} s. Try again.',
  downloadFailed: 'I couldn\'t download "{{name}}" ({{detail}}). Try again.',
  downloadFailedNetwork: 'I couldn\'t download "{{name}}" (network error). Try again.',

  // the file as a whole
  loadBug: "could not load this file ({{detail}}); this is a quizdeck bug, please report it",
  fileExtension: "deck files must end in {{extensions}}",
  badFileName:
    'the deck id comes from the file name, and "{{id}}" is not a valid id: use 1-32 lowercase letters, digits and \'-\', starting with a letter or digit. Rename the file to "{{suggested}}"',
  fileTooBig: "file is {{size}} KB; the limit is {{limit}} KB. Split it into smaller decks",
  notText:
    "file is not UTF-8 text; a deck must be a YAML or JSON text file saved as UTF-8 (it looks binary or uses another encoding)",
  fileEmpty: "file is empty; a deck needs a title: and at least one card, question or prompt",
  fileNotMapping: "the file must be a mapping of fields (title:, questions:, …), not {{actual}}",

  // what a value is, inside other sentences
  aList: "a list",
  aMapping: "a mapping",
  someText: 'text ("{{text}}")',
  aValue: "{{value}}",

  // YAML
  yaml: "YAML: {{detail}}",
  yamlHint: "YAML: {{detail}}; {{hint}}",
  multipleDocs: "file holds more than one YAML document",
  hintQuoteColon: 'text containing ": " must be put in quotes, e.g. prompt: "What does x: int mean?"',
  hintQuoteStart: "text starting with one of ` @ % | > ' \" [ { must be put in quotes",
  hintTabs: "indent with spaces, not tabs",
  hintOneDocument: "a deck file holds exactly one document; remove the extra '---' line",
  hintIndent: "check the indentation: items of the same list or mapping must start in the same column",
  tooManyTokens: "file has too many separate values for a deck; split it into smaller decks",
  tooManyValues: "file holds more than {{max}} values; split it into smaller decks",
  tooDeep:
    "nesting is deeper than {{max}} levels; a deck needs only 4 (deck → questions → question → choices). Check the indentation",
  tooManyAliases:
    "more than {{max}} aliases (*name) are used; aliases that repeat other aliases can blow up to billions of values, so they are capped",
  unknownAlias: "unknown alias *{{name}}; define &{{name}} before using it",
  selfAlias: "alias *{{name}} refers to the value that contains it",
  keyNotText: "field names must be plain text like title",
  duplicateField:
    'duplicate field "{{key}}": each field may appear only once here; remove or rename one of them',

  // fields, as the schema checks them
  mustNotBeEmpty: "must not be empty",
  missingInDeck: "required field is missing; add {{field}}: to the deck",
  missingInCard: "required field is missing; add {{field}}: to this card",
  missingInQuestion: "required field is missing; add {{field}}: to this question",
  missingInPrompt: "required field is missing; add {{field}}: to this prompt",
  mustBeText: "must be text, not {{actual}}",
  mustBeList: 'must be a list (one "- item" per line), not {{actual}}',
  mustBeMapping: "must be a mapping of fields (key: value lines), not {{actual}}",
  notAllowed: '"{{value}}" is not allowed; use one of: {{allowed}}',
  unknownFieldGuess: 'unknown field "{{key}}"; did you mean "{{guess}}"?',
  unknownFieldList: 'unknown field "{{key}}"; allowed fields: {{allowed}}',
  withSize: "{{problem}} (it has {{size}})",
  textTooLong: "must be at most {{max}} characters",
  badItemId: "id must be 1-40 lowercase letters, digits, '-' or '_'",
  mustBeBoolean: "must be true or false",
  tooManyAlternatives: "allows at most {{max}} entries",
  badCodeLanguage: "language must be a short code-block tag such as python",
  tooFewChoices: "needs at least {{min}} choices",
  tooManyChoices: "allows at most {{max}} choices",
  tooManySteps: "allows at most {{max}} steps",
  tooManyMistakes: "allows at most {{max}} mistakes",
  noConcepts: "needs at least 1 concept",
  tooManyConcepts: "allows at most {{max}} concepts",
  tooManyTags: "allows at most {{max}} tags",
  badDeckLanguage: "language must be a language tag such as en, fr or pt-BR",

  // checks across fields and items (the linter)
  noItems: "deck has no cards, questions or prompts; add at least one",
  tooManyItems: "deck has {{total}} items; the limit is {{limit}}. Split it into several decks",
  duplicateId: 'id "{{id}}" is also used by {{where}}; every item needs its own id',
  duplicateIdFromFront:
    'id "{{id}}" (derived from the front text) is also used by {{where}}; if it is a duplicate remove it, otherwise add an id: line to one of them',
  duplicateIdFromPrompt:
    'id "{{id}}" (derived from the prompt text) is also used by {{where}}; if it is a duplicate remove it, otherwise add an id: line to one of them',
  acceptRepeatsAnswer: '"{{text}}" repeats the answer; it is accepted anyway, remove it',
  rejectIsAccepted:
    '"{{text}}" is also an accepted answer; a near miss must differ from every accepted answer',
  alternativesUntyped:
    "accept: and reject: only apply to typed rounds, and an answer over {{max}} characters is only typed with typed: true",
  choiceRepeats:
    'choice "{{choice}}" repeats "{{earlier}}" (case and spaces are ignored); make every choice different',
  answerIsLetter:
    'answer must equal one of the choices; "{{answer}}" looks like a letter, but answers are the text of the choice, not a letter, because choices are shuffled; write the text of the right choice',
  answerIsLetterMeant:
    'answer must equal one of the choices; "{{answer}}" looks like a letter, but answers are the text of the choice, not a letter, because choices are shuffled; if you meant choice {{letter}}, write answer: "{{meant}}"',
  answerNotAChoice: 'answer must equal one of the choices; closest: "{{closest}}"',
  letterReference:
    '"{{letter}}" refers to a choice by its letter, but choices are shuffled for every player; refer to the choice by its text instead',
  orderDependent:
    '"{{phrase}}" depends on the order of the choices, but they are shuffled; write "{{instead}}" instead',
} as const;

export type DeckMessageCode = keyof typeof DECK_MESSAGES;

export const say = sayer(DECK_MESSAGES);
