import { MessageFlags } from "discord.js";
import { formatTime, nextRunAt, parseTime } from "../../engine/daily.js";
import { dueItems, nextDue } from "../../engine/index.js";
import { memberLocale, memberStrings } from "../locale.js";
import { defineCommandGroup, defineSubcommand, defineSubcommandGroup } from "../command.js";
import { UserError } from "../errors.js";
import { relativeTime } from "../render/common.js";
import { resolveReviewItems } from "../review/pick-review.js";
import { reviewIndexOf } from "../review/review-index.js";
import { resolveDeck } from "../rounds/resolve-deck.js";
import { requireGuild, startRound } from "../rounds/start-round.js";
import { autocompleteDeck, deckOption } from "./deck-option.js";

const start = defineSubcommand({
  name: "start",
  description: "A private round of what is due for you: missed questions and due cards, most overdue first",
  options: [
    { ...deckOption, required: false, description: "Only this deck (default: all)" },
    { type: "integer", name: "items", description: "How many items (1-20, default 10)", min: 1, max: 20 },
  ],
  async execute(ctx, i, args) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    const deck = args.deck?.trim() ? await resolveDeck(ctx, guildId, args.deck.trim()) : undefined;
    const deckId = deck?.id;
    const now = ctx.now();
    const index = await reviewIndexOf(ctx, guildId, i.user.id);
    const due = dueItems(index, now, { deckId });
    const { picks, decks } = await resolveReviewItems(ctx, guildId, due, args.items ?? 10);
    if (picks.length === 0) {
      const next = nextDue(index, now, { deckId });
      const content =
        next === null && deck
          ? t.reviewNothingInDeck(deck.title)
          : t.reviewNothingDue(next === null ? null : relativeTime(next));
      await i.reply({ content, flags: MessageFlags.Ephemeral });
      return;
    }
    const only = decks.length === 1 ? decks[0] : undefined;
    await startRound(ctx, i, {
      mode: "review",
      deckId: only?.id ?? "review",
      // A deck of its own for the round's title; each item keeps its own deck (ReviewPick.deckId).
      deck: {
        id: only?.id ?? "review",
        title: t.reviewDeckTitle(only?.title ?? null),
        tags: [],
        cards: [],
        questions: [],
        prompts: [],
      },
      count: picks.length,
      difficulty: "mixed",
      timerMs: 0,
      solo: true,
      reviewItems: picks,
    });
  },
  autocomplete: autocompleteDeck,
});

const on = defineSubcommand({
  name: "on",
  description: "A direct message once a day at a local time when something is due",
  options: [
    {
      type: "string",
      name: "time",
      description: "Local time, 24-hour HH:MM (the server's time zone; default 18:00)",
      maxLength: 5,
    },
  ],
  async execute(ctx, i, args) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    const text = args.time ?? "18:00";
    const time = parseTime(text);
    if (!time) throw new UserError((t) => t.reminderBadTime(text));
    const { timezone } = await ctx.store.settings.get(guildId);
    const now = ctx.now();
    await ctx.store.reminders.update(guildId, i.user.id, () => ({
      version: 1,
      time: formatTime(time),
      enabled: true,
      disabledReason: null,
      nextRunAt: nextRunAt(time, timezone, now),
      failures: 0,
      updatedAt: now,
      locale: memberLocale(i),
    }));
    ctx.reminders?.poke();
    ctx.log.info({ guild: guildId, user: i.user.id, time: formatTime(time) }, "review reminder on");
    await i.reply({ content: t.reminderOn(formatTime(time), timezone), flags: MessageFlags.Ephemeral });
  },
});

const off = defineSubcommand({
  name: "off",
  description: "Stop the daily review reminder",
  options: [],
  async execute(ctx, i) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    const before = await ctx.store.reminders.get(guildId, i.user.id);
    if (!before?.enabled) throw new UserError((t) => t.reminderAlreadyOff);
    await ctx.store.reminders.update(
      guildId,
      i.user.id,
      (c) => c && { ...c, enabled: false, disabledReason: null, nextRunAt: null, updatedAt: ctx.now() },
    );
    ctx.log.info({ guild: guildId, user: i.user.id }, "review reminder off");
    await i.reply({ content: t.reminderOff, flags: MessageFlags.Ephemeral });
  },
});

export default defineCommandGroup({
  name: "review",
  description: "Review what you missed, and daily reminders when something is due",
  subcommands: [
    start,
    defineSubcommandGroup({
      name: "remind",
      description: "A daily direct message when reviews are due",
      subcommands: [on, off],
    }),
  ],
});
