import type { Interaction } from "discord.js";
import { toLocale, tr, type Locale, type Strings } from "../strings.js";
import type { BotContext } from "./context.js";

/** The member's language, for what only they see (private replies). */
export function memberLocale(i: Pick<Interaction, "locale">): Locale {
  return toLocale(i.locale);
}

/** The member's catalogue, for private replies. */
export function memberStrings(i: Pick<Interaction, "locale">): Strings {
  return tr(memberLocale(i));
}

/**
 * The server's language, for what everyone in a channel sees (round posts, reveals, summaries,
 * dailies): `/config set language`, else Discord's `guild_locale` when we speak it, else English.
 */
export async function serverLocale(
  ctx: BotContext,
  guildId: string,
  guildLocale?: string | null,
): Promise<Locale> {
  return publicLocale(await ctx.store.settings.get(guildId), guildLocale);
}

/** The server's language from settings already read (see serverLocale). */
export function publicLocale(settings: { language: Locale | null }, guildLocale?: string | null): Locale {
  return settings.language ?? toLocale(guildLocale);
}

/** The server's catalogue, for replies everyone in the channel sees (/stats, /leaderboard, /deck list). */
export async function serverStrings(
  ctx: BotContext,
  i: Pick<Interaction, "guildId" | "guildLocale">,
): Promise<Strings> {
  return tr(i.guildId ? await serverLocale(ctx, i.guildId, i.guildLocale) : "en");
}
