/**
 * /stats counts due review items from the player's review index (not from every deck's body), and the
 * heavy commands (/stats, /leaderboard, /deck list) have a per-member cooldown with a private
 * "try again in N seconds".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GUILD_ID } from "../../src/playground/fake-discord/index.js";
import { loadDeckDir } from "../../src/decks/registry.js";
import { openStore } from "../../src/store/index.js";
import { gradeCard } from "../../src/engine/index.js";
import { finalReply, startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

let world: World;
let bot: BotProcess;

/** A real schedule (a card graded Good), moved to be due at `due`. */
const schedule = (due: number) => ({ ...gradeCard(undefined, "good", Date.now()), due });

beforeAll(async () => {
  world = await startWorld();
  const deck = (await loadDeckDir(world.decksDir)).decks.get("python-asyncio")!;
  const [c1, c2, c3] = deck.cards;
  const store = await openStore(world.storeUrl, { logger: { warn: () => {} } });
  try {
    const past = Date.now() - 60_000;
    await store.schedules.set(DEFAULT_GUILD_ID, users.alice.id, `python-asyncio:${c1!.id}`, schedule(past));
    await store.schedules.set(DEFAULT_GUILD_ID, users.alice.id, `python-asyncio:${c2!.id}`, schedule(past));
    await store.schedules.set(
      DEFAULT_GUILD_ID,
      users.alice.id,
      `python-asyncio:${c3!.id}`,
      schedule(Date.now() + 86_400_000),
    );
    // Carol's schedule was written before the due index existed: /stats builds her index once.
    await store.keyv.set(
      `sched:${DEFAULT_GUILD_ID}:${users.carol.id}:python-asyncio:${c1!.id}`,
      schedule(past),
    );
    // A deck this server can no longer play: its cards don't count.
    await store.schedules.set(DEFAULT_GUILD_ID, users.alice.id, "removed-deck:c-1", schedule(past));
  } finally {
    await store.close();
  }
  bot = await startBot(world);
}, 60_000);
afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

async function run(name: string, user = users.alice, subcommand?: string) {
  const sent = world.fake.slashCommand({ name, options: {}, user, ...(subcommand ? { subcommand } : {}) });
  const res = await world.fake.responseTo(sent.id);
  // /stats and /leaderboard defer while their picture is drawn: what the member sees is the edit.
  return res.body.type === 5 ? await finalReply(world.fake, sent.token) : (res.body.data ?? {});
}

describe("heavy commands", () => {
  it("/stats counts due items of playable decks from the review index", async () => {
    const data = await run("stats");
    const fields = (data.embeds as { fields: { name: string; value: string }[] }[])[0]!.fields;
    expect(fields.find((f) => f.name === "Review items due")?.value).toBe("2");
  });

  it("/stats of a player from before the review index counts their due cards too", async () => {
    const data = await run("stats", users.carol);
    const fields = (data.embeds as { fields: { name: string; value: string }[] }[])[0]!.fields;
    expect(fields.find((f) => f.name === "Review items due")?.value).toBe("1");
  });

  it("a second /stats, /leaderboard or /deck list within the cooldown is refused privately", async () => {
    const again = await run("stats");
    expect(again.flags).toBe(64);
    expect(again.content).toMatch(/Try again in [1-5] seconds?\./);

    expect((await run("leaderboard")).embeds).toBeDefined();
    expect((await run("leaderboard")).content).toMatch(/Try again in/);
    expect((await run("deck", users.alice, "list")).embeds).toBeDefined();
    expect((await run("deck", users.alice, "list")).content).toMatch(/Try again in/);

    // Per member: bob is not held back by alice's cooldown.
    expect((await run("stats", users.bob)).embeds).toBeDefined();
  });
});
