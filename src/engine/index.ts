export * from "./random.js";
export * from "./scoring.js";
export * from "./round.js";
export * from "./answers.js";
export * from "./test-verdict.js";
export * from "./streaks.js";
export * from "./recall.js";
export * from "./explain.js";
