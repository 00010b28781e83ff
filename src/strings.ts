/**
 * Every sentence a user reads. One module so wording stays consistent (and translatable).
 * Values that come from users or decks are passed through `plain()` (src/discord/render/plain.ts)
 * by the renderers first.
 */

/**
 * Forms of a phrase by plural category (Unicode CLDR: zero, one, two, few, many, other). English
 * needs `one` and `other`; a translation supplies the categories its language has, and the rules
 * for its locale pick one. `{n}` stands for the count.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const englishPlurals = new Intl.PluralRules("en");

/** The form of `forms` that fits `n`, with `{n}` replaced by it. */
export function plural(n: number, forms: PluralForms, rules: Intl.PluralRules = englishPlurals): string {
  return (forms[rules.select(n)] ?? forms.other).replaceAll("{n}", String(n));
}

/** Counted nouns, one entry per thing counted; renderers never add an "s" themselves. */
export const counts = {
  days: { one: "{n} day", other: "{n} days" },
  items: { one: "{n} item", other: "{n} items" },
  cards: { one: "{n} card", other: "{n} cards" },
  questions: { one: "{n} question", other: "{n} questions" },
  prompts: { one: "{n} prompt", other: "{n} prompts" },
  problems: { one: "{n} problem", other: "{n} problems" },
  points: { one: "{n} pt", other: "{n} pts" },
  pointsWord: { one: "{n} point", other: "{n} points" },
  decks: { one: "{n} deck", other: "{n} decks" },
  players: { one: "{n} player", other: "{n} players" },
  warnings: { one: "{n} warning", other: "{n} warnings" },
} satisfies Record<string, PluralForms>;

export const t = {
  genericFailure: (ref: string) =>
    `Something went wrong on our side; nothing you did. Please try again. (ref \`${ref}\`)`,
  storeUnavailable:
    "I can't reach my storage right now, so I couldn't save that. Please try again in a minute.",
  unknownDeck: (id: string) => `There is no deck called "${id}" here. Use \`/deck list\` to see the decks.`,
  deckEmptyFor: (deck: string, what: string) => `The deck "${deck}" has no ${what}. Try another deck or mode.`,
  cardsTooFewAnswers: (deck: string, distinct: number, side: "backs" | "fronts") =>
    `The cards of "${deck}" can't be played as multiple choice: they have ${distinct} different ${side}, and each question needs its answer and 3 different wrong ones taken from other cards. Add cards until there are at least 4 different ${side}, or study these with \`/recall\`.`,
  channelBusy: (deck: string, host: string) =>
    `A round of "${deck}" started by ${host} is already running in this channel. Wait for it to finish, or ask its host or a moderator to end it with \`/stop\`.`,
  settingsCorrupt:
    "I can't read this server's quiz settings, so only members with Manage Server can start rounds for now. Ask one to save the settings again with `/config set`.",
  settingsCorruptStarters: "Manage Server only, until the settings are saved again (the stored ones are unreadable)",
  notAllowedToStart: "Only members with the quiz role (or Manage Server) can start rounds in this server.",
  botMissingPermissions: (missing: string) =>
    `I can't run a round in this channel: I need ${missing} here. Ask a moderator to give me those permissions, or play privately with \`solo: True\`.`,
  guildOnly: "This command works in a server, not in direct messages.",
  roundStarted: (mode: string, deck: string, count: number, host: string) =>
    `${host} started a ${mode} round of **${deck}**: ${plural(count, counts.items)}. Answer with the buttons!`,
  privateRoundReplaced: "(Your previous private round was ended.)",

  // clicks
  badButton: "I don't recognise that button. It may be from an old version of the bot; start a new round.",
  roundEnded: "This round has ended. Start a new one with `/practice`.",
  questionClosed: "This question has closed; the answer is shown on the message.",
  notYourButton: "That button belongs to someone else's private round.",
  notCurrent: "That question is no longer open.",
  duplicateAnswer: (letter: string) => `You already answered **${letter}**; your first answer stands.`,
  /** The award was stored before a restart that lost the round's note of the answer. */
  answerAlreadyCounted: "You already answered this question; your first answer stands.",
  correct: (points: number, streak: number) =>
    `✅ Correct! +${plural(points, counts.pointsWord)}. Answer streak: ${streak}${streak >= 3 ? " 🔥" : ""}`,
  wrong: (letter: string) =>
    `❌ Not quite: you chose **${letter}**. The answer is revealed when the question closes. Your answer streak resets.`,
  wrongSolo: (letter: string, correctLetter: string) =>
    `❌ Not quite: you chose **${letter}**; the answer is **${correctLetter}**.`,
  hint: (hint: string) => `💡 Hint: ${hint}\n*(Using the hint halves your points on this question.)*`,
  noHint: "This one has no hint. Trust yourself!",
  onlyHostReveals: "Only the round's host (or a member with Manage Messages) can reveal early.",
  gradeSaved: (grade: string, when: string) => `Saved as **${grade}**. Next review ${when}.`,
  conceptsResult: (got: number, total: number) => `You got **${got}/${total}** concepts.`,
  stopDone: (deck: string) => `Stopped the round of "${deck}".`,
  stopNone: "There is no round running in this channel.",
  stopNotAllowed: "Only the round's host or a member with Manage Messages can stop it.",
  restarting: "⏹️ The bot is restarting, so this round has ended. Points already earned are saved.",
  interrupted: "⏹️ This round was interrupted when the bot stopped unexpectedly. Points already earned are saved.",
  idleEnded: "⏹️ This private round ended because nobody clicked for a long while. Start a new one any time.",
  stoppedBy: (who: string) => `⏹️ Round stopped by ${who}.`,

  // typed answers
  typedCorrect: (points: string) => `✅ Correct${points}`,
  typedTypo: (n: number, typed: string, expected: string, points: string) =>
    `✅ Accepted with ${n} ${n === 1 ? "typo" : "typos"}: "${typed}" → ${expected}${points}`,
  typedPoints: (points: number, streak: number) => `! +${points} points. Answer streak: ${streak}${streak >= 3 ? " 🔥" : ""}`,
  typedWrong: "❌ Not quite. The answer is revealed when the question closes. If you think you were right, say so below.",
  typedWrongSolo: (expected: string) => `❌ Not quite: the answer is **${expected}**.`,
  typedRejected: "❌ Not quite: that is a known near miss. The answer is revealed when the question closes.",
  typedAlready: (typed: string) => `You already answered "${typed}"; your first answer stands.`,
  typedModalTitle: (n: number, of: number) => `Your answer (${n}/${of})`,
  typedModalLabel: "Answer",
  typedLeftOut: (n: number) => ` (${n} ${n === 1 ? "question" : "questions"} with long answers left out: they are for clicking)`,
  noneTypeable: (deck: string) =>
    `Nothing in "${deck}" can be typed: every answer is over 60 characters and none is marked \`typed: true\`. Play it with \`mode: choices\`.`,
  overrideDone: "Counted as right for your stats and review schedule (marked as your call). It earns no leaderboard points.",
  overrideCardDone: (when: string) => `Counted as right: next review ${when}.`,
  overrideAlready: "You already said you were right on this one.",
  overrideNothing: "There is nothing to correct here: only a typed miss or an Again grade can be counted as right.",

  // information
  leaderboardWeek: "🏆 Leaderboard: this week",
  leaderboardAll: "🏆 Leaderboard: all time",
  leaderboardEmpty: "No points yet. Start a round with `/practice`!",
  yourRank: (rank: number, players: number, points: number) => `You: #${rank} of ${players} with ${plural(points, counts.points)}`,
  notRanked: "You have no points here yet.",
  statsTitle: "📊 Study stats",
  cooldown: (seconds: number) => `You just asked that. Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`,
  deckListTitle: "📚 Decks",
  deckListEmpty: "No decks yet.",

  // moderators
  moderatorsOnly: "Only members with Manage Server or this server's quiz-moderator role can do that. Nothing was changed.",
  deckAdded: (id: string, title: string, replaced: boolean) =>
    `${replaced ? "Replaced" : "Added"} deck \`${id}\` (**${title}**). Everyone here can play it now: \`/practice deck:${id}\`.`,
  deckRejected: (file: string, errors: number) =>
    `\`${file}\` was not saved: ${plural(errors, counts.problems)} to fix. Check it locally with \`npm run deck:check -- ${file}\`, or see docs/decks.md.`,
  deckExists: (id: string) => `This server already has a deck \`${id}\`. Upload again with \`replace: True\` to overwrite it, or rename the file.`,
  deckBuiltIn: (id: string) => `\`${id}\` is a built-in deck's id. Rename your file (the file name is the deck id).`,
  deckLimit: (max: number) => `This server has reached its limit of ${plural(max, counts.decks)}. Remove one with \`/deck remove\` first.`,
  deckRemoved: (id: string) => `Removed deck \`${id}\`. Players keep the points and history they earned with it.`,
  deckNotServers: (id: string) => `\`${id}\` is not one of this server's uploaded decks (built-in decks can't be removed).`,
  uploadBusy: "Too many deck uploads in this server are waiting to be checked. Try again in a minute.",
  uploadTooSlow: (file: string) => `\`${file}\` took too long to read (over 10 s), so nothing was saved. Split it into smaller files and upload them one by one.`,
  uploadCrashed: (file: string) => `I couldn't read \`${file}\` (it needs more memory than an upload may use, or it is damaged), so nothing was saved. Export it again, or split it into smaller files.`,
  importFormat: (detail: string) => `Format: ${detail}`,
  importSkippedTitle: (n: number) => `Skipped (${n})`,
  importSkippedNone: "Nothing skipped.",
  importPreviewTitle: "Preview",
  deckExported: (id: string) => `Here is \`${id}\`. Edit it and upload it again with \`/deck add replace: True\`.`,
  settingsSaved: "Settings saved. They apply from the next round.",
  settingsNothing: "Nothing to change: pick at least one option.",
  badTimezone: (tz: string) => `"${tz}" is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or UTC.`,

  // daily quizzes
  dailyTitle: "📅 Daily quiz",
  dailyPost: (day: string, n: number, of: number) =>
    of === 1 ? `📅 **Question of the day** (${day}). Answer any time before it closes; it counts for your daily streak.` : `📅 **Daily quiz ${n}/${of}** (${day}). Answer any time before it closes; it counts for your daily streak.`,
  dailyCorrectToday: "Correct today",
  dailyNobodyCorrect: "Nobody this time. Try tomorrow's!",
  andMore: (n: number) => `and ${n} more`,
  dailyBadTime: (text: string) => `"${text}" is not a time I understand. Use 24-hour HH:MM, e.g. 09:00 or 18:30.`,
  dailyBadChannel: "Pick a text or announcement channel for the daily quiz.",
  dailyDeckEmpty: (deck: string) => `The deck "${deck}" has no multiple-choice questions to ask. Pick another deck.`,
  dailySaved: (channel: string, time: string, tz: string) => `Daily quiz saved: it posts in ${channel} every day at ${time} (${tz}).`,
  dailyNone: "There is no daily quiz in this server yet. A moderator can set one with `/daily set`.",
  dailyOff: "The daily quiz is off. Questions already posted still close and reveal as planned. Turn it back on with `/daily set`.",
  dailyAlreadyOff: "The daily quiz is already off.",
  dailyNowPosted: (channel: string) => `Posted today's daily quiz in ${channel}. It counts as today's, so the scheduled post skips today.`,
  dailyNowAlready: "Today's daily quiz was already posted. The next one comes at its usual time.",
  dailyNowOff: "The daily quiz is off. Turn it on with `/daily set` first.",
  dailyStatusOn: "On",
  dailyStatusOff: "Off",
  dailyFooter: (tz: string) => `Times are in the server's time zone (${tz}); change it with /config set.`,
  dailyDisabled: {
    "channel-missing": "⚠️ Turned off by the bot: its channel was deleted, or I can no longer see it. Pick a channel with `/daily set`.",
    "no-permission": "⚠️ Turned off by the bot: I am not allowed to post in its channel. Give me View Channel, Send Messages and Embed Links there, then `/daily set` again.",
    "deck-removed": "⚠️ Turned off by the bot: its deck was removed. Pick another deck with `/daily set`.",
    "deck-empty": "⚠️ Turned off by the bot: its deck has no multiple-choice questions. Pick another deck with `/daily set`.",
  },
  streakTitle: "🔥 Daily streaks",
  streakYours: (current: number, best: number) =>
    `Your daily streak: **${plural(current, counts.days)}** (best ${plural(best, counts.days)}). Answer any question today to keep it going.`,
  streakBoard: "Longest running streaks here",
  streakBoardEmpty: "No running streaks yet. Answer today's daily quiz to start one!",
  streakDays: (n: number) => plural(n, counts.days),

  // permissions (issue 14)
  rolesNeedManageServer:
    "Only members with Manage Server can change `starter_role` or `moderator_role` (a quiz moderator could otherwise make everyone a moderator). Nothing was changed.",
  youCantPostHere: (missing: string) =>
    `You can't start a public round in this channel: you need ${missing} here yourself. Play privately with \`solo: True\`, or ask a moderator.`,
  dailyYouCantPost: (channel: string, missing: string) =>
    `You can't send the daily quiz to ${channel}: you need ${missing} there yourself. Pick a channel where you can post. Nothing was changed.`,

  // counts in renderers
  finishedItems: (n: number, kind: "cards" | "prompts" | "questions") => `Finished ${plural(n, counts[kind])}. Nice work!`,
  points: (n: number) => plural(n, counts.points),
  answeredInAll: (spread: string, n: number) => `${spread} (${n} in all)`,
  andMoreLine: (n: number) => `…and ${n} more.`,

  // review of what you missed (/review) and its reminders
  reviewFinished: (items: number, correct: number, answered: number) =>
    `Reviewed ${plural(items, counts.items)}${answered ? `: ${correct}/${answered} questions right` : ""}. What you missed comes back soon; what you knew, later.`,
  reviewNothingDue: (next: string | null) =>
    next ? `Nothing due right now. Next review ${next}.` : "Nothing to review yet: questions you answer and cards you grade are scheduled here. Try `/practice` or `/recall`.",
  reviewNothingInDeck: (deck: string) => `Nothing to review in ${deck} yet.`,
  reviewDeckTitle: (deck: string | null) => (deck ? `Review: ${deck}` : "Review: what you missed"),
  reminderOn: (time: string, tz: string) =>
    `Review reminder on: a direct message every day at ${time} (${tz}) when something is due. Turn it off with \`/review remind off\`. (I can only reach you if your privacy settings allow messages from this server's members.)`,
  reminderOff: "Review reminder off.",
  reminderAlreadyOff: "Your review reminder is already off.",
  reminderBadTime: (text: string) => `"${text}" is not a time I understand. Use 24-hour HH:MM, e.g. 08:00 or 19:30.`,
  reminderDm: (count: number, deck: string, otherDecks: number, server: string) =>
    `📚 ${plural(count, counts.items)} due in ${deck}${otherDecks ? ` and ${otherDecks} other ${otherDecks === 1 ? "deck" : "decks"}` : ""} (${server}): /review`,
  statsItemsDue: "Review items due",
  statsNextReview: "Next review",
  statsNothingScheduled: "nothing scheduled",
  statsReminderFailed:
    "⚠️ Your review reminder was turned off: I could not send you a direct message 3 days in a row. Allow direct messages from this server's members, then `/review remind on` again.",
};

/** Words drawn into the pictures (the embeds carry the same figures as text). */
export const imageText = {
  points: "Points",
  accuracy: "Accuracy",
  answerStreak: "Answer streak",
  dailyStreak: "Daily streak",
  due: "Due now",
  best: (n: number) => `best ${n}`,
  last30: "Last 30 days",
  correct: "correct",
  wrong: "wrong",
  byDifficulty: "Accuracy by difficulty",
  noAnswers: "no answers",
  forecast: "Coming due, next 14 days",
  today: "today",
  year: "Last 52 weeks",
  less: "less",
  more: "more",
  pts: (n: string) => `${n} pts`,
  correctOf: (c: number, n: number) => `${c}/${n} correct`,
  you: "you",
};
