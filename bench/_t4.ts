import { openStore, awardAnswer } from "../src/store/index.js";
const store = await openStore("memory://");
const now = Date.UTC(2026, 10, 25);
const N = 40000;
const t = performance.now();
for (let i = 0; i < N; i++) await awardAnswer(store, { awardId: "s" + i, guildId: "g", userId: "p" + (i % 5000), deckId: "d", correct: true, points: 10 + (i % 30), now, timeZone: "UTC" });
console.log("seq awards/s", Math.round((N / (performance.now() - t)) * 1000));
await store.close();
