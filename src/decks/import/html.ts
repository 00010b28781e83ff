/**
 * Anki fields are HTML; Discord shows markdown. Formatting people use on cards (bold, italics,
 * underline, code, line breaks, lists) is kept, entities are decoded by the parser, everything else
 * is dropped with its markup. Media references are removed: images and sounds are not shown yet.
 */
import { Parser } from "htmlparser2";

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

export function htmlToMarkdown(html: string): FieldText {
  let out = "";
  let depth = 0;
  let hidden = 0;
  let hadMedia = HAS_SOUND.test(html);
  const lists: { ordered: boolean; n: number }[] = [];
  const newline = () => {
    if (out !== "" && !out.endsWith("\n")) out += "\n";
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (!VOID.has(name) && ++depth > MAX_HTML_DEPTH) throw new HtmlTooDeep();
        if (HIDDEN.has(name)) hidden++;
        if (hidden) return;
        if (name === "br") out += "\n";
        else if (name === "img" || name === "audio" || name === "video") hadMedia = true;
        else if (name === "ul" || name === "ol") {
          newline();
          lists.push({ ordered: name === "ol", n: 0 });
        } else if (name === "li") {
          newline();
          const list = lists.at(-1);
          const indent = "  ".repeat(Math.max(0, lists.length - 1));
          out += list?.ordered ? `${indent}${++list.n}. ` : `${indent}- `;
        } else if (BLOCK.has(name)) newline();
        else if (INLINE[name]) out += INLINE[name];
      },
      ontext(text) {
        if (!hidden)
          out += escapeMarkdown(
            text.replace(SOUND, "").replace(/[ \t\r\n]+/g, " "),
            out === "" || out.endsWith("\n"),
          );
      },
      onclosetag(name) {
        if (!VOID.has(name)) depth--;
        if (HIDDEN.has(name)) {
          hidden--;
          return;
        }
        if (hidden) return;
        if (name === "ul" || name === "ol") lists.pop();
        if (BLOCK.has(name)) newline();
        else if (INLINE[name]) out += INLINE[name];
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  return { text: tidy(out), hadMedia };
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
