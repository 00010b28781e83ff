import { openStore, awardAnswer } from "../src/store/index.js";
import fs from "node:fs";
fs.rmSync("/tmp/qbench/t3", { recursive: true, force: true });
const store = await openStore("sqlite:///tmp/qbench/t3/x.sqlite");
const now = Date.UTC(2026, 10, 25);
const N = 40000;
// warm: every player exists
await Promise.all(Array.from({ length: 5000 }, (_, i) => awardAnswer(store, { awardId: "w" + i, guildId: "g", userId: "p" + i, deckId: "d", correct: true, points: 10, now, timeZone: "UTC" })));
const t = performance.now();
for (let b = 0; b < N; b += 1000)
  await Promise.all(Array.from({ length: 1000 }, (_, j) => { const i = b + j; return awardAnswer(store, { awardId: "c" + i, guildId: "g", userId: "p" + (i % 5000), deckId: "d", correct: true, points: 10 + (i % 30), now, timeZone: "UTC" }); }));
console.log("conc awards/s", Math.round((N / (performance.now() - t)) * 1000));
await store.close();
