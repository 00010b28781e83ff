import { PermissionFlagsBits } from "discord.js";
import {
  ALL_PERMISSIONS,
  guildRoles,
  MEMBER_PERMISSIONS,
  type FakeChannel,
  type FakeGuild,
} from "./payloads.js";

const P = PermissionFlagsBits;

/**
 * The bot's permissions in a channel, computed as Discord does: @everyone and the bot's role, then
 * the channel's overwrites (@everyone's, the role's, the bot's own), Administrator overriding all.
 * The REST routes use it to refuse what Discord refuses; interactions report it as app_permissions.
 */
export function botChannelPermissions(
  guild: FakeGuild,
  channel: FakeChannel,
  bot: { userId: string; roleId: string; appPermissions: string },
): bigint {
  let bits = 0n;
  for (const role of guildRoles(guild, bot.roleId, bot.appPermissions)) {
    if (role.id === guild.id || role.id === bot.roleId)
      bits |= BigInt(role.permissions ?? MEMBER_PERMISSIONS);
  }
  if (bits & P.Administrator) return BigInt(ALL_PERMISSIONS);
  const overwrites = (channel.permission_overwrites ?? []) as {
    id?: unknown;
    allow?: unknown;
    deny?: unknown;
  }[];
  const apply = (id: string) => {
    const o = overwrites.find((x) => String(x.id) === id);
    if (!o) return;
    bits &= ~BigInt(String(o.deny ?? 0));
    bits |= BigInt(String(o.allow ?? 0));
  };
  apply(guild.id);
  apply(bot.roleId);
  apply(bot.userId);
  return bits;
}

/** Discord's answer to a post the bot may not make: 50001 without View Channel, 50013 without Send Messages. */
export function missingSendPermission(bits: bigint): "view" | "send" | undefined {
  if (!(bits & P.ViewChannel)) return "view";
  if (!(bits & P.SendMessages)) return "send";
  return undefined;
}
