/**
 * Anki fields are HTML; Discord shows markdown. Formatting people use on cards (bold, italics,
 * underline, code, line breaks, lists) is kept, entities are decoded by the parser, everything else
 * is dropped with its markup. Media references are removed: images and sounds are not shown yet.
 */
import { Parser, type Handler } from "htmlparser2";

/** Real card HTML nests a handful of levels; 10,000 is an attack on whoever walks the tree. */
export const MAX_HTML_DEPTH = 100;

export class HtmlTooDeep extends Error {
  constructor() {
    super(`HTML nested more than ${MAX_HTML_DEPTH} levels deep`);
  }
}

export interface FieldText {
  text: string;
  /** True when the field referenced an image or a sound (they are dropped). */
  hadMedia: boolean;
}

const INLINE: Record<string, string> = {
  b: "**",
  strong: "**",
  i: "*",
  em: "*",
  u: "__",
  code: "`",
  s: "~~",
  strike: "~~",
  del: "~~",
};
const BLOCK = new Set([
  "div",
  "p",
  "li",
  "ul",
  "ol",
  "tr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "table",
]);
/** Their text is not content a reader sees. */
const HIDDEN = new Set(["script", "style", "head", "title", "template"]);
const VOID = new Set([
  "br",
  "img",
  "hr",
  "input",
  "meta",
  "link",
  "source",
  "wbr",
  "area",
  "base",
  "col",
  "embed",
  "param",
  "track",
]);
const SOUND = /\[sound:[^\]]*\]/g;
const HAS_SOUND = /\[sound:[^\]]*\]/;
const MARKDOWN = /[\\*_~`|]/g;
/** Only at the start of a line do these make a heading or a quote. */
const LINE_START = /^(\s*)([#>])/;

/** Markdown characters written as text stay text. */
export function escapeMarkdown(text: string, atLineStart = false): string {
  const escaped = text.replace(MARKDOWN, (c) => `\\${c}`);
  return atLineStart ? escaped.replace(LINE_START, "$1\\$2") : escaped;
}

/** Turns one field's parse events into markdown. One instance is reused for every field (see below). */
class MarkdownWriter implements Partial<Handler> {
  out = "";
  depth = 0;
  hidden = 0;
  hadMedia = false;
  lists: { ordered: boolean; n: number }[] = [];

  reset(html: string): void {
    this.out = "";
    this.depth = 0;
    this.hidden = 0;
    this.hadMedia = HAS_SOUND.test(html);
    this.lists = [];
  }

  private newline(): void {
    if (this.out !== "" && !this.out.endsWith("\n")) this.out += "\n";
  }

  onopentag(name: string): void {
    if (!VOID.has(name) && ++this.depth > MAX_HTML_DEPTH) throw new HtmlTooDeep();
    if (HIDDEN.has(name)) this.hidden++;
    if (this.hidden) return;
    if (name === "br") this.out += "\n";
    else if (name === "img" || name === "audio" || name === "video") this.hadMedia = true;
    else if (name === "ul" || name === "ol") {
      this.newline();
      this.lists.push({ ordered: name === "ol", n: 0 });
    } else if (name === "li") {
      this.newline();
      const list = this.lists.at(-1);
      const indent = "  ".repeat(Math.max(0, this.lists.length - 1));
      this.out += list?.ordered ? `${indent}${++list.n}. ` : `${indent}- `;
    } else if (BLOCK.has(name)) this.newline();
    else if (INLINE[name]) this.out += INLINE[name];
  }

  ontext(text: string): void {
    if (this.hidden) return;
    const atLineStart = this.out === "" || this.out.endsWith("\n");
    this.out += escapeMarkdown(text.replace(SOUND, "").replace(/[ \t\r\n]+/g, " "), atLineStart);
  }

  onclosetag(name: string): void {
    if (!VOID.has(name)) this.depth--;
    if (HIDDEN.has(name)) {
      this.hidden--;
      return;
    }
    if (this.hidden) return;
    if (name === "ul" || name === "ol") this.lists.pop();
    if (BLOCK.has(name)) this.newline();
    else if (INLINE[name]) this.out += INLINE[name];
  }
}

// Creating a parser costs more than parsing a card's field; a 20,000-note package has 40,000
// fields. Conversion is synchronous, so one parser, reset before each field, is never shared.
const writer = new MarkdownWriter();
const parser = new Parser(writer, { decodeEntities: true, lowerCaseTags: true });

export function htmlToMarkdown(html: string): FieldText {
  // No tag and no entity: nothing for a parser to do.
  if (!html.includes("<") && !html.includes("&")) {
    writer.reset(html);
    writer.ontext(html);
    return { text: tidy(writer.out), hadMedia: writer.hadMedia };
  }
  writer.reset(html);
  parser.reset();
  parser.write(html);
  parser.end();
  return { text: tidy(writer.out), hadMedia: writer.hadMedia };
}

/** Plain text (Anki text exports with #html:false, Quizlet, CSV): only media references go. */
export function plainField(text: string): FieldText {
  const hadMedia = HAS_SOUND.test(text);
  return { text: tidy(text.replace(SOUND, "")), hadMedia };
}

function tidy(text: string): string {
  return (
    text
      .replace(/\u00a0/g, " ")
      .replace(/[ \t]+\n/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      // <b></b> and friends leave empty markers behind.
      .replace(/(\*\*|__|~~)\s*\1/g, "")
      .trim()
  );
}
