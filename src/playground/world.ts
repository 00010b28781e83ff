import {
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  MANAGER_PERMISSIONS,
  type FakeGuild,
  type FakeUser,
} from "./fake-discord/index.js";

/** Someone the page lets you play as; `roles` go on every interaction they send. */
export interface PlayMember {
  user: FakeUser;
  roles: string[];
  /** Shown in the member switcher. */
  label: string;
}

const MODERATOR_ROLE_ID = "1100000000000000050";
const SECOND_GUILD_ID = "1100000000000000201";

const user = (id: string, username: string, global_name: string): FakeUser => ({ id, username, global_name });

export const PLAY_MEMBERS: PlayMember[] = [
  { user: user("1100000000000000100", "alice", "Alice"), roles: [], label: "Alice" },
  { user: user("1100000000000000101", "bob", "Bob"), roles: [], label: "Bob" },
  { user: user("1100000000000000102", "carol", "Carol"), roles: [], label: "Carol" },
  {
    user: user("1100000000000000103", "morgan", "Morgan"),
    roles: [MODERATOR_ROLE_ID],
    label: "Morgan (moderator)",
  },
];

/** The moderator the deck preview acts as (it needs Manage Server for `/deck add`). */
export const PREVIEW_MEMBER = PLAY_MEMBERS[3]!;

/** Two servers with a few channels each; the first is where a previewed deck goes. */
export function playGuilds(): FakeGuild[] {
  const members = PLAY_MEMBERS.map((m) => ({ user: m.user, roles: m.roles }));
  const moderatorRole = { id: MODERATOR_ROLE_ID, name: "Moderator", permissions: MANAGER_PERMISSIONS };
  return [
    {
      id: DEFAULT_GUILD_ID,
      name: "Study Group",
      ownerId: "1100000000000000099",
      roles: [moderatorRole],
      members,
      channels: [
        { id: DEFAULT_CHANNEL_ID, name: "general" },
        { id: "1100000000000000003", name: "practice" },
        { id: "1100000000000000004", name: "daily-question" },
      ],
    },
    {
      id: SECOND_GUILD_ID,
      name: "Book Club",
      ownerId: "1100000000000000099",
      roles: [{ ...moderatorRole, id: "1100000000000000250" }],
      members: members.map((m) => ({ ...m, roles: m.roles.length ? ["1100000000000000250"] : [] })),
      channels: [
        { id: "1100000000000000202", name: "general" },
        { id: "1100000000000000203", name: "quiz-night" },
      ],
    },
  ];
}

/** A member's roles in a guild (the moderator role has a different id in each server). */
export function rolesIn(guild: FakeGuild, member: PlayMember): string[] {
  return guild.members?.find((m) => m.user.id === member.user.id)?.roles ?? [];
}
