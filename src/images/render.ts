import { drawLeaderboard, drawPodium } from "./draw-leaderboard.js";
import { drawStats } from "./draw-stats.js";
import type { ImageJob } from "./types.js";

/** Draws one picture (synchronous and CPU-bound: call it from a worker, see pool.ts). */
export function renderImage(job: ImageJob): Buffer {
  switch (job.kind) {
    case "stats":
      return drawStats(job.data);
    case "leaderboard":
      return drawLeaderboard(job.data);
    case "podium":
      return drawPodium(job.data);
  }
}
