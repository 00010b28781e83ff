/**
 * Deck text, deck titles and names are written by whoever uploaded the deck. Markdown such as
 * bold and code spans is welcome, but two things must not render as the bot's own: masked links
 * (`[docs.python.org](https://evil.example)` shows one address and opens another) and mention
 * syntax (`<@&role>` draws a role pill; allowedMentions stops the ping, not the look).
 */

// A zero-width space breaks Discord's parsing of a token without changing what a reader sees,
// inside and outside inline code alike (a backslash escape would show up inside code spans).
const ZWSP = "\u200b";

/** A simple masked link `[text](target)` with an optional `<...>` around the target and a title. */
const MASKED_LINK = /\[([^[\]\n]*)\]\(\s*<?([^\s()<>]+)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;

/**
 * User, role, channel and slash-command mentions (`<@1>`, `<@!1>`, `<@&1>`, `<#1>`, `</name:1>`)
 * and the two mass mentions.
 */
const MENTION = /<(@[!&]?\d+>|#\d+>|\/[^\n<>:]{1,100}:\d+>)/g;
const MASS_MENTION = /@(everyone|here)\b/g;

/** Code spans and fenced blocks: Discord renders neither links nor mentions inside them. */
const CODE = /(```[\s\S]*?```|``[^\n]*?``|`[^`\n]*`)/;

/** Deck text made safe to show: masked links show their real target, mention syntax shows as text. */
export function plain(text: string): string {
  // A masked link is rewritten only outside code, where it would render (inside, the rewrite
  // would change the code). split() with a capturing group puts code at the odd positions.
  const unmasked = text
    .split(CODE)
    .map((part, k) =>
      k % 2 === 1
        ? part
        : part.replace(MASKED_LINK, (_, label: string, target: string) =>
            label.trim() ? `${label} (${target})` : target,
          ),
    )
    .join("");
  // The invisible breaks go everywhere: which backticks pair up can change once this text sits
  // next to other text in a message, so "inside code" here is no promise about the message.
  return (
    unmasked
      // Whatever the simple pattern did not rewrite (nested brackets, parentheses in the target,
      // links inside code) can't form a link once `](` is split.
      .replaceAll("](", `]${ZWSP}(`)
      .replace(MENTION, `<${ZWSP}$1`)
      .replace(MASS_MENTION, `@${ZWSP}$1`)
  );
}

export const plainList = (items: readonly string[]) => items.map(plain);
