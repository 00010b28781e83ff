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
  const { language } = await ctx.store.settings.get(guildId);
  return language ?? toLocale(guildLocale);
}
