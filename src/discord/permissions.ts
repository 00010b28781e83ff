import {
  PermissionFlagsBits,
  PermissionsBitField,
  type ChatInputCommandInteraction,
  type MessageComponentInteraction,
} from "discord.js";
import type { Permission } from "../i18n/shape.js";
import type { BotContext } from "./context.js";
import { UserError, type Message } from "./errors.js";

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
  throw new UserError((t) => t.moderatorsOnly);
}

/** Changing who moderates or who may start rounds: Manage Server only, never the moderator role. */
export function assertManageServer(i: MemberInteraction, message: Message): void {
  if (!i.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) throw new UserError(message);
}

/**
 * What a member must be able to do in a channel before the bot posts there for them (a public
 * round, the daily quiz): else a moderator could make the bot speak where they may not.
 */
const POST_PERMISSIONS = [
  ["viewChannel", PermissionFlagsBits.ViewChannel],
  ["sendMessages", PermissionFlagsBits.SendMessages],
] as const satisfies readonly (readonly [Permission, bigint])[];

/**
 * The posting permissions `permissions` lacks (catalogue names: `t.permissions(...)` words them). Unknown permissions (`null`) lack
 * them all: Discord always sends them with an interaction, so their absence is not a pass.
 */
export function missingToPost(
  permissions: Readonly<PermissionsBitField> | string | null | undefined,
): Permission[] {
  const bits = typeof permissions === "string" ? new PermissionsBitField(BigInt(permissions)) : permissions;
  return POST_PERMISSIONS.filter(([, bit]) => !bits?.has(bit)).map(([name]) => name);
}
