import { MessageFlags, PermissionFlagsBits, type APIEmbed } from "discord.js";
import { isTimeZone, type GuildSettings, type SettingsPatch } from "../../store/index.js";
import { memberStrings } from "../locale.js";
import { LANGUAGE_NAMES, LOCALES, toLocale, type Locale, type Strings } from "../../strings.js";
import { defineCommandGroup, defineSubcommand } from "../command.js";
import { rescheduleDaily } from "../daily/reschedule.js";
import { UserError } from "../errors.js";
import { assertManageServer, assertModerator } from "../permissions.js";
import { fitEmbed } from "../render/budget.js";
import { COLORS } from "../render/common.js";
import { requireGuild } from "../rounds/start-round.js";

function renderSettings(s: GuildSettings, t: Strings, language: Locale) {
  const c = t.config;
  const embed: APIEmbed = {
    title: c.title,
    color: COLORS.info,
    fields: [
      { name: c.questions, value: t.number(s.questions), inline: true },
      { name: c.timer, value: t.number(s.timerSeconds), inline: true },
      { name: c.timezone, value: s.timezone, inline: true },
      {
        name: c.starters,
        value: s.corrupt
          ? t.settingsCorruptStarters
          : s.starterRoleId
            ? `<@&${s.starterRoleId}>`
            : c.everyone,
        inline: true,
      },
      {
        name: c.moderators,
        value: c.moderatorsValue(s.modRoleId ? `<@&${s.modRoleId}>` : null),
        inline: true,
      },
      { name: c.pictures, value: c.picturesValue(s.images), inline: true },
      { name: c.language, value: LANGUAGE_NAMES[language], inline: true },
    ],
    footer: { text: c.footer },
  };
  return { embeds: [fitEmbed(embed)], flags: MessageFlags.Ephemeral } as const;
}

const show = defineSubcommand({
  name: "show",
  description: "This server's quiz settings",
  options: [],
  async execute(ctx, i) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    const settings = await ctx.store.settings.get(guildId);
    await i.reply(renderSettings(settings, t, settings.language ?? toLocale(i.guildLocale)));
  },
});

const set = defineSubcommand({
  name: "set",
  description: "Change this server's quiz settings (moderators)",
  options: [
    {
      type: "integer",
      name: "questions",
      description: "Default questions per round (1-20)",
      min: 1,
      max: 20,
    },
    { type: "integer", name: "timer", description: "Default seconds per question (5-120)", min: 5, max: 120 },
    {
      type: "string",
      name: "timezone",
      description: "IANA time zone, e.g. Europe/Berlin (daily streaks, weeks)",
      maxLength: 64,
    },
    {
      type: "role",
      name: "starter_role",
      description: "Only this role may start rounds; @everyone for all (Manage Server only)",
    },
    {
      type: "role",
      name: "moderator_role",
      description: "Quiz moderators besides Manage Server; @everyone clears it (Manage Server only)",
    },
    {
      type: "string",
      name: "images",
      description: "Pictures in /stats, /leaderboard and summaries",
      choices: ["on", "off"],
    },
    {
      type: "string",
      name: "language",
      description: "Language of round posts, reveals, summaries and daily quizzes",
      choices: LOCALES.map((value): { name: string; value: Locale } => ({
        name: LANGUAGE_NAMES[value],
        value,
      })),
    },
  ],
  async execute(ctx, i, args) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    await assertModerator(ctx, i, guildId);
    // A quiz moderator must not be able to hand moderator rights (or round starting) to anyone.
    if (args.starter_role || args.moderator_role) assertManageServer(i, (t) => t.rolesNeedManageServer);
    const patch: SettingsPatch = {};
    if (args.questions !== undefined) patch.questions = args.questions;
    if (args.timer !== undefined) patch.timerSeconds = args.timer;
    if (args.timezone !== undefined) {
      const tz = args.timezone.trim();
      if (!isTimeZone(tz)) throw new UserError((t) => t.badTimezone(tz));
      patch.timezone = tz;
    }
    // The @everyone role has the server's id: choosing it means "no restriction".
    if (args.starter_role)
      patch.starterRoleId = args.starter_role.id === guildId ? null : args.starter_role.id;
    if (args.moderator_role)
      patch.modRoleId = args.moderator_role.id === guildId ? null : args.moderator_role.id;
    if (args.images !== undefined) patch.images = args.images === "on";
    if (args.language !== undefined) patch.language = args.language;
    if (Object.keys(patch).length === 0) throw new UserError((t) => t.settingsNothing);
    const saved = await ctx.store.settings.set(guildId, patch);
    ctx.log.info({ guild: guildId, by: i.user.id, patch }, "settings changed");
    if (patch.timezone !== undefined) {
      const next = await rescheduleDaily(ctx, guildId, saved.timezone);
      if (next !== null)
        ctx.log.info({ guild: guildId, timezone: saved.timezone, nextRunAt: next }, "daily rescheduled");
    }
    await i.reply({
      ...renderSettings(saved, t, saved.language ?? toLocale(i.guildLocale)),
      content: t.settingsSaved,
    });
  },
});

export default defineCommandGroup({
  name: "config",
  description: "This server's quiz settings (Manage Server)",
  defaultMemberPermissions: PermissionFlagsBits.ManageGuild,
  subcommands: [show, set],
});
