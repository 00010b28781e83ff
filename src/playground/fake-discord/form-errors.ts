/**
 * Discord's `400 Invalid Form Body` (code 50035) for the fake's limit problems: the problems found
 * by limits.ts become the nested `errors` object Discord sends, keyed by the failing field, e.g.
 *
 *   { code: 50035, message: "Invalid Form Body",
 *     errors: { data: { embeds: { "0": { fields: { "3": { value: { _errors: [
 *       { code: "BASE_TYPE_MAX_LENGTH", message: "embeds[0].fields[3].value is 1100 chars (max 1024)" } ] } } } } } } }
 *
 * discord.js flattens that into its error message (`data.embeds[0].fields[3].value[BASE_TYPE_MAX_LENGTH]: ...`),
 * so the bot's log names the field, as it would against Discord.
 */
type Tree = { [key: string]: Tree | { code: string; message: string }[] };

/** Problems whose text starts with a count rather than a path: the field they are about. */
const COUNTED_FIELDS: [RegExp, string][] = [
  [/^\d+ embeds\b/, "embeds"],
  [/^embeds total\b/, "embeds"],
  [/^\d+ action rows\b/, "components"],
  [/^\d+ components\b/, "components"],
  [/^custom_id "/, "components"],
  [/^\d+ autocomplete choices\b/, "choices"],
  [/^autocomplete result\b/, "choices"],
  [/^IS_COMPONENTS_V2\b/, "flags"],
  [/^message is empty\b/, "content"],
];

const PATH = /^((?:[a-z_]+(?:\[\d+\])*)(?:\.[a-z_]+(?:\[\d+\])*)*)/;

/** The field a problem is about, as path segments ("embeds", "0", "fields", "3", "value"). */
export function fieldOf(problem: string): string[] {
  const counted = COUNTED_FIELDS.find(([re]) => re.test(problem));
  const path = counted ? counted[1] : PATH.exec(problem)?.[1];
  if (!path) return [];
  return path.split(".").flatMap((part) => part.split(/\[|\]/).filter(Boolean));
}

function codeOf(problem: string): string {
  if (/\bchars\b.*\bmax\b|\bchars \(must be/.test(problem)) return "BASE_TYPE_MAX_LENGTH";
  if (/^\d+ |has \d+ |\(max \d+\)/.test(problem)) return "BASE_TYPE_MAX_LENGTH";
  if (/empty/.test(problem)) return "BASE_TYPE_REQUIRED";
  return "BASE_TYPE_BAD_VALUE";
}

/** The `errors` object of a 50035 answer; `under` prefixes every field ("data" for interaction callbacks). */
export function formErrors(problems: readonly string[], under: string[] = []): Tree {
  const root: Tree = {};
  for (const problem of problems) {
    let node = root;
    for (const key of [...under, ...fieldOf(problem)]) {
      const next = node[key];
      if (next === undefined || Array.isArray(next)) node = node[key] = {};
      else node = next;
    }
    const list = (node._errors ??= []);
    if (Array.isArray(list)) list.push({ code: codeOf(problem), message: problem });
  }
  return root;
}
