/**
 * The source catalogue: every sentence a user reads, in English, keyed by stable ids (i18next JSON v4
 * format: `{{name}}` placeholders, `_one`/`_other` plural suffixes picked with Intl.PluralRules, and
 * `_backs`/`_fronts` contexts). Other locales translate exactly these keys; test/i18n checks parity.
 * Values from users or decks arrive already passed through `plain()` by the renderers.
 */
import { IMPORT_MESSAGES } from "../../decks/import/messages.js";
import { DECK_MESSAGES } from "../../decks/messages.js";

/** What deck files are told (src/decks/said.ts): the loader's, the linter's and the importers' templates. */
const deckFile = Object.fromEntries(
  Object.entries({ ...DECK_MESSAGES, ...IMPORT_MESSAGES }).map(([code, text]) => [`deckFile.${code}`, text]),
);

export const en = {
  // counted nouns; renderers never add an "s" themselves
  "count.days_one": "{{count}} day",
  "count.days_other": "{{count}} days",
  "count.items_one": "{{count}} item",
  "count.items_other": "{{count}} items",
  "count.cards_one": "{{count}} card",
  "count.cards_other": "{{count}} cards",
  "count.questions_one": "{{count}} question",
  "count.questions_other": "{{count}} questions",
  "count.prompts_one": "{{count}} prompt",
  "count.prompts_other": "{{count}} prompts",
  "count.problems_one": "{{count}} problem",
  "count.problems_other": "{{count}} problems",
  "count.points_one": "{{count}} pt",
  "count.points_other": "{{count}} pts",
  "count.pointsWord_one": "{{count}} point",
  "count.pointsWord_other": "{{count}} points",
  "count.decks_one": "{{count}} deck",
  "count.decks_other": "{{count}} decks",
  "count.players_one": "{{count}} player",
  "count.players_other": "{{count}} players",
  "count.warnings_one": "{{count}} warning",
  "count.warnings_other": "{{count}} warnings",

  genericFailure: "Something went wrong on our side; nothing you did. Please try again. (ref `{{ref}}`)",
  storeUnavailable:
    "I can't reach my storage right now, so I couldn't save that. Please try again in a minute.",
  unknownDeck: 'There is no deck called "{{id}}" here. Use `/deck list` to see the decks.',
  cardsTooFewAnswers_backs:
    'The cards of "{{deck}}" can\'t be played as multiple choice: they have {{distinct}} different backs, and each question needs its answer and 3 different wrong ones taken from other cards. Add cards until there are at least 4 different backs, or study these with `/recall`.',
  cardsTooFewAnswers_fronts:
    'The cards of "{{deck}}" can\'t be played as multiple choice: they have {{distinct}} different fronts, and each question needs its answer and 3 different wrong ones taken from other cards. Add cards until there are at least 4 different fronts, or study these with `/recall`.',
  channelBusy:
    'A round of "{{deck}}" started by {{host}} is already running in this channel. Wait for it to finish, or ask its host or a moderator to end it with `/stop`.',
  settingsCorrupt:
    "I can't read this server's quiz settings, so only members with Manage Server can start rounds for now. Ask one to save the settings again with `/config set`.",
  settingsCorruptStarters:
    "Manage Server only, until the settings are saved again (the stored ones are unreadable)",
  notAllowedToStart: "Only members with the quiz role (or Manage Server) can start rounds in this server.",
  botMissingPermissions:
    "I can't run a round in this channel: I need {{missing}} here. Ask a moderator to give me those permissions, or play privately with `/practice solo: True`.",
  guildOnly: "This command works in a server, not in direct messages.",
  roundStarted: "{{host}} started a {{mode}} round of **{{deck}}**: {{items}}. Answer with the buttons!",
  privateRoundReplaced: "(Your previous private round was ended.)",

  // clicks
  badButton: "I don't recognise that button. It may be from an old version of the bot; start a new round.",
  roundEnded: "This round has ended. Start a new one with `/practice`.",
  questionClosed: "This question has closed; the answer is shown on the message.",
  notYourButton: "That button belongs to someone else's private round.",
  notCurrent: "That question is no longer open.",
  duplicateAnswer: "You already answered **{{letter}}**; your first answer stands.",
  answerAlreadyCounted: "You already answered this question; your first answer stands.",
  correct: "✅ Correct! +{{points}}. Answer streak: {{streak}}{{fire}}",
  wrong:
    "❌ Not quite: you chose **{{letter}}**. The answer is revealed when the question closes. Your answer streak resets.",
  wrongSolo: "❌ Not quite: you chose **{{letter}}**; the answer is **{{correctLetter}}**.",
  hint: "💡 Hint: {{hint}}\n*(Using the hint halves your points on this question.)*",
  noHint: "This one has no hint. Trust yourself!",
  onlyHostReveals: "Only the round's host (or a member with Manage Messages) can reveal early.",
  gradeSaved: "Saved as **{{grade}}**. Next review {{when}}.",
  conceptsResult: "You got **{{got}}/{{total}}** concepts.",
  stopDone: 'Stopped the round of "{{deck}}".',
  stopNone: "There is no round running in this channel.",
  stopNotAllowed: "Only the round's host or a member with Manage Messages can stop it.",
  restarting: "⏹️ The bot is restarting, so this round has ended. Points already earned are saved.",
  interrupted:
    "⏹️ This round was interrupted when the bot stopped unexpectedly. Points already earned are saved.",
  idleEnded: "⏹️ This private round ended because nobody clicked for a long while. Start a new one any time.",
  stoppedBy: "⏹️ Round stopped by {{who}}.",

  // typed answers
  typedCorrect: "✅ Correct{{points}}",
  typedTypo_one: '✅ Accepted with {{count}} typo: "{{typed}}" → {{expected}}{{points}}',
  typedTypo_other: '✅ Accepted with {{count}} typos: "{{typed}}" → {{expected}}{{points}}',
  typedPoints: "! +{{points}}. Answer streak: {{streak}}{{fire}}",
  typedWrong:
    "❌ Not quite. The answer is revealed when the question closes. If you think you were right, say so below.",
  typedWrongSolo: "❌ Not quite: the answer is **{{expected}}**.",
  typedRejected: "❌ Not quite: that is a known near miss. The answer is revealed when the question closes.",
  typedAlready: 'You already answered "{{typed}}"; your first answer stands.',
  typedModalTitle: "Your answer ({{n}}/{{of}})",
  typedModalLabel: "Answer",
  typedLeftOut_one: " ({{count}} question with long answers left out: they are for clicking)",
  typedLeftOut_other: " ({{count}} questions with long answers left out: they are for clicking)",
  noneTypeable:
    'Nothing in "{{deck}}" can be typed: every answer is over 60 characters and none is marked `typed: true`. Play it with `/practice mode: choices`.',
  overrideDone:
    "Counted as right for your stats and review schedule (marked as your call). It earns no leaderboard points.",
  overrideCardDone: "Counted as right: next review {{when}}.",
  overrideAlready: "You already said you were right on this one.",
  overrideNothing:
    "There is nothing to correct here: only a typed miss or an Again grade can be counted as right.",

  // information
  leaderboardWeek: "🏆 Leaderboard: this week",
  leaderboardAll: "🏆 Leaderboard: all time",
  leaderboardEmpty: "No points yet. Start a round with `/practice`!",
  yourRank: "You: #{{rank}} of {{players}} with {{points}}",
  notRanked: "You have no points here yet.",
  statsTitle: "📊 Study stats",
  cooldown_one: "You just asked that. Try again in {{count}} second.",
  cooldown_other: "You just asked that. Try again in {{count}} seconds.",
  deckListTitle: "📚 Decks",
  deckListEmpty: "No decks yet.",

  // moderators
  moderatorsOnly:
    "Only members with Manage Server or this server's quiz-moderator role can do that. Nothing was changed.",
  deckAdded: "Added deck `{{id}}` (**{{title}}**). Everyone here can play it now: `/practice deck:{{id}}`.",
  deckReplaced:
    "Replaced deck `{{id}}` (**{{title}}**). Everyone here can play it now: `/practice deck:{{id}}`.",
  deckRejected:
    "`{{file}}` was not saved: {{problems}} to fix. Check it locally with `npm run deck:check -- {{file}}`, or see docs/decks.md.",
  deckExists:
    "This server already has a deck `{{id}}`. Upload again with `/deck add replace: True` to overwrite it, or rename the file.",
  deckBuiltIn: "`{{id}}` is a built-in deck's id. Rename your file (the file name is the deck id).",
  deckLimit: "This server has reached its limit of {{decks}}. Remove one with `/deck remove` first.",
  deckRemoved: "Removed deck `{{id}}`. Players keep the points and history they earned with it.",
  deckNotServers: "`{{id}}` is not one of this server's uploaded decks (built-in decks can't be removed).",
  uploadBusy: "Too many deck uploads in this server are waiting to be checked. Try again in a minute.",
  uploadTooSlow:
    "`{{file}}` took too long to read (over 10 s), so nothing was saved. Split it into smaller files and upload them one by one.",
  uploadCrashed:
    "I couldn't read `{{file}}` (it needs more memory than an upload may use, or it is damaged), so nothing was saved. Export it again, or split it into smaller files.",
  importFormat: "Format: {{detail}}",
  importSkippedTitle: "Skipped ({{n}})",
  importSkippedNone: "Nothing skipped.",
  importPreviewTitle: "Preview",
  deckExported: "Here is `{{id}}`. Edit it and upload it again with `/deck add replace: True`.",
  settingsSaved: "Settings saved. They apply from the next round.",
  settingsNothing: "Nothing to change: pick at least one option.",
  badTimezone:
    '"{{tz}}" is not a time zone I know. Use an IANA name such as Europe/Berlin, America/New_York or UTC.',

  // daily quizzes
  dailyTitle: "📅 Daily quiz",
  dailyPostSingle:
    "📅 **Question of the day** ({{day}}). Answer any time before it closes; it counts for your daily streak.",
  dailyPost:
    "📅 **Daily quiz {{n}}/{{of}}** ({{day}}). Answer any time before it closes; it counts for your daily streak.",
  dailyCorrectToday: "Correct today",
  dailyNobodyCorrect: "Nobody this time. Try tomorrow's!",
  andMore: "and {{n}} more",
  dailyBadTime: '"{{text}}" is not a time I understand. Use 24-hour HH:MM, e.g. 09:00 or 18:30.',
  dailyBadChannel: "Pick a text or announcement channel for the daily quiz.",
  dailyDeckEmpty: 'The deck "{{deck}}" has no multiple-choice questions to ask. Pick another deck.',
  dailySaved: "Daily quiz saved: it posts in {{channel}} every day at {{time}} ({{tz}}).",
  dailyNone: "There is no daily quiz in this server yet. A moderator can set one with `/daily set`.",
  dailyOff:
    "The daily quiz is off. Questions already posted still close and reveal as planned. Turn it back on with `/daily set`.",
  dailyAlreadyOff: "The daily quiz is already off.",
  dailyNowPosted:
    "Posted today's daily quiz in {{channel}}. It counts as today's, so the scheduled post skips today.",
  dailyNowAlready: "Today's daily quiz was already posted. The next one comes at its usual time.",
  dailyNowOff: "The daily quiz is off. Turn it on with `/daily set` first.",
  dailyStatusOn: "On",
  dailyStatusOff: "Off",
  dailyFooter: "Times are in the server's time zone ({{tz}}); change it with /config set.",
  "dailyDisabled.channel-missing":
    "⚠️ Turned off by the bot: its channel was deleted, or I can no longer see it. Pick a channel with `/daily set`.",
  "dailyDisabled.no-permission":
    "⚠️ Turned off by the bot: I am not allowed to post in its channel. Give me View Channel, Send Messages and Embed Links there, then `/daily set` again.",
  "dailyDisabled.deck-removed":
    "⚠️ Turned off by the bot: its deck was removed. Pick another deck with `/daily set`.",
  "dailyDisabled.deck-empty":
    "⚠️ Turned off by the bot: its deck has no multiple-choice questions. Pick another deck with `/daily set`.",
  streakTitle: "🔥 Daily streaks",
  streakYours:
    "Your daily streak: **{{current}}** (best {{best}}). Answer any question today to keep it going.",
  streakBoard: "Longest running streaks here",
  streakBoardEmpty: "No running streaks yet. Answer today's daily quiz to start one!",

  // permissions
  rolesNeedManageServer:
    "Only members with Manage Server can change `/config set starter_role` or `/config set moderator_role` (a quiz moderator could otherwise make everyone a moderator). Nothing was changed.",
  youCantPostHere:
    "You can't start a public round in this channel: you need {{missing}} here yourself. Play privately with `/practice solo: True`, or ask a moderator.",
  dailyYouCantPost:
    "You can't send the daily quiz to {{channel}}: you need {{missing}} there yourself. Pick a channel where you can post. Nothing was changed.",

  // counts in renderers
  finishedItems: "Finished {{items}}. Nice work!",
  answeredInAll: "{{spread}} ({{n}} in all)",
  andMoreLine: "…and {{n}} more.",

  // review of what you missed (/review) and its reminders
  reviewFinished: "Reviewed {{items}}. What you missed comes back soon; what you knew, later.",
  reviewFinishedAnswered:
    "Reviewed {{items}}: {{correct}}/{{answered}} questions right. What you missed comes back soon; what you knew, later.",
  reviewNothingDue: "Nothing due right now. Next review {{next}}.",
  reviewNothingYet:
    "Nothing to review yet: questions you answer and cards you grade are scheduled here. Try `/practice` or `/recall`.",
  reviewNothingInDeck: "Nothing to review in {{deck}} yet.",
  reviewDeckTitle: "Review: {{deck}}",
  reviewAllTitle: "Review: what you missed",
  reminderOn:
    "Review reminder on: a direct message every day at {{time}} ({{tz}}) when something is due. Turn it off with `/review remind off`. (I can only reach you if your privacy settings allow messages from this server's members.)",
  reminderOff: "Review reminder off.",
  reminderAlreadyOff: "Your review reminder is already off.",
  reminderBadTime: '"{{text}}" is not a time I understand. Use 24-hour HH:MM, e.g. 08:00 or 19:30.',
  reminderDm: "📚 {{items}} due in {{deck}} ({{server}}): /review",
  reminderDmOthers_one: "📚 {{items}} due in {{deck}} and {{count}} other deck ({{server}}): /review",
  reminderDmOthers_other: "📚 {{items}} due in {{deck}} and {{count}} other decks ({{server}}): /review",
  statsItemsDue: "Review items due",
  statsNextReview: "Next review",
  statsNothingScheduled: "nothing scheduled",
  statsReminderFailed:
    "⚠️ Your review reminder was turned off: I could not send you a direct message 3 days in a row. Allow direct messages from this server's members, then `/review remind on` again.",

  // words drawn into the pictures (the embeds carry the same figures as text)
  "image.points": "Points",
  "image.accuracy": "Accuracy",
  "image.answerStreak": "Answer streak",
  "image.dailyStreak": "Daily streak",
  "image.due": "Due now",
  "image.best": "best {{n}}",
  "image.last30": "Last 30 days",
  "image.correct": "correct",
  "image.wrong": "wrong",
  "image.byDifficulty": "Accuracy by difficulty",
  "image.noAnswers": "no answers",
  "image.forecast": "Coming due, next 14 days",
  "image.today": "today: {{n}}",
  "image.max": "max {{n}}",
  "image.year": "Last 52 weeks",
  "image.less": "less",
  "image.more": "more",
  "image.pts": "{{n}} pts",
  "image.correctOf": "{{c}}/{{n}} correct",
  "image.you": "you",

  // the question message and its reveal
  "question.title": "{{deck}} · Question {{n}}/{{of}}",
  "question.closes": "closes {{when}}",
  "question.noTimer": "take your time",
  "question.closed": "closed",
  "question.easy": "🟢 easy",
  "question.medium": "🟡 medium",
  "question.hard": "🔴 hard",
  "question.hint": "Hint",
  "question.reveal": "Reveal (host)",
  "question.footerSolo": "Private round: only you can see this.",
  "question.footerPublic": "One answer each; your first click counts.",
  "question.answer": "Answer",
  "question.why": "Why",
  "question.steps": "Solution steps",
  "question.mistakes": "Common mistakes",
  "question.answers": "Answers",
  "question.nobody": "Nobody answered.",
  "question.fastest": "Fastest correct",
  "question.fastestValue": "{{user}} in {{seconds}} s",

  // the round's summary
  "summary.title": "Round over: {{deck}}",
  "summary.nobody": "Nobody answered this time.",
  "summary.score": "{{points}} ({{correct}}/{{answered}} correct)",
  "summary.streak": " · streak {{before}} → {{after}}",
  "summary.footer": "See /leaderboard for this server's standings and /stats for yours.",

  // recall cards and typed answers
  "card.title": "{{deck}} · Card {{n}}/{{of}}",
  "card.showsAt": "answer shown to all {{when}}",
  "card.revealAnswer": "Reveal answer",
  "card.showAll": "Show to all (host)",
  "card.footer": "Recall the answer first, then reveal it and grade yourself.",
  "card.answerStatus": "answer",
  "card.again": "Again",
  "card.hard": "Hard",
  "card.good": "Good",
  "card.easy": "Easy",
  "typed.footerPublic": "Everyone types privately; your first answer counts.",
  "typed.alsoAccepted": "Also accepted",
  "typed.right": "Typed it right",
  "typed.rightOf": "{{right}} of {{answered}}",

  // explain prompts
  "explain.title": "{{deck}} · Explain it",
  "explain.instructions":
    "Explain it in your own words (out loud, on paper or in the chat), then check yourself.",
  "explain.shownAt": "model answer shown {{when}}",
  "explain.check": "Check yourself",
  "explain.pick": "Tick every concept your explanation covered:",
  "explain.placeholder": "Concepts you covered",
  "explain.modelAnswer": "Model answer",
  "explain.revisit": "Concepts to revisit",
  "explain.concepts": "Key concepts",

  // problems in an uploaded deck file: `file:line:column error path: problem`
  deckFileError: "error",
  deckFileWarning: "warning",
  ...deckFile,

  // labels and words added with the localisation of every reply (issue 17)
  deckEmptyFor_questions: 'The deck "{{deck}}" has no questions. Try another deck or mode.',
  deckEmptyFor_easy: 'The deck "{{deck}}" has no easy questions. Try another difficulty or deck.',
  deckEmptyFor_medium: 'The deck "{{deck}}" has no medium questions. Try another difficulty or deck.',
  deckEmptyFor_hard: 'The deck "{{deck}}" has no hard questions. Try another difficulty or deck.',
  deckEmptyFor_cards: 'The deck "{{deck}}" has no cards. Try another deck or mode.',
  deckEmptyFor_prompts: 'The deck "{{deck}}" has no prompts to explain. Try another deck or mode.',
  deckEmptyFor_due: 'Nothing in "{{deck}}" is due for review right now.',
  channelBusyUnknown:
    "A round is already running in this channel. Wait for it to finish, or ask a moderator to end it with `/stop`.",
  stoppedByPlayer: "⏹️ Round stopped by its player.",
  "round.next": "Next",
  "round.seeResults": "See results",
  "level.beginner": "beginner",
  "level.intermediate": "intermediate",
  "level.advanced": "advanced",
  "roundMode.practice": "practice",
  "roundMode.typedPractice": "typed practice",
  "roundMode.test": "test",
  "roundMode.recall": "recall",
  "roundMode.typedRecall": "typed recall",
  "roundMode.explain": "explain",
  "roundMode.review": "review",
  "permission.viewChannel": "View Channel",
  "permission.sendMessages": "Send Messages",
  "permission.embedLinks": "Embed Links",
  importWarningsTitle: "Warnings ({{n}})",
  deckNotSaved: "Deck not saved",
  deckCounts: "{{cards}} · {{questions}} ({{easy}} easy, {{medium}} medium, {{hard}} hard) · {{prompts}}",
  "deckList.addedBy": "added by {{user}} {{when}}",
  "deckList.footer": "Page {{page}}/{{pages}} · 📘 built-in · 📗 this server · play one with /practice",
  "deckList.previous": "Previous",
  "deckList.next": "Next",
  "deckInfo.id": "Id",
  "deckInfo.tags": "Tags",
  "deckInfo.noTags": "none",
  "deckInfo.source": "Source",
  "deckInfo.addedBy": "Added by {{user}} {{when}}",
  "deckInfo.builtIn": "Built-in",
  "config.title": "⚙️ Quiz settings",
  "config.questions": "Questions per round",
  "config.timer": "Seconds per question",
  "config.timezone": "Time zone",
  "config.starters": "Who may start rounds",
  "config.everyone": "everyone",
  "config.moderators": "Quiz moderators",
  "config.moderatorsRole": "{{role}} and Manage Server",
  "config.manageServer": "Manage Server",
  "config.pictures": "Pictures",
  "config.picturesOn": "on",
  "config.picturesOff": "off (text only)",
  "config.language": "Language",
  "config.footer": "Change with /config set. Time zone is used for daily streaks and leaderboard weeks.",
  "dailyStatus.status": "Status",
  "dailyStatus.nextPost": "Next post",
  "dailyStatus.time": "Every day at",
  "dailyStatus.channel": "Channel",
  "dailyStatus.deck": "Deck",
  "dailyStatus.questions": "Questions per day",
  reminderServerUnknown: "your server",
  "stats.points": "Points",
  "stats.accuracy": "Accuracy",
  "stats.accuracyValue": "{{percent}}% ({{correct}}/{{answered}})",
  "stats.accuracyOverrides_one": "{{percent}}% ({{correct}}/{{answered}}), {{count}} by your call",
  "stats.accuracyOverrides_other": "{{percent}}% ({{correct}}/{{answered}}), {{count}} by your call",
  "stats.answerStreak": "Answer streak",
  "stats.dailyStreak": "Daily streak",
  "stats.streakValue": "{{current}} (best {{best}})",
  "stats.decksPlayed": "Decks played",
  "stats.reminder": "Review reminder",
  "testResult.title": "Test result: {{deck}}",
  "testResult.strong": "💪 Strong",
  "testResult.needsWork": "🛠️ Needs work",
  "testResult.weak": "📚 Weak",
  "testResult.score": "**{{verdict}}**: {{correct}}/{{total}} correct ({{percent}}%)",
  "testResult.footer": "Strong ≥ 80% · needs work 50–79% · weak < 50%. Practise with /practice.",
  "difficulty.easy": "easy",
  "difficulty.medium": "medium",
  "difficulty.hard": "hard",
  overrideButton: "I was right",
} as const;

export type Catalogue = Readonly<Record<string, string>>;
