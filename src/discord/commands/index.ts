import type { Command } from "../command.js";
import config from "./config.js";
import daily from "./daily.js";
import deck from "./deck/index.js";
import explain from "./explain.js";
import leaderboard from "./leaderboard.js";
import practice from "./practice.js";
import recall from "./recall.js";
import review from "./review.js";
import stats from "./stats.js";
import stop from "./stop.js";
import streak from "./streak.js";
import test from "./test.js";

export const COMMANDS: readonly Command[] = [
  practice,
  recall,
  explain,
  test,
  stop,
  leaderboard,
  stats,
  deck,
  config,
  daily,
  streak,
  review,
];
export const commandMap = () => new Map(COMMANDS.map((c) => [c.name, c]));
