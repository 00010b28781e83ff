/**
 * A problem with a deck file, said two ways: `message`, the English sentence the CLI, the logs and
 * the tests read; and `code` with `params`, from which the bot words the same problem in each
 * member's language (the catalogues' `deckFile.<code>` sentences translate the English templates
 * of src/decks/messages.ts and src/decks/import/messages.ts, placeholders and all).
 */
export type DeckFileParams = Readonly<Record<string, string | number | Said>>;

export interface Said {
  readonly message: string;
  /** Absent for text that comes from a library (a YAML parser's own words). */
  readonly code?: string;
  readonly params?: DeckFileParams;
}

/**
 * `{{name}}` placeholders filled from `params` (i18next's syntax, so the catalogues share the
 * templates); `{{name, number}}` writes a number with thousands separators ("20,000").
 */
export function fill(template: string, params: DeckFileParams): string {
  return template.replace(/\{\{(\w+)(, number)?\}\}/g, (whole, name: string, grouped?: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A value may itself be said (an origin such as "line 4" inside "same front as line 4").
    if (typeof value === "object") return value.message;
    return grouped && typeof value === "number" ? value.toLocaleString("en-US") : String(value);
  });
}

/** A `say(code, params)` for one set of English templates. */
export function sayer<T extends Readonly<Record<string, string>>>(templates: T) {
  return (code: keyof T & string, params: DeckFileParams = {}): Said => ({
    message: fill(templates[code] ?? code, params),
    code,
    params,
  });
}

/** Text from elsewhere (a parser library's message), shown as it is in every language. */
export const verbatim = (message: string): Said => ({ message });
