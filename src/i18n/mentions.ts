/**
 * Catalogues name slash commands as typed in English (`/practice deck:{{id}}`, `/deck add replace:
 * True`, `/review remind off`). Discord shows a member the command names of their client's
 * language, so each locale's sentences are rewritten once, at load, into that locale's names from
 * its command catalogue (`<path>.name`, `<path>.choice.<value>`). Only exact paths of the command
 * tree are rewritten; anything else after a command (prose, placeholders, `True`) is left alone.
 */
export type CommandNames = Readonly<Record<string, string>>;

// A slash starts a command unless a letter, digit or placeholder comes just before it:
// "Europe/Berlin" and "{{n}}/{{of}}" are not commands; "。/config" (Japanese) is.
const COMMAND = /(?<![\p{L}\p{N}}/])\/([a-z][a-z_-]*)/gu;
const END = "(?=$|[\\s`.,;:!?)»”」』）、。])";
// A subcommand is a word not followed by ":" (that would be an option).
const WORD = new RegExp(String.raw`^ ([a-z][a-z_-]*)(?!:)${END}`, "u");
const OPTION = new RegExp(String.raw`^( ?)([a-z][a-z_]*):( ?)(?:([a-z][a-z-]*)${END})?`, "u");

export function localizeMentions(text: string, names: CommandNames): string {
  let out = "";
  let from = 0;
  for (const m of text.matchAll(COMMAND)) {
    if (m.index < from) continue;
    let path = m[1]!;
    if (names[`${path}.name`] === undefined) continue;
    out += `${text.slice(from, m.index)}/${names[`${path}.name`]}`;
    let at = m.index + m[0].length;
    // Subcommand groups and subcommands, then options with their values.
    for (let w = WORD.exec(text.slice(at)); w; w = WORD.exec(text.slice(at))) {
      if (names[`${path}.${w[1]!}.name`] === undefined) break;
      path = `${path}.${w[1]!}`;
      out += ` ${names[`${path}.name`]!}`;
      at += w[0].length;
    }
    for (let o = OPTION.exec(text.slice(at)); o; o = OPTION.exec(text.slice(at))) {
      const option = `${path}.${o[2]!}`;
      if (names[`${option}.name`] === undefined) break;
      const value = o[4] === undefined ? "" : (names[`${option}.choice.${o[4]}`] ?? o[4]);
      out += `${o[1]!}${names[`${option}.name`]!}:${o[3]!}${value}`;
      at += o[0].length;
    }
    from = at;
  }
  return out + text.slice(from);
}
