export { ImagePool } from "./pool.js";
export { renderImage } from "./render.js";
export { STATS_SIZE } from "./draw-stats.js";
export { PODIUM_SIZE, leaderboardHeight } from "./draw-leaderboard.js";
export * from "./types.js";
