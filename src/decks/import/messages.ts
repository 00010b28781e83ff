/**
 * Every sentence the importers say about an uploaded file, as English templates keyed by code. The
 * CLI, the logs and the tests read the English (`Said.message`); the bot words the same code and
 * params in each member's language (the catalogues' `deckFile.<code>`). Parameters are numbers, ids,
 * file names, quoted text from the file, nested `Said`s (an origin such as "line 4") or a library's
 * own words (`detail`), never an English word: where the sentence changes with a word, each variant
 * is its own template.
 */
import { DIFFICULTIES } from "../schema.js";
import { sayer } from "../said.js";

export const IMPORT_MESSAGES = {
  // Where an item came from.
  originLine: "line {{n}}",
  originRow: "row {{n}}",
  originNote: "note {{id}}",
  originLineCloze: "line {{n}} (c{{c}})",
  originNoteCloze: "note {{id}} (c{{c}})",

  // The format, as the uploader is told it (without a more precise detail, the format's name).
  formatCsv: "CSV/TSV with a header row",
  formatQuizlet: "Quizlet export (term and definition a line)",
  formatAnkiText: "Anki notes in plain text",
  formatApkg: "Anki package (.apkg)",
  formatCsvTab: "CSV with a header row (tab-separated)",
  formatCsvComma: "CSV with a header row (comma-separated)",
  formatCsvSemicolon: "CSV with a header row (semicolon-separated)",
  formatQuizletTabLines: "Quizlet export (tab between term and definition, rows on new lines)",
  formatQuizletTabSemicolons: "Quizlet export (tab between term and definition, rows on semicolons)",
  formatQuizletCommaLines: "Quizlet export (comma between term and definition, rows on new lines)",
  formatQuizletCommaSemicolons: "Quizlet export (comma between term and definition, rows on semicolons)",
  formatAnkiTextTabHtmlOn: "Anki notes in plain text (tab-separated, HTML on)",
  formatAnkiTextTabHtmlOff: "Anki notes in plain text (tab-separated, HTML off)",
  formatAnkiTextCommaHtmlOn: "Anki notes in plain text (comma-separated, HTML on)",
  formatAnkiTextCommaHtmlOff: "Anki notes in plain text (comma-separated, HTML off)",
  formatAnkiTextSemicolonHtmlOn: "Anki notes in plain text (semicolon-separated, HTML on)",
  formatAnkiTextSemicolonHtmlOff: "Anki notes in plain text (semicolon-separated, HTML off)",
  formatAnkiTextSpaceHtmlOn: "Anki notes in plain text (space-separated, HTML on)",
  formatAnkiTextSpaceHtmlOff: "Anki notes in plain text (space-separated, HTML off)",
  formatAnkiTextPipeHtmlOn: "Anki notes in plain text (pipe-separated, HTML on)",
  formatAnkiTextPipeHtmlOff: "Anki notes in plain text (pipe-separated, HTML off)",
  formatAnkiTextColonHtmlOn: "Anki notes in plain text (colon-separated, HTML on)",
  formatAnkiTextColonHtmlOff: "Anki notes in plain text (colon-separated, HTML off)",
  formatAnkiTextOtherHtmlOn: 'Anki notes in plain text ("{{separator}}"-separated, HTML on)',
  formatAnkiTextOtherHtmlOff: 'Anki notes in plain text ("{{separator}}"-separated, HTML off)',
  formatApkgCurrent: "Anki package (current Anki layout, collection.anki21b)",
  formatApkgAnki21: "Anki package (Anki 2.1 layout, collection.anki21)",
  formatApkgLegacy: "Anki package (legacy layout, collection.anki2)",

  // Why one row or note was skipped.
  frontQuestionEmpty: "the front/question is empty",
  backAnswerEmpty: "the back/answer is empty",
  badDifficulty: `difficulty "{{difficulty}}" is not one of ${DIFFICULTIES.join(", ")}`,
  quizletNoTab: "no tab between the term and the definition",
  quizletNoComma: "no comma between the term and the definition",
  termEmpty: "the term is empty",
  definitionEmpty: "the definition is empty",
  frontEmpty: "the front is empty",
  backEmpty: "the back is empty",
  mediaOnly: "only images or sounds, which are not shown yet",
  // `example` is the cloze syntax, {{c1::...}} (kept out of the template: it is not a placeholder).
  clozeWithoutDeletion: "a Cloze note without any {{example}} deletion",
  clozeDeletionEmpty: "the cloze deletion is empty",
  noteOneField: "the note has only one field; a card needs a front and a back",
  sameFrontAs: "same front as {{first}}",
  sameQuestionAs: "same question as {{first}}",
  // An item the deck schema refuses (`field` is its path, such as front or choices.1).
  fieldTooLong: "{{field}} must be at most {{max}} characters (it has {{size}})",
  fieldEmpty: "{{field}} must not be empty",
  fieldTooFewChoices: "{{field}} needs at least {{min}} choices",
  fieldTooManyChoices: "{{field}} allows at most {{max}} choices",
  itemDoesNotFit: "it does not fit the deck format",

  // The whole file is refused: any upload (one too big is the loader's fileTooBig, src/decks/messages.ts).
  uploadNotText:
    "file is not UTF-8 text; a deck must be a text file saved as UTF-8 (it looks binary or uses another encoding)",
  importBug: "could not import this file ({{detail}}); this is a quizdeck bug, please report it",
  htmlTooDeep: "HTML nested more than {{max}} levels deep; the file looks damaged or hostile",
  noCardsOrQuestions: "the file has no cards or questions",
  allSkipped:
    "no card or question could be imported: all {{count}} were skipped (first: {{from}}: {{reason}})",
  tooManyCardsAndQuestions:
    "the file makes {{count, number}} cards and questions; the limit is {{max, number}} a deck. Split it into several files",
  // … read from disk by the CLIs.
  notAFile: "not a file",
  fileNotFound: "file not found",
  fileUnreadable: "could not read the file ({{detail}})",

  // Text files (CSV, Quizlet, Anki text): rows.
  tooManyRows:
    "the file has more than {{max, number}} rows; the limit is {{max, number}}. Split it into smaller files",
  rowTooLong:
    "a row is longer than {{max}} KB of text; a card is at most a few hundred characters. Check the quoting near this line",
  quoteNotClosed: 'a quoted field is never closed: a " opens a field that runs to the end of the file',
  quoteNotDoubled: 'a quote (") inside a quoted field must be doubled ("")',
  rowsUnreadable: "could not read the rows: {{detail}}",
  rowsUnreadableOther: "could not read the rows ({{detail}})",
  csvNoHeader:
    "the first row must name the columns: front (or term, question, prompt) and back (or definition, answer); optional: wrong1..wrongN or choices, explanation, hint, difficulty, tags",
  notQuizlet:
    "this does not look like a Quizlet export: {{unsplit}} of {{lines}} lines have no tab or comma between a term and its definition. For a CSV, name the columns in the first row (front,back)",
  ankiHeaderColumn: '#{{key}}: must be a column number from 1, not "{{value}}"',
  ankiHeaderSeparator:
    '#separator: "{{value}}" is not one character or a name (Tab, Comma, Semicolon, Space, Pipe, Colon)',

  // Anki packages: the zip.
  notZip: "this file is not a zip archive, so it is not an Anki package (.apkg)",
  packageTooLarge:
    "the package is {{size}} MB; the limit is {{max}} MB. Export fewer notes, or without media",
  packageUnpacksTooLarge: "the package unpacks to more than {{max}} MB; the limit is {{max}} MB",
  packageTooManyFiles: "the package has more than {{max}} files; the limit is {{max}}",
  packageUnsafeEntry: "the package contains {{entry}}; it is not a package Anki wrote",
  entryNameEmptyOrLong: "an entry with an empty or over-long name",
  entryNameControl: 'an entry named "{{name}}" (control characters or backslashes)',
  entryNameAbsolute: 'an entry with an absolute path ("{{name}}")',
  entryNameOutside: 'an entry that points outside the archive ("{{name}}")',
  entryCompression: '"{{name}}" uses a compression method Anki does not use ({{method}})',
  packageDamaged: "the package is damaged ({{detail}}); export it again from Anki",
  // … the collection in it.
  noCollection:
    "the package has no Anki collection in it (collection.anki2, .anki21 or .anki21b); export the deck again from Anki",
  notZstd:
    "collection.anki21b is not zstd-compressed data; the package is damaged. Export it again from Anki",
  collectionUnreadable:
    "the package's collection is not a readable Anki database ({{detail}}); export the deck again from Anki",
  notACollection:
    "the package's database is not an Anki collection (it has no notes and note types); export the deck again from Anki",
  tooManyNotes:
    "the package has {{count, number}} notes; the limit is {{max, number}}. Export a smaller deck or a subdeck",
  noteTooLong:
    "note {{id}} has {{size}} KB of text; the limit is {{max}} KB a note. The collection looks damaged or hostile",
  noteNoFields: "note {{id}} has no fields; the collection looks damaged",
  noteTooManyFields:
    "note {{id}} has {{count, number}} fields; Anki notes have at most {{max}}. The collection looks damaged or hostile",
  noteHtmlTooDeep:
    "note {{id}}: HTML nested more than {{max}} levels deep; the collection looks damaged or hostile",
  noNoteTypes: "the package's collection has no note types; export the deck again from Anki",
  noteTypesNotJson: "the package's note types are not valid JSON; the collection is damaged",
} as const;

export type ImportCode = keyof typeof IMPORT_MESSAGES;

export const say = sayer(IMPORT_MESSAGES);
