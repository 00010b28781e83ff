/**
 * The bot deletes expired rows from its SQLite store on a schedule (Keyv alone only drops an expired
 * row when that key is read again) and counts them in /metrics.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/index.js";
import { startBot, startWorld, type BotProcess, type World } from "../e2e/harness.js";
import { dumpStore } from "../faults/helpers.js";
import { httpGet, poll, sample } from "./helpers.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  const store = await openStore(world.storeUrl, { logger: { warn: () => {} } });
  try {
    // Markers of answers long past, as 30 days of play leave them, and one row that stays.
    for (let i = 0; i < 50; i++) await store.keyv.set(`award:g:old${i}`, { version: 1, at: 0 }, 1);
    await store.keyv.set("award:g:fresh", { version: 1, at: 0 }, 86_400_000);
  } finally {
    await store.close();
  }
  await new Promise((r) => setTimeout(r, 20));
  bot = await startBot(world, { HTTP_PORT: "0", EXPIRY_SWEEP_MS: "1000" });
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

describe("expired rows", () => {
  it("are deleted on a schedule and counted in /metrics", async () => {
    const { port } = await bot.waitForLog("http listening");
    const deleted = await poll(
      async () => {
        const body = (await httpGet(`http://127.0.0.1:${String(port)}/metrics`)).body;
        const n = sample(body, "quizdeck_store_expired_rows_deleted_total") ?? 0;
        return n >= 50 ? n : undefined;
      },
      10_000,
      "the sweep's count in /metrics",
    );
    expect(deleted).toBe(50);
    const rows = [...(await dumpStore(world)).keys()].filter((k) => k.includes(":award:g:"));
    expect(rows).toEqual(["quizdeck:award:g:fresh"]);
  });
});
