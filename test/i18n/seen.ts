/**
 * What a reader sees, for tests that check a language was spoken throughout: every visible string
 * of a message, embed or modal, and the Latin words left in them once Discord's own markup is set
 * aside (Japanese text has none of its own, so any Latin word was left in English).
 */
import type { APIEmbed } from "discord.js";

interface Body {
  content?: string;
  embeds?: APIEmbed[];
  components?: unknown[];
  title?: string;
}

/** Every string a reader sees in a message or modal: text, embeds, button and menu labels. */
export function seen(body: Body | APIEmbed): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key = ""): void => {
    if (typeof v === "string") {
      if (["content", "title", "description", "name", "value", "text", "label", "placeholder"].includes(key))
        out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object")
      for (const [k, x] of Object.entries(v)) if (k !== "custom_id" && k !== "url") walk(x, k);
  };
  walk(body);
  return out;
}

/**
 * Latin words of three letters or more left once Discord markup (mentions, channels, roles,
 * timestamps), deck ids in code spans and the boolean `True` Discord shows as typed are removed.
 */
export function latinWords(texts: string[]): string[] {
  return texts.flatMap(
    (s) =>
      s
        .replace(/<(@[!&]?|#)\d+>|<t:\d+(:[tTdDfFR])?>/g, " ")
        .replace(/`[a-z0-9-]+`/g, " ")
        .replace(/: True`/g, "`")
        .match(/[A-Za-z]{3,}/g) ?? [],
  );
}
