/**
 * Pictures as members see them: /stats, /leaderboard and a public round's podium arrive as PNG
 * attachments shown in the embed, and `/config set images off` leaves only the text.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buttonsOf, DEFAULT_CHANNEL_ID, MANAGER_PERMISSIONS, type FakeMessage } from "../../src/playground/fake-discord/index.js";
import { decodePng } from "../images/pixels.js";
import { correctChoiceOf, downloadAttachment, finalReply, startBot, startWorld, users, type BotProcess, type World } from "./harness.js";

let world: World;
let bot: BotProcess;

beforeAll(async () => {
  world = await startWorld();
  bot = await startBot(world);
}, 60_000);

afterAll(async () => {
  await bot?.stop();
  await world?.close();
});

function command(name: string, options: Record<string, string | number | boolean> = {}, user = users.alice, extra: { subcommand?: string; memberPermissions?: string } = {}) {
  return world.fake.slashCommand({ name, options, user, ...extra });
}

/** The picture a message shows: its embed points at `attachment://NAME` and the attachment is there. */
async function pictureOf(m: FakeMessage, name: string) {
  expect(m.embeds[0]?.image).toMatchObject({ url: expect.stringContaining(name) as unknown });
  const file = m.attachments.find((a) => a.filename === name);
  expect(file, `attachment ${name}`).toBeDefined();
  const png = await downloadAttachment(file!.url);
  expect(png.length).toBeLessThan(300 * 1024);
  return decodePng(png);
}


describe("pictures", () => {
  it("a public round ends with a podium; /stats and /leaderboard reply with their pictures", async () => {
    const seen = new Set(world.fake.channelMessages(DEFAULT_CHANNEL_ID).map((m) => m.id));
    await world.fake.responseTo(command("practice", { deck: "python-asyncio", questions: 1, timer: 60 }).id);
    const question = await world.fake.waitFor(
      () => world.fake.channelMessages(DEFAULT_CHANNEL_ID).find((m) => !seen.has(m.id) && buttonsOf(m).some((b) => String(b.custom_id).startsWith("q1.a."))),
      8000,
      "the question",
    );
    seen.add(question.id);
    const answers = buttonsOf(question).map((b) => String(b.custom_id)).filter((id) => id.startsWith("q1.a."));
    const right = await correctChoiceOf(world, answers[0]!);
    for (const [user, choice] of [[users.alice, right], [users.bob, right], [users.carol, right === 0 ? 1 : 0]] as const) {
      await world.fake.responseTo(world.fake.clickButton({ messageId: question.id, customId: answers[choice]!, user }).id);
    }
    const reveal = buttonsOf(question).map((b) => String(b.custom_id)).find((id) => id.startsWith("q1.r."))!;
    await world.fake.responseTo(world.fake.clickButton({ messageId: question.id, customId: reveal, user: users.alice }).id);
    const summary = await world.fake.waitFor(
      () => world.fake.channelMessages(DEFAULT_CHANNEL_ID).find((m) => !seen.has(m.id) && JSON.stringify(m.embeds).includes("Round over")),
      10_000,
      "the summary",
    );
    const podium = await pictureOf(summary, "podium.png");
    expect([podium.width, podium.height]).toEqual([600, 320]);

    const stats = command("stats");
    expect((await world.fake.responseTo(stats.id)).body.type).toBe(5); // deferred while it draws
    const statsMsg = await finalReply(world.fake, stats.token);
    expect(JSON.stringify(statsMsg.embeds)).toContain("100% (1/1)"); // the text stays beside the picture
    const card = await pictureOf(statsMsg, "stats.png");
    expect([card.width, card.height]).toEqual([800, 450]);

    const lb = command("leaderboard", { period: "all" }, users.carol);
    const lbMsg = await finalReply(world.fake, lb.token);
    const board = await pictureOf(lbMsg, "leaderboard.png");
    // Three players, carol among them: rows only, no extra row for her below.
    expect([board.width, board.height]).toEqual([800, 70 + 3 * 44 + 10]);
    expect(world.fake.limitViolations).toEqual([]);
  });

  it("with images off, /stats and /leaderboard answer with text only", async () => {
    const set = command("config", { images: "off" }, users.alice, { subcommand: "set", memberPermissions: MANAGER_PERMISSIONS });
    const saved = await world.fake.responseTo(set.id);
    expect(JSON.stringify(saved.body.data)).toContain("off (text only)");

    // Members who haven't used these commands in the last 5 s (the per-member cooldown).
    const dan = { id: "1100000000000000109", username: "dan", global_name: "Dan" };
    for (const [name, user] of [["stats", users.bob], ["leaderboard", dan]] as const) {
      const sent = command(name, {}, user);
      const res = await world.fake.responseTo(sent.id);
      expect(res.body.type).toBe(4);
      const embeds = (res.body.data?.embeds ?? []) as { image?: unknown }[];
      expect(embeds.length).toBe(1);
      expect(embeds[0]!.image).toBeUndefined();
      expect(world.fake.originalMessage(sent.token)?.attachments ?? []).toEqual([]);
    }
  });
});
