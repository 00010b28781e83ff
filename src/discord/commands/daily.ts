import { ChannelType, MessageFlags, PermissionFlagsBits } from "discord.js";
import { distinctAnswers } from "../../engine/card-choices.js";
import { dailyQuestionIds, formatTime, nextRunAt, parseTime } from "../../engine/daily.js";
import { memberStrings } from "../locale.js";
import type { Strings } from "../../strings.js";
import { defineCommandGroup, defineSubcommand } from "../command.js";
import type { BotContext } from "../context.js";
import { runDaily } from "../daily/post.js";
import { UserError } from "../errors.js";
import { assertModerator, missingToPost } from "../permissions.js";
import { renderDailyStatus } from "../render/daily.js";
import { plain } from "../render/plain.js";
import { resolveDeck } from "../rounds/resolve-deck.js";
import { requireGuild } from "../rounds/start-round.js";
import { autocompleteDeck, deckOption } from "./deck-option.js";

const TEXT_CHANNELS = [ChannelType.GuildText, ChannelType.GuildAnnouncement] as const;

async function statusEmbed(ctx: BotContext, guildId: string, t: Strings) {
  const [c, settings] = await Promise.all([ctx.store.dailies.get(guildId), ctx.store.settings.get(guildId)]);
  if (!c) return undefined;
  const deck = ctx.decks.get(c.deckId) ?? (await ctx.store.decks.get(guildId, c.deckId))?.deck;
  return renderDailyStatus(c, deck?.title, settings.timezone, t);
}

const set = defineSubcommand({
  name: "set",
  description: "Post a daily quiz in a channel at a local time (moderators)",
  options: [
    {
      type: "channel",
      name: "channel",
      description: "Where to post it",
      required: true,
      channelTypes: TEXT_CHANNELS,
    },
    {
      type: "string",
      name: "time",
      description: "Local time, 24-hour HH:MM (the server's time zone)",
      required: true,
      maxLength: 5,
    },
    { ...deckOption, description: "Deck to ask from (start typing to search)" },
    { type: "integer", name: "questions", description: "Questions per day (1-5, default 1)", min: 1, max: 5 },
  ],
  async execute(ctx, i, args) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    await assertModerator(ctx, i, guildId);
    if (!(TEXT_CHANNELS as readonly ChannelType[]).includes(args.channel.type))
      throw new UserError((t) => t.dailyBadChannel);
    const missing = missingToPost(args.channel.permissions);
    if (missing.length)
      throw new UserError((t) => t.dailyYouCantPost(`<#${args.channel.id}>`, t.permissions(missing)));
    const time = parseTime(args.time);
    if (!time) throw new UserError((t) => t.dailyBadTime(args.time));
    const deck = await resolveDeck(ctx, guildId, args.deck.trim());
    if (dailyQuestionIds(deck, args.questions ?? 1).length === 0) {
      if (deck.cards.length > 0)
        throw new UserError((t) =>
          t.cardsTooFewAnswers(plain(deck.title), distinctAnswers(deck.cards, "front-back"), "backs"),
        );
      throw new UserError((t) => t.dailyDeckEmpty(plain(deck.title)));
    }
    const { timezone } = await ctx.store.settings.get(guildId);
    const now = ctx.now();
    await ctx.store.dailies.update(guildId, (c) => ({
      version: 1,
      channelId: args.channel.id,
      time: formatTime(time),
      deckId: deck.id,
      questions: args.questions ?? 1,
      enabled: true,
      disabledReason: null,
      // Today's post if its time is still ahead, else tomorrow's (`/daily now` posts today's at once).
      nextRunAt: nextRunAt(time, timezone, now),
      rotation: c?.rotation ?? {},
      open: c?.open ?? [],
      setBy: i.user.id,
      updatedAt: now,
    }));
    ctx.daily?.poke();
    ctx.log.info(
      { guild: guildId, by: i.user.id, channel: args.channel.id, time: formatTime(time), deck: deck.id },
      "daily set",
    );
    const embed = await statusEmbed(ctx, guildId, t);
    await i.reply({
      content: t.dailySaved(`<#${args.channel.id}>`, formatTime(time), timezone),
      embeds: embed ? [embed] : [],
      flags: MessageFlags.Ephemeral,
    });
  },
  autocomplete: autocompleteDeck,
});

const off = defineSubcommand({
  name: "off",
  description: "Stop posting the daily quiz (moderators)",
  options: [],
  async execute(ctx, i) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    await assertModerator(ctx, i, guildId);
    const before = await ctx.store.dailies.get(guildId);
    if (!before) throw new UserError((t) => t.dailyNone);
    if (!before.enabled) throw new UserError((t) => t.dailyAlreadyOff);
    await ctx.store.dailies.update(
      guildId,
      (c) => c && { ...c, enabled: false, disabledReason: null, nextRunAt: null, updatedAt: ctx.now() },
    );
    ctx.log.info({ guild: guildId, by: i.user.id }, "daily off");
    await i.reply({ content: t.dailyOff, flags: MessageFlags.Ephemeral });
  },
});

const status = defineSubcommand({
  name: "status",
  description: "When the next daily quiz posts, where, and from which deck",
  options: [],
  async execute(ctx, i) {
    const t = memberStrings(i);
    const embed = await statusEmbed(ctx, requireGuild(i), t);
    await i.reply(
      embed
        ? { embeds: [embed], flags: MessageFlags.Ephemeral }
        : { content: t.dailyNone, flags: MessageFlags.Ephemeral },
    );
  },
});

const now = defineSubcommand({
  name: "now",
  description: "Post today's daily quiz now; it counts as today's (moderators)",
  options: [],
  async execute(ctx, i) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    await assertModerator(ctx, i, guildId);
    const c = await ctx.store.dailies.get(guildId);
    if (!c) throw new UserError((t) => t.dailyNone);
    if (!c.enabled) throw new UserError(c.disabledReason ? t.dailyDisabled[c.disabledReason] : t.dailyNowOff);
    // Posting up to five questions can outlast the 3 s Discord gives for a reply.
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    const r = await runDaily(ctx, guildId, ctx.now(), true);
    const content =
      r.outcome === "posted"
        ? t.dailyNowPosted(`<#${r.channelId}>`)
        : r.outcome === "disabled"
          ? t.dailyDisabled[r.reason]
          : r.outcome === "already-posted"
            ? t.dailyNowAlready
            : t.dailyNowOff;
    await i.editReply({ content });
  },
});

export default defineCommandGroup({
  name: "daily",
  description: "A daily quiz posted in a channel at a set time",
  defaultMemberPermissions: PermissionFlagsBits.ManageGuild,
  subcommands: [set, off, status, now],
});
