/**
 * Anki's "Notes in Plain Text" export: `#key:value` header lines, then one note a row. The header
 * says the separator, whether fields are HTML, and which columns hold the guid, note type, deck and
 * tags; the remaining columns are the note's fields in order.
 */
import { htmlToMarkdown, plainField, type FieldText } from "./html.js";
import { noteToCards } from "./notes.js";
import { readRows } from "./text-table.js";
import { say } from "./messages.js";
import { ImportProblem, type ImportedItems } from "./types.js";

const HEADER = /^#([a-z ]+):(.*)$/i;
const KNOWN_HEADERS = [
  "separator",
  "html",
  "tags column",
  "columns",
  "notetype column",
  "deck column",
  "guid column",
  "notetype",
  "deck",
  "tags",
  "if matches",
];
const SEPARATORS: Record<string, string> = {
  tab: "\t",
  comma: ",",
  semicolon: ";",
  space: " ",
  pipe: "|",
  colon: ":",
};
/** The format's detail for each named separator, with HTML on and off. */
const FORMATS = {
  tab: ["formatAnkiTextTabHtmlOn", "formatAnkiTextTabHtmlOff"],
  comma: ["formatAnkiTextCommaHtmlOn", "formatAnkiTextCommaHtmlOff"],
  semicolon: ["formatAnkiTextSemicolonHtmlOn", "formatAnkiTextSemicolonHtmlOff"],
  space: ["formatAnkiTextSpaceHtmlOn", "formatAnkiTextSpaceHtmlOff"],
  pipe: ["formatAnkiTextPipeHtmlOn", "formatAnkiTextPipeHtmlOff"],
  colon: ["formatAnkiTextColonHtmlOn", "formatAnkiTextColonHtmlOff"],
} as const;

function formatDetail(separator: string, html: boolean) {
  const name = Object.keys(SEPARATORS).find((k) => SEPARATORS[k] === separator) as
    keyof typeof FORMATS | undefined;
  if (name === undefined)
    return say(html ? "formatAnkiTextOtherHtmlOn" : "formatAnkiTextOtherHtmlOff", { separator });
  return say(FORMATS[name][html ? 0 : 1]);
}

/** An Anki text export starts with at least one of its `#key:value` header lines. */
export function looksLikeAnkiText(text: string): boolean {
  const m = HEADER.exec(text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "");
  return m !== null && KNOWN_HEADERS.includes((m[1] ?? "").toLowerCase());
}

interface AnkiTextHeader {
  separator: string;
  html: boolean;
  /** 0-based columns that are not note fields. */
  guid?: number;
  notetype?: number;
  deck?: number;
  tags?: number;
  notetypeName?: string;
  deckName?: string;
  /** Lines the header took, so row line numbers stay true. */
  lines: number;
}

function readHeaderLines(lines: readonly string[]): AnkiTextHeader {
  const h: AnkiTextHeader = { separator: "\t", html: false, lines: 0 };
  for (const raw of lines) {
    const m = HEADER.exec(raw.replace(/^\uFEFF/, "").replace(/\r$/, ""));
    if (!m) break;
    h.lines++;
    const key = (m[1] ?? "").toLowerCase();
    const value = m[2] ?? "";
    const column = () => {
      const n = Number(value.trim());
      if (!Number.isInteger(n) || n < 1 || n > 100)
        throw new ImportProblem(say("ankiHeaderColumn", { key, value: value.trim() }), h.lines);
      return n - 1;
    };
    if (key === "separator") {
      const sep = SEPARATORS[value.trim().toLowerCase()] ?? value;
      if (sep.length !== 1) throw new ImportProblem(say("ankiHeaderSeparator", { value }), h.lines);
      h.separator = sep;
    } else if (key === "html") h.html = value.trim().toLowerCase() === "true";
    else if (key === "guid column") h.guid = column();
    else if (key === "notetype column") h.notetype = column();
    else if (key === "deck column") h.deck = column();
    else if (key === "tags column") h.tags = column();
    else if (key === "notetype") h.notetypeName = value.trim();
    else if (key === "deck") h.deckName = value.trim();
  }
  return h;
}

export function importAnkiText(text: string): ImportedItems {
  const lines = text.split("\n");
  const header = readHeaderLines(lines);
  const body = lines.slice(header.lines).join("\n");
  const rows = readRows(body, { delimiter: header.separator, relax_quotes: true });
  const field = (raw: string): FieldText => (header.html ? htmlToMarkdown(raw) : plainField(raw));
  const out: ImportedItems = {
    format: "anki-text",
    detail: formatDetail(header.separator, header.html),
    cards: [],
    questions: [],
    skipped: [],
  };
  const special = new Set(
    [header.guid, header.notetype, header.deck, header.tags].filter((c) => c !== undefined),
  );
  const decks = new Set<string>();
  for (const { line, fields } of rows) {
    const at = { line: line + header.lines };
    const notetype = header.notetype === undefined ? header.notetypeName : fields[header.notetype];
    if (header.deck !== undefined && fields[header.deck]) decks.add(fields[header.deck] as string);
    const noteFields = fields.filter((_, i) => !special.has(i)).map(field);
    const cloze =
      /cloze/i.test(notetype ?? "") ||
      (notetype === undefined && /\{\{c\d+::/.test(noteFields[0]?.text ?? ""));
    noteToCards(noteFields, cloze, at, out);
  }
  const deckName = decks.size === 1 ? [...decks][0] : header.deckName;
  if (deckName) out.title = deckName.split("::").pop() ?? deckName;
  return out;
}
