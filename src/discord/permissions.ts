import { PermissionFlagsBits, type ChatInputCommandInteraction, type MessageComponentInteraction } from "discord.js";
import { t } from "../strings.js";
import type { BotContext } from "./context.js";
import { UserError } from "./errors.js";

type MemberInteraction = ChatInputCommandInteraction | MessageComponentInteraction;

export function memberHasRole(i: MemberInteraction, roleId: string): boolean {
  const roles = i.member && "roles" in i.member ? i.member.roles : null;
  return Array.isArray(roles) ? roles.includes(roleId) : !!roles?.cache.has(roleId);
}

/**
 * Moderator actions (deck uploads, settings, daily quizzes): Manage Server, or the server's
 * quiz-moderator role. Checked at run time even though the commands also carry default permissions,
 * because a server can override those.
 */
export async function assertModerator(ctx: BotContext, i: MemberInteraction, guildId: string): Promise<void> {
  if (i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return;
  const { modRoleId } = await ctx.store.settings.get(guildId);
  if (modRoleId && memberHasRole(i, modRoleId)) return;
  throw new UserError(t.moderatorsOnly);
}
