/**
 * Self-test of the fake Discord's strict default: every limit it checks is refused the way Discord
 * refuses it (400, code 50035 "Invalid Form Body", the failing field in `errors`), as discord.js
 * reports it to the bot; a post where the bot lacks Send Messages gets 403 50013 (50001 without
 * View Channel). One body just inside each limit passes, so the check is not simply "refuse".
 */
import { Client, DiscordAPIError, GatewayIntentBits, PermissionFlagsBits, REST, Routes } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_BOT_ID,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  startFakeDiscord,
  type FakeDiscord,
} from "../../src/playground/fake-discord/index.js";
import { TEST_TOKEN } from "./harness.js";

const NO_PINGS = { parse: [] };
let fake: FakeDiscord;
let rest: REST;
/** Connected only so the fake has a gateway session to dispatch interactions to; tests answer them over REST. */
let client: Client;

beforeAll(async () => {
  fake = await startFakeDiscord({ token: TEST_TOKEN });
  rest = new REST({ api: fake.apiUrl, retries: 0 }).setToken(TEST_TOKEN);
  await rest.put(Routes.applicationCommands(DEFAULT_BOT_ID), {
    body: [
      {
        name: "quiz",
        description: "d",
        options: [{ type: 3, name: "deck", description: "d", autocomplete: true }],
      },
    ],
  });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
  await client.login(TEST_TOKEN);
  await fake.waitForReady();
});
afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

/** Posts a channel message; resolves with the DiscordAPIError it was refused with, or undefined. */
async function post(body: object, channelId = DEFAULT_CHANNEL_ID): Promise<DiscordAPIError | undefined> {
  try {
    await rest.post(Routes.channelMessages(channelId), { body: { allowed_mentions: NO_PINGS, ...body } });
    return undefined;
  } catch (err) {
    if (err instanceof DiscordAPIError) return err;
    throw err;
  }
}

const field = (chars: number, i = 0) => ({ name: `f${i}`, value: "v".repeat(chars) });
const button = (i: number, customId = `b${i}`) => ({
  type: 2,
  style: 1,
  label: `B${i}`,
  custom_id: customId,
});
const row = (n: number, from = 0) => ({
  type: 1,
  components: Array.from({ length: n }, (_, i) => button(from + i)),
});

/** Each limit: a body just inside it, one just over it, and the field Discord names. */
const LIMITS: { limit: string; ok: object; over: object; field: RegExp }[] = [
  {
    limit: "6,000 characters across all embeds",
    ok: { embeds: [{ description: "d".repeat(4000) }, { description: "d".repeat(2000) }] },
    over: { embeds: [{ description: "d".repeat(4000) }, { description: "d".repeat(2001) }] },
    field: /^embeds\[BASE_TYPE_MAX_LENGTH\]: embeds total 6001 chars/m,
  },
  {
    limit: "10 embeds",
    ok: { embeds: Array.from({ length: 10 }, (_, i) => ({ title: `t${i}` })) },
    over: { embeds: Array.from({ length: 11 }, (_, i) => ({ title: `t${i}` })) },
    field: /^embeds\[BASE_TYPE_MAX_LENGTH\]: 11 embeds \(max 10\)/m,
  },
  {
    limit: "5 action rows",
    ok: { components: [0, 1, 2, 3, 4].map((r) => row(1, r)) },
    over: { components: [0, 1, 2, 3, 4, 5].map((r) => row(1, r)) },
    field: /^components\[BASE_TYPE_MAX_LENGTH\]: 6 action rows \(max 5\)/m,
  },
  {
    limit: "25 fields in an embed",
    ok: { embeds: [{ fields: Array.from({ length: 25 }, (_, i) => field(1, i)) }] },
    over: { embeds: [{ fields: Array.from({ length: 26 }, (_, i) => field(1, i)) }] },
    field: /^embeds\[0\]\[BASE_TYPE_MAX_LENGTH\]: embeds\[0\] has 26 fields/m,
  },
  {
    limit: "100-character custom_id",
    ok: { components: [{ type: 1, components: [button(0, "c".repeat(100))] }] },
    over: { components: [{ type: 1, components: [button(0, "c".repeat(101))] }] },
    field: /^components\[0\]\.components\[0\]\.custom_id\[BASE_TYPE_MAX_LENGTH\]: .*101 chars \(max 100\)/m,
  },
  {
    limit: "1,024 characters in a field value",
    ok: { embeds: [{ fields: [field(1024)] }] },
    over: { embeds: [{ fields: [field(1025)] }] },
    field: /^embeds\[0\]\.fields\[0\]\.value\[BASE_TYPE_MAX_LENGTH\]: .*1025 chars/m,
  },
];

describe("the fake refuses what Discord refuses", () => {
  for (const { limit, ok, over, field: named } of LIMITS) {
    it(`${limit}: 400 Invalid Form Body (50035) naming the field`, async () => {
      expect(await post({ content: "ok", ...ok })).toBeUndefined();
      const before = fake.messages.size;
      const err = await post({ content: "over", ...over });
      expect(err).toBeInstanceOf(DiscordAPIError);
      expect(err).toMatchObject({ status: 400, code: 50035 });
      expect(err!.message).toMatch(/^Invalid Form Body\n/);
      expect(err!.message).toMatch(named);
      expect(fake.messages.size).toBe(before); // nothing was posted
    });
  }

  it("25 autocomplete choices: the 26th is refused under data.choices", async () => {
    const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const answer = async (n: number) => {
      const sent = fake.autocomplete({ name: "quiz", options: { deck: "c" }, focused: "deck" });
      try {
        await rest.post(Routes.interactionCallback(sent.id, sent.token), {
          body: { type: 8, data: { choices: choices(n) } },
          auth: false,
        });
        return undefined;
      } catch (err) {
        return err as DiscordAPIError;
      }
    };
    expect(await answer(25)).toBeUndefined();
    const err = await answer(26);
    expect(err).toMatchObject({ status: 400, code: 50035 });
    expect(err!.message).toMatch(
      /^data\.choices\[BASE_TYPE_MAX_LENGTH\]: 26 autocomplete choices \(max 25\)/m,
    );
  });

  it("a post where the bot lacks Send Messages: 403 Missing Permissions (50013); without View Channel: 50001", async () => {
    const channel = fake.guilds[0]!.channels!.find((c) => c.id === DEFAULT_CHANNEL_ID)!;
    try {
      channel.permission_overwrites = [
        { id: DEFAULT_BOT_ID, type: 1, allow: "0", deny: String(PermissionFlagsBits.SendMessages) },
      ];
      expect(await post({ content: "hi" })).toMatchObject({
        status: 403,
        code: 50013,
        message: "Missing Permissions",
      });
      // The interaction payloads tell the bot the same (app_permissions).
      const sent = fake.autocomplete({ name: "quiz", options: { deck: "c" }, focused: "deck" });
      const payload = fake.interactions.get(sent.id)!.payload;
      expect(BigInt(String(payload.app_permissions)) & PermissionFlagsBits.SendMessages).toBe(0n);

      channel.permission_overwrites = [
        { id: DEFAULT_GUILD_ID, type: 0, allow: "0", deny: String(PermissionFlagsBits.ViewChannel) },
      ];
      expect(await post({ content: "hi" })).toMatchObject({
        status: 403,
        code: 50001,
        message: "Missing Access",
      });
      // A role overwrite allowing it back wins over @everyone's deny, as on Discord.
      channel.permission_overwrites.push({
        id: DEFAULT_BOT_ID,
        type: 1,
        allow: String(PermissionFlagsBits.ViewChannel),
        deny: "0",
      });
      expect(await post({ content: "hi" })).toBeUndefined();
    } finally {
      delete channel.permission_overwrites;
    }
  });

  it("records every refusal as a violation (what test/e2e/harness.ts fails a world on)", () => {
    expect(fake.limitViolations.length).toBe(LIMITS.length + 1);
  });
});
