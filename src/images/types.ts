import type { Difficulty } from "../decks/schema.js";
import type { DayCount } from "../engine/activity.js";

/** Everything a picture shows, computed on the main thread; drawing needs nothing else. */
export interface StatsCardData {
  name: string;
  points: number;
  correct: number;
  answered: number;
  answerStreak: { current: number; best: number };
  dailyStreak: { current: number; best: number };
  due: number;
  days: DayCount[];
  byDifficulty: Record<Difficulty, { correct: number; total: number }>;
  forecast: number[];
  /** Answers a day over 53 weeks (Monday first), or null with 30 days of history or fewer. */
  heatmap: number[] | null;
  /** The language of the labels (a locale id such as "de"); English without it. */
  locale?: string;
}

export interface BoardRow {
  rank: number;
  name: string;
  points: number;
  /** The member who asked. */
  me: boolean;
}

export interface LeaderboardImageData {
  title: string;
  rows: BoardRow[];
  /** The invoker's row when outside the rows shown. */
  mine: BoardRow | null;
  /** The language of the labels; English without it. */
  locale?: string;
}

export interface PodiumData {
  title: string;
  places: { name: string; points: number; correct: number; answered: number }[];
  /** The language of the labels; English without it. */
  locale?: string;
}

export type ImageJob =
  | { kind: "stats"; data: StatsCardData }
  | { kind: "leaderboard"; data: LeaderboardImageData }
  | { kind: "podium"; data: PodiumData };

export const IMAGE_NAMES: Record<ImageJob["kind"], string> = {
  stats: "stats.png",
  leaderboard: "leaderboard.png",
  podium: "podium.png",
};
