import type { ImageJob, LeaderboardImageData, PodiumData, StatsCardData } from "../../src/images/index.js";

/** Fixed data for the reference pictures (docs/img and test/images/reference). */
export function statsFixture(withYear = false): StatsCardData {
  const days = Array.from({ length: 30 }, (_, k) => ({
    day: `2026-11-${String(k + 1).padStart(2, "0")}`,
    correct: (k * 7) % 11,
    wrong: (k * 3) % 4,
  }));
  return {
    name: "Ada Lovelace",
    points: 12_480,
    correct: 412,
    answered: 517,
    answerStreak: { current: 7, best: 23 },
    dailyStreak: { current: 12, best: 31 },
    due: 9,
    days,
    byDifficulty: {
      easy: { correct: 180, total: 200 },
      medium: { correct: 160, total: 210 },
      hard: { correct: 72, total: 107 },
    },
    forecast: [9, 4, 0, 6, 2, 0, 0, 11, 3, 1, 0, 5, 0, 2],
    heatmap: withYear
      ? Array.from({ length: 53 * 7 - 3 }, (_, k) => ((k * 13) % 17 > 9 ? 0 : (k * 5) % 9))
      : null,
  };
}

export function leaderboardFixture(mineOutside = true): LeaderboardImageData {
  const names = [
    "Ada Lovelace",
    "Алексей",
    "Γιώργος",
    "山田太郎",
    "张伟",
    "Zoë 🦊",
    "Sam",
    "María José",
    "O'Brien",
    "Kenji 🔥",
  ];
  const rows = names.map((name, k) => ({
    rank: k + 1,
    name,
    points: 2400 - k * 190 - (k % 3) * 35,
    me: !mineOutside && k === 3,
  }));
  return {
    title: "This week's leaderboard",
    rows,
    mine: mineOutside ? { rank: 14, name: "Grace Hopper", points: 640, me: true } : null,
  };
}

export function podiumFixture(): PodiumData {
  return {
    title: "Round over: Async in Django",
    places: [
      { name: "山田太郎", points: 420, correct: 5, answered: 5 },
      { name: "Ada Lovelace", points: 310, correct: 4, answered: 5 },
      { name: "Zoë 🦊", points: 150, correct: 2, answered: 5 },
    ],
  };
}

export const REFERENCE_JOBS = {
  stats: { kind: "stats", data: statsFixture(false) },
  "stats-year": { kind: "stats", data: statsFixture(true) },
  leaderboard: { kind: "leaderboard", data: leaderboardFixture(true) },
  podium: { kind: "podium", data: podiumFixture() },
  "leaderboard-rtl": { kind: "leaderboard", data: rightToLeftFixture() },
} as const satisfies Record<string, ImageJob>;

/** Arabic and Hebrew names (and a deck title) next to Latin ones and numbers, in a Hebrew-free server. */
export function rightToLeftFixture(): LeaderboardImageData {
  const names = ["فاطمة الزهراء", "Ada Lovelace", "יוסף כהן", "محمد 2024", "שרה לוי 🔥", "Omar عمر"];
  return {
    title: "قواعد اللغة العربية · דקדוק",
    rows: names.map((name, k) => ({ rank: k + 1, name, points: 2400 - k * 310, me: k === 2 })),
    mine: null,
    locale: "de",
  };
}
