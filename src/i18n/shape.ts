import { formatIssueIn, type DeckIssue } from "../decks/errors.js";
import type { Said } from "../decks/said.js";

/**
 * The shape the code uses (`t.someKey(...)`): each entry maps its arguments to a catalogue key and
 * named placeholders. Only choices of *which sentence* live here; every word lives in the catalogues.
 */
export type Lookup = (key: string, vars?: Record<string, unknown>) => string;

export const COUNTED = [
  "days",
  "items",
  "cards",
  "questions",
  "prompts",
  "problems",
  "points",
  "pointsWord",
  "decks",
  "players",
  "warnings",
] as const;
export type Counted = (typeof COUNTED)[number];

const fire = (streak: number) => (streak >= 3 ? " 🔥" : "");

const numberFormats = new Map<string, Intl.NumberFormat>();
/** Numbers as the locale writes them (1,234.5 · 1.234,5 · 1 234,5): one formatter per locale. */
export function numberFormat(locale: string): Intl.NumberFormat {
  let f = numberFormats.get(locale);
  if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })));
  return f;
}

/** Numbers and lists written the locale's way (1.234 · "A, B und C"). */
function formats(locale: string) {
  const numbers = numberFormat(locale);
  const lists = new Intl.ListFormat(locale, { type: "conjunction" });
  // A calendar day ("2026-11-30", the server's local date) is a date, not an instant: read as UTC.
  const dateOf = (format: Intl.DateTimeFormat) => (iso: string) => {
    const at = Date.parse(`${iso}T00:00:00Z`);
    return Number.isNaN(at) ? iso : format.format(at);
  };
  const percents = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 });
  return {
    number: (n: number) => numbers.format(n),
    /** A whole percentage (80 → "80%", "80 %" in French and German). */
    percent: (n: number) => percents.format(n / 100),
    list: (items: readonly string[]) => lists.format(items),
    day: dateOf(new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })),
    /** Month and day only ("11/30", "30.11.", "30/11"), for chart axes. */
    shortDay: dateOf(new Intl.DateTimeFormat(locale, { month: "numeric", day: "numeric", timeZone: "UTC" })),
  };
}

export type Permission = "viewChannel" | "sendMessages" | "embedLinks";
export type EmptyFor = "questions" | "easy" | "medium" | "hard" | "cards" | "prompts" | "due";
export type RoundModeName =
  "practice" | "typedPractice" | "test" | "recall" | "typedRecall" | "explain" | "review";
export type Verdict = "strong" | "needsWork" | "weak";

export function buildStrings(i: Lookup, locale: string) {
  /** `n` things of a kind, in the plural form the locale's rules pick. */
  const count = (kind: Counted, n: number) => i(`count.${kind}`, { count: n });
  const { number, list, day: longDay } = formats(locale);
  /** A deck-file problem (src/decks/said.ts) in this language; a library's own words stay as they are. */
  const deckFile = (s: Said): string => {
    if (s.code === undefined) return s.message;
    const params = Object.fromEntries(
      Object.entries(s.params ?? {}).map(([k, v]) => [k, typeof v === "object" ? deckFile(v) : v]),
    );
    const key = `deckFile.${s.code}`;
    const out = i(key, params);
    return out === key ? s.message : out;
  };
  const issueWords = {
    severity: (s: "error" | "warning") => i(s === "error" ? "deckFileError" : "deckFileWarning"),
    problem: deckFile,
  };
  return {
    deckFile,
    /** `file:line:column error path: problem`, the shape editors link to, in this language. */
    deckIssue: (issue: DeckIssue) => formatIssueIn(issueWords, issue),
    count,
    number,
    /** Permission names as Discord's own settings show them in this language, joined as a list. */
    permissions: (names: readonly Permission[]) => list(names.map((n) => i(`permission.${n}`))),
    genericFailure: (ref: string) => i("genericFailure", { ref }),
    storeUnavailable: i("storeUnavailable"),
    unknownDeck: (id: string) => i("unknownDeck", { id }),
    deckEmptyFor: (deck: string, what: EmptyFor) => i("deckEmptyFor", { deck, context: what }),
    cardsTooFewAnswers: (deck: string, distinct: number, side: "backs" | "fronts") =>
      i("cardsTooFewAnswers", { deck, distinct, context: side }),
    /** Who holds the channel, when its round could still be read. */
    channelBusy: (holder: { deck: string; host: string } | null) =>
      holder ? i("channelBusy", holder) : i("channelBusyUnknown"),
    settingsCorrupt: i("settingsCorrupt"),
    settingsCorruptStarters: i("settingsCorruptStarters"),
    notAllowedToStart: i("notAllowedToStart"),
    botMissingPermissions: (missing: string) => i("botMissingPermissions", { missing }),
    guildOnly: i("guildOnly"),
    roundStarted: (mode: RoundModeName, deck: string, n: number, host: string) =>
      i("roundStarted", { mode: i(`roundMode.${mode}`), deck, host, items: count("items", n) }),
    privateRoundReplaced: i("privateRoundReplaced"),

    // clicks
    badButton: i("badButton"),
    roundEnded: i("roundEnded"),
    questionClosed: i("questionClosed"),
    notYourButton: i("notYourButton"),
    notCurrent: i("notCurrent"),
    duplicateAnswer: (letter: string) => i("duplicateAnswer", { letter }),
    /** The award was stored before a restart that lost the round's note of the answer. */
    answerAlreadyCounted: i("answerAlreadyCounted"),
    correct: (points: number, streak: number) =>
      i("correct", { points: count("pointsWord", points), streak, fire: fire(streak) }),
    wrong: (letter: string) => i("wrong", { letter }),
    wrongSolo: (letter: string, correctLetter: string) => i("wrongSolo", { letter, correctLetter }),
    hint: (hint: string) => i("hint", { hint }),
    noHint: i("noHint"),
    onlyHostReveals: i("onlyHostReveals"),
    gradeSaved: (grade: string, when: string) => i("gradeSaved", { grade, when }),
    conceptsResult: (got: number, total: number) => i("conceptsResult", { got, total }),
    stopDone: (deck: string) => i("stopDone", { deck }),
    stopNone: i("stopNone"),
    stopNotAllowed: i("stopNotAllowed"),
    restarting: i("restarting"),
    interrupted: i("interrupted"),
    idleEnded: i("idleEnded"),
    stoppedBy: (who: string | null) => (who ? i("stoppedBy", { who }) : i("stoppedByPlayer")),
    next: i("round.next"),
    seeResults: i("round.seeResults"),
    level: (level: "beginner" | "intermediate" | "advanced") => i(`level.${level}`),

    // typed answers
    typedCorrect: (points: string) => i("typedCorrect", { points }),
    typedTypo: (n: number, typed: string, expected: string, points: string) =>
      i("typedTypo", { count: n, typed, expected, points }),
    typedPoints: (points: number, streak: number) =>
      i("typedPoints", { points: count("pointsWord", points), streak, fire: fire(streak) }),
    typedWrong: i("typedWrong"),
    typedWrongSolo: (expected: string) => i("typedWrongSolo", { expected }),
    typedRejected: i("typedRejected"),
    typedAlready: (typed: string) => i("typedAlready", { typed }),
    typedModalTitle: (n: number, of: number) => i("typedModalTitle", { n, of }),
    typedModalLabel: i("typedModalLabel"),
    typedLeftOut: (n: number) => i("typedLeftOut", { count: n }),
    noneTypeable: (deck: string) => i("noneTypeable", { deck }),
    overrideButton: i("overrideButton"),
    overrideDone: i("overrideDone"),
    overrideCardDone: (when: string) => i("overrideCardDone", { when }),
    overrideAlready: i("overrideAlready"),
    overrideNothing: i("overrideNothing"),

    // information
    leaderboardWeek: i("leaderboardWeek"),
    leaderboardAll: i("leaderboardAll"),
    leaderboardEmpty: i("leaderboardEmpty"),
    yourRank: (rank: number, players: number, points: number) =>
      i("yourRank", { rank, players, points: count("points", points) }),
    notRanked: i("notRanked"),
    statsTitle: i("statsTitle"),
    cooldown: (seconds: number) => i("cooldown", { count: seconds }),
    deckListTitle: i("deckListTitle"),
    deckListEmpty: i("deckListEmpty"),

    // moderators
    moderatorsOnly: i("moderatorsOnly"),
    deckAdded: (id: string, title: string, replaced: boolean) =>
      i(replaced ? "deckReplaced" : "deckAdded", { id, title }),
    deckRejected: (file: string, errors: number) =>
      i("deckRejected", { file, problems: count("problems", errors) }),
    deckExists: (id: string) => i("deckExists", { id }),
    deckBuiltIn: (id: string) => i("deckBuiltIn", { id }),
    deckLimit: (max: number) => i("deckLimit", { decks: count("decks", max) }),
    deckRemoved: (id: string) => i("deckRemoved", { id }),
    deckNotServers: (id: string) => i("deckNotServers", { id }),
    uploadBusy: i("uploadBusy"),
    uploadTooSlow: (file: string) => i("uploadTooSlow", { file }),
    uploadCrashed: (file: string) => i("uploadCrashed", { file }),
    importFormat: (detail: string) => i("importFormat", { detail }),
    importSkippedTitle: (n: number) => i("importSkippedTitle", { n }),
    importSkippedNone: i("importSkippedNone"),
    importPreviewTitle: i("importPreviewTitle"),
    importWarningsTitle: (n: number) => i("importWarningsTitle", { n }),
    deckNotSaved: i("deckNotSaved"),
    deckCounts: (
      cards: number,
      questions: number,
      prompts: number,
      by: Record<"easy" | "medium" | "hard", number>,
    ) =>
      i("deckCounts", {
        cards: count("cards", cards),
        questions: count("questions", questions),
        prompts: count("prompts", prompts),
        ...by,
      }),
    deckList: {
      addedBy: (user: string, when: string) => i("deckList.addedBy", { user, when }),
      footer: (page: number, pages: number) => i("deckList.footer", { page, pages }),
      previous: i("deckList.previous"),
      next: i("deckList.next"),
    },
    deckInfo: {
      id: i("deckInfo.id"),
      tags: i("deckInfo.tags"),
      noTags: i("deckInfo.noTags"),
      source: i("deckInfo.source"),
      addedBy: (user: string, when: string) => i("deckInfo.addedBy", { user, when }),
      builtIn: i("deckInfo.builtIn"),
    },
    config: {
      title: i("config.title"),
      questions: i("config.questions"),
      timer: i("config.timer"),
      timezone: i("config.timezone"),
      starters: i("config.starters"),
      everyone: i("config.everyone"),
      moderators: i("config.moderators"),
      moderatorsValue: (role: string | null) =>
        role ? i("config.moderatorsRole", { role }) : i("config.manageServer"),
      pictures: i("config.pictures"),
      picturesValue: (on: boolean) => i(on ? "config.picturesOn" : "config.picturesOff"),
      language: i("config.language"),
      footer: i("config.footer"),
    },
    deckExported: (id: string) => i("deckExported", { id }),
    settingsSaved: i("settingsSaved"),
    settingsNothing: i("settingsNothing"),
    badTimezone: (tz: string) => i("badTimezone", { tz }),

    // daily quizzes
    dailyTitle: i("dailyTitle"),
    /** `day` is the server's local date, "YYYY-MM-DD", shown the locale's way. */
    dailyPost: (day: string, n: number, of: number) =>
      of === 1 ? i("dailyPostSingle", { day: longDay(day) }) : i("dailyPost", { day: longDay(day), n, of }),
    dailyCorrectToday: i("dailyCorrectToday"),
    dailyNobodyCorrect: i("dailyNobodyCorrect"),
    andMore: (n: number) => i("andMore", { n }),
    dailyBadTime: (text: string) => i("dailyBadTime", { text }),
    dailyBadChannel: i("dailyBadChannel"),
    dailyDeckEmpty: (deck: string) => i("dailyDeckEmpty", { deck }),
    dailySaved: (channel: string, time: string, tz: string) => i("dailySaved", { channel, time, tz }),
    dailyNone: i("dailyNone"),
    dailyOff: i("dailyOff"),
    dailyAlreadyOff: i("dailyAlreadyOff"),
    dailyNowPosted: (channel: string) => i("dailyNowPosted", { channel }),
    dailyNowAlready: i("dailyNowAlready"),
    dailyNowOff: i("dailyNowOff"),
    dailyStatusOn: i("dailyStatusOn"),
    dailyStatusOff: i("dailyStatusOff"),
    dailyFooter: (tz: string) => i("dailyFooter", { tz }),
    dailyStatus: {
      status: i("dailyStatus.status"),
      nextPost: i("dailyStatus.nextPost"),
      time: i("dailyStatus.time"),
      channel: i("dailyStatus.channel"),
      deck: i("dailyStatus.deck"),
      questions: i("dailyStatus.questions"),
    },
    dailyDisabled: {
      "channel-missing": i("dailyDisabled.channel-missing"),
      "no-permission": i("dailyDisabled.no-permission"),
      "deck-removed": i("dailyDisabled.deck-removed"),
      "deck-empty": i("dailyDisabled.deck-empty"),
    },
    streakTitle: i("streakTitle"),
    streakYours: (current: number, best: number) =>
      i("streakYours", { current: count("days", current), best: count("days", best) }),
    streakBoard: i("streakBoard"),
    streakBoardEmpty: i("streakBoardEmpty"),
    streakDays: (n: number) => count("days", n),

    // permissions
    rolesNeedManageServer: i("rolesNeedManageServer"),
    youCantPostHere: (missing: string) => i("youCantPostHere", { missing }),
    dailyYouCantPost: (channel: string, missing: string) => i("dailyYouCantPost", { channel, missing }),

    // counts in renderers
    finishedItems: (n: number, kind: "cards" | "prompts" | "questions") =>
      i("finishedItems", { items: count(kind, n) }),
    points: (n: number) => count("points", n),
    answeredInAll: (spread: string, n: number) => i("answeredInAll", { spread, n }),
    andMoreLine: (n: number) => i("andMoreLine", { n }),

    // review of what you missed (/review) and its reminders
    reviewFinished: (items: number, correct: number, answered: number) =>
      answered
        ? i("reviewFinishedAnswered", { items: count("items", items), correct, answered })
        : i("reviewFinished", { items: count("items", items) }),
    reviewNothingDue: (next: string | null) =>
      next ? i("reviewNothingDue", { next }) : i("reviewNothingYet"),
    reviewNothingInDeck: (deck: string) => i("reviewNothingInDeck", { deck }),
    reviewDeckTitle: (deck: string | null) => (deck ? i("reviewDeckTitle", { deck }) : i("reviewAllTitle")),
    reminderOn: (time: string, tz: string) => i("reminderOn", { time, tz }),
    reminderOff: i("reminderOff"),
    reminderAlreadyOff: i("reminderAlreadyOff"),
    reminderBadTime: (text: string) => i("reminderBadTime", { text }),
    reminderServerUnknown: i("reminderServerUnknown"),
    reminderDm: (n: number, deck: string, otherDecks: number, server: string) =>
      otherDecks
        ? i("reminderDmOthers", { items: count("items", n), deck, count: otherDecks, server })
        : i("reminderDm", { items: count("items", n), deck, server }),
    statsItemsDue: i("statsItemsDue"),
    statsNextReview: i("statsNextReview"),
    statsNothingScheduled: i("statsNothingScheduled"),
    statsReminderFailed: i("statsReminderFailed"),
    stats: {
      points: i("stats.points"),
      accuracy: i("stats.accuracy"),
      accuracyValue: (percent: number, correct: number, answered: number, byYourCall: number) =>
        byYourCall
          ? i("stats.accuracyOverrides", { percent, correct, answered, count: byYourCall })
          : i("stats.accuracyValue", { percent, correct, answered }),
      answerStreak: i("stats.answerStreak"),
      dailyStreak: i("stats.dailyStreak"),
      /** `current` and `best` already worded (a count of days, or a bare number). */
      streakValue: (current: string, best: string) => i("stats.streakValue", { current, best }),
      decksPlayed: i("stats.decksPlayed"),
      reminder: i("stats.reminder"),
    },

    // a /test's result
    testResult: {
      title: (deck: string) => i("testResult.title", { deck }),
      score: (verdict: Verdict, correct: number, total: number, percent: number) =>
        i("testResult.score", { verdict: i(`testResult.${verdict}`), correct, total, percent }),
      difficulty: (d: "easy" | "medium" | "hard") => i(`difficulty.${d}`),
      footer: i("testResult.footer"),
    },

    // recall cards
    card: {
      title: (deck: string, n: number, of: number) => i("card.title", { deck, n, of }),
      showsAt: (when: string) => i("card.showsAt", { when }),
      revealAnswer: i("card.revealAnswer"),
      showAll: i("card.showAll"),
      footer: i("card.footer"),
      answerStatus: i("card.answerStatus"),
      grade: { again: i("card.again"), hard: i("card.hard"), good: i("card.good"), easy: i("card.easy") },
    },

    // explain prompts
    explain: {
      title: (deck: string) => i("explain.title", { deck }),
      instructions: i("explain.instructions"),
      shownAt: (when: string) => i("explain.shownAt", { when }),
      check: i("explain.check"),
      pick: i("explain.pick"),
      placeholder: i("explain.placeholder"),
      modelAnswer: i("explain.modelAnswer"),
      revisit: i("explain.revisit"),
      concepts: i("explain.concepts"),
    },

    // typed answers' messages
    typed: {
      footerPublic: i("typed.footerPublic"),
      alsoAccepted: i("typed.alsoAccepted"),
      right: i("typed.right"),
      rightOf: (right: number, answered: number) => i("typed.rightOf", { right, answered }),
    },

    // the round's summary
    summary: {
      title: (deck: string) => i("summary.title", { deck }),
      nobody: i("summary.nobody"),
      score: (points: number, correct: number, answered: number) =>
        i("summary.score", { points: count("points", points), correct, answered }),
      streak: (before: number, after: number) => i("summary.streak", { before, after }),
      footer: i("summary.footer"),
    },

    // the question message and its reveal
    question: {
      title: (deck: string, n: number, of: number) => i("question.title", { deck, n, of }),
      closes: (when: string) => i("question.closes", { when }),
      noTimer: i("question.noTimer"),
      closed: i("question.closed"),
      difficulty: { easy: i("question.easy"), medium: i("question.medium"), hard: i("question.hard") },
      hint: i("question.hint"),
      reveal: i("question.reveal"),
      footerSolo: i("question.footerSolo"),
      footerPublic: i("question.footerPublic"),
      answer: i("question.answer"),
      why: i("question.why"),
      steps: i("question.steps"),
      mistakes: i("question.mistakes"),
      answers: i("question.answers"),
      nobody: i("question.nobody"),
      fastest: i("question.fastest"),
      fastestValue: (user: string, seconds: number) => i("question.fastestValue", { user, seconds }),
    },
  };
}

export function buildImageText(i: Lookup, locale: string) {
  const { number, percent, shortDay } = formats(locale);
  return {
    number,
    percent,
    shortDay,
    difficulty: (d: "easy" | "medium" | "hard") => i(`difficulty.${d}`),
    max: (n: number) => i("image.max", { n }),
    points: i("image.points"),
    accuracy: i("image.accuracy"),
    answerStreak: i("image.answerStreak"),
    dailyStreak: i("image.dailyStreak"),
    due: i("image.due"),
    best: (n: number) => i("image.best", { n }),
    last30: i("image.last30"),
    correct: i("image.correct"),
    wrong: i("image.wrong"),
    byDifficulty: i("image.byDifficulty"),
    noAnswers: i("image.noAnswers"),
    forecast: i("image.forecast"),
    today: (n: number) => i("image.today", { n }),
    year: i("image.year"),
    less: i("image.less"),
    more: i("image.more"),
    pts: (n: number) => i("image.pts", { n }),
    correctOf: (c: number, n: number) => i("image.correctOf", { c, n }),
    you: i("image.you"),
  };
}
