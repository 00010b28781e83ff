/**
 * Builders for the Discord API objects the fake sends to the bot (users, guilds, channels,
 * members, messages). Shapes follow the v10 API docs; fields discord.js dereferences without a
 * guard (e.g. `embeds`, `components`, `mentions` on messages, `roles` on members) are always
 * present so discord.js' structure constructors never throw on the fake's data.
 */
import { PermissionFlagsBits } from "discord.js";

type Obj = Record<string, unknown>;

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  bot?: boolean;
}

export interface FakeChannel {
  id: string;
  name: string;
  /** Channel type; 0 = GUILD_TEXT (the default). */
  type?: number;
  /** Permission overwrites in API shape, if a test needs them. */
  permission_overwrites?: Obj[];
}

export interface FakeRole {
  id: string;
  name: string;
  /** Permission bitfield (decimal string or bigint). */
  permissions?: string | bigint;
}

export interface FakeMember {
  user: FakeUser;
  roles?: string[];
  nick?: string | null;
}

export interface FakeGuild {
  id: string;
  name: string;
  ownerId?: string;
  /** Text channels; defaults to none. */
  channels?: FakeChannel[];
  /** Extra roles besides @everyone (whose id is the guild id, as on Discord). */
  roles?: FakeRole[];
  /** Members sent in GUILD_CREATE (the bot's own member is always added). */
  members?: FakeMember[];
  /** Permissions of @everyone; defaults to MEMBER_PERMISSIONS. */
  everyonePermissions?: string | bigint;
  /** The server's language (`preferred_locale`, sent as `guild_locale`); defaults to en-US. */
  locale?: string;
}

const P = PermissionFlagsBits;

/** What a regular member typically has: read/write/react/use commands, nothing moderative. */
export const MEMBER_PERMISSIONS = (
  P.CreateInstantInvite |
  P.AddReactions |
  P.Stream |
  P.ViewChannel |
  P.SendMessages |
  P.EmbedLinks |
  P.AttachFiles |
  P.ReadMessageHistory |
  P.UseExternalEmojis |
  P.Connect |
  P.Speak |
  P.UseVAD |
  P.ChangeNickname |
  P.UseApplicationCommands |
  P.RequestToSpeak |
  P.CreatePublicThreads |
  P.CreatePrivateThreads |
  P.UseExternalStickers |
  P.SendMessagesInThreads |
  P.UseEmbeddedActivities |
  P.SendVoiceMessages |
  P.SendPolls |
  P.UseExternalApps
).toString();

/** A member who can configure the bot (ManageGuild) and moderate quiz messages. */
export const MANAGER_PERMISSIONS = (BigInt(MEMBER_PERMISSIONS) | P.ManageGuild | P.ManageMessages).toString();

/** Every permission bit discord.js knows (what Discord reports for Administrator/owners). */
export const ALL_PERMISSIONS = Object.values(P)
  .reduce((acc, bit) => acc | bit, 0n)
  .toString();

/** The bot's permissions in a channel (`app_permissions`): member + what a quiz bot needs. */
export const DEFAULT_APP_PERMISSIONS = (
  BigInt(MEMBER_PERMISSIONS) |
  P.ManageMessages |
  P.ManageThreads
).toString();

export const DEFAULT_GUILD_ID = "1100000000000000001";
export const DEFAULT_CHANNEL_ID = "1100000000000000002";
export const DEFAULT_BOT_ID = "1100000000000000010";
export const DEFAULT_USER: FakeUser = { id: "1100000000000000100", username: "alice", global_name: "Alice" };

export function defaultGuild(): FakeGuild {
  return {
    id: DEFAULT_GUILD_ID,
    name: "Quiz Test Guild",
    ownerId: "1100000000000000099",
    channels: [{ id: DEFAULT_CHANNEL_ID, name: "general" }],
  };
}

export function userPayload(user: FakeUser): Obj {
  return {
    id: user.id,
    username: user.username,
    global_name: user.global_name ?? null,
    discriminator: "0",
    avatar: null,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
    ...(user.bot ? { bot: true } : {}),
  };
}

export function memberPayload(member: FakeMember, permissions?: string): Obj {
  return {
    user: userPayload(member.user),
    roles: member.roles ?? [],
    nick: member.nick ?? null,
    avatar: null,
    banner: null,
    joined_at: "2024-01-01T00:00:00.000Z",
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
    ...(permissions !== undefined ? { permissions } : {}),
  };
}

export function rolePayload(role: FakeRole, position: number): Obj {
  return {
    id: role.id,
    name: role.name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: String(role.permissions ?? "0"),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function channelPayload(
  guildId: string,
  channel: FakeChannel,
  position: number,
  extra: Obj = {},
): Obj {
  return {
    id: channel.id,
    type: channel.type ?? 0,
    guild_id: guildId,
    name: channel.name,
    position,
    permission_overwrites: channel.permission_overwrites ?? [],
    nsfw: false,
    parent_id: null,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
    ...extra,
  };
}

/** Roles of a guild as the fake models them: @everyone (id = guild id) + a managed bot role + extras. */
export function guildRoles(guild: FakeGuild, botRoleId: string, appPermissions: string): FakeRole[] {
  return [
    { id: guild.id, name: "@everyone", permissions: guild.everyonePermissions ?? MEMBER_PERMISSIONS },
    ...(guild.roles ?? []),
    { id: botRoleId, name: "QuizDeck", permissions: appPermissions },
  ];
}

/**
 * GUILD_CREATE payload. discord.js marks the client ready only after a GUILD_CREATE for every
 * guild listed (as unavailable) in READY, so the fake sends one per configured guild right
 * after READY.
 */
export function guildCreatePayload(
  guild: FakeGuild,
  bot: FakeUser,
  botRoleId: string,
  appPermissions: string,
): Obj {
  const roles = guildRoles(guild, botRoleId, appPermissions);
  const members = [{ user: bot, roles: [botRoleId] }, ...(guild.members ?? [])];
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId ?? DEFAULT_USER.id,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.locale ?? "en-US",
    features: [],
    application_id: null,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    vanity_url_code: null,
    max_members: 500000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    incidents_data: null,
    joined_at: "2024-01-01T00:00:00.000Z",
    large: false,
    unavailable: false,
    member_count: members.length,
    roles: roles.map((r, i) => rolePayload(r, i)),
    emojis: [],
    stickers: [],
    members: members.map((m) => memberPayload(m)),
    channels: (guild.channels ?? []).map((c, i) => {
      // Channels inside GUILD_CREATE carry no guild_id (discord.js fills it in from the guild).
      const { guild_id: _omit, ...rest } = channelPayload(guild.id, c, i);
      return rest;
    }),
    threads: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** Computed permissions of a member in a guild: @everyone + their roles, Administrator = all. */
export function memberPermissions(
  guild: FakeGuild,
  roleIds: string[],
  botRoleId: string,
  appPermissions: string,
): string {
  const roles = guildRoles(guild, botRoleId, appPermissions);
  let bits = 0n;
  for (const role of roles) {
    if (role.id === guild.id || roleIds.includes(role.id)) bits |= BigInt(role.permissions ?? 0);
  }
  return (bits & P.Administrator) !== 0n ? ALL_PERMISSIONS : bits.toString();
}
