/**
 * Self-test of the fake Discord: a bare discord.js Client (in this process) logs in against it,
 * answers interactions, survives a gateway drop, and the fake records what a real Discord would
 * accept or reject. If this passes, bot e2e tests can trust the fake's plumbing.
 */
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  MessageFlags,
  Routes,
  StringSelectMenuBuilder,
  type Interaction,
  type TextChannel,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  DEFAULT_USER,
  buttonsOf,
  checkCommandLimits,
  checkMessageLimits,
  startFakeDiscord,
  type FakeDiscord,
} from "../../src/playground/fake-discord/index.js";

const NO_PINGS = { parse: [] };

/** Errors thrown by the interaction handler (so a test can assert on a rejected callback). */
const handlerErrors: unknown[] = [];
/** Message ids discord.js parsed out of `reply({ withResponse: true })`. */
const withResponseIds: string[] = [];

async function handle(i: Interaction): Promise<void> {
  if (i.isAutocomplete()) {
    await i.respond([{ name: "Capitals", value: "capitals" }]);
    return;
  }
  if (i.isStringSelectMenu() && i.customId === "deck:choose") {
    await i.deferUpdate();
    await i.editReply({ content: `Picked ${i.values.join(",")}`, components: [] });
    return;
  }
  if (i.isButton() && i.customId === "quiz:reveal") {
    await i.update({ content: "Answer: Paris", components: [] });
    return;
  }
  if (!i.isChatInputCommand()) return;
  switch (i.commandName) {
    case "quiz": {
      const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
        new ButtonBuilder().setCustomId("quiz:reveal").setLabel("Reveal").setStyle(ButtonStyle.Primary),
      );
      await i.reply({
        content: `Q1 (${i.options.getString("deck", true)}): capital of France?`,
        components: [row],
        flags: MessageFlags.Ephemeral,
      });
      return;
    }
    case "slow":
      await sleep(300);
      await i.reply({ content: "too late" });
      return;
    case "defer":
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.editReply({ content: "done" });
      await i.followUp({ content: "more", flags: MessageFlags.Ephemeral });
      return;
    case "deck": {
      const user = i.options.getUser("user");
      const select = new StringSelectMenuBuilder()
        .setCustomId("deck:choose")
        .addOptions({ label: "A", value: "a" }, { label: "B", value: "b" });
      await i.reply({
        content: `${i.options.getSubcommand()} ${i.options.getInteger("count", true)} for ${user?.username ?? "nobody"}`,
        components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(select)],
      });
      return;
    }
    case "fetch": {
      const res = await i.reply({ content: "with response", withResponse: true });
      if (res.resource?.message) withResponseIds.push(res.resource.message.id);
      return;
    }
  }
}

describe("fake Discord with a bare discord.js client", () => {
  let fake: FakeDiscord;
  let client: Client;

  beforeAll(async () => {
    fake = await startFakeDiscord({ heartbeatIntervalMs: 500 });
    client = new Client({
      intents: [GatewayIntentBits.Guilds],
      rest: { api: fake.apiUrl },
      allowedMentions: NO_PINGS,
    });
    client.on(
      Events.InteractionCreate,
      (i) => void handle(i).catch((err: unknown) => handlerErrors.push(err)),
    );
    const ready = once(client, Events.ClientReady);
    await client.login(fake.token);
    await ready;
    await client.application?.commands.set([
      {
        name: "quiz",
        description: "Start a quiz",
        options: [{ name: "deck", description: "Deck to use", type: 3, required: true, autocomplete: true }],
      },
      { name: "slow", description: "Answers too late" },
      { name: "defer", description: "Defers, edits, follows up" },
      { name: "fetch", description: "Replies with withResponse" },
      {
        name: "deck",
        description: "Deck tools",
        options: [
          {
            name: "pick",
            description: "Pick a deck",
            type: 1,
            options: [
              {
                name: "count",
                description: "How many",
                type: 4,
                required: true,
                choices: [
                  { name: "one", value: 1 },
                  { name: "two", value: 2 },
                ],
              },
              { name: "user", description: "For whom", type: 6 },
            ],
          },
        ],
      },
    ]);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  it("logs in with the Guilds intent and caches the guild from GUILD_CREATE", () => {
    expect(fake.gateway.stats.identifies).toBe(1);
    expect(fake.gateway.stats.lastIdentify?.intents).toBe(GatewayIntentBits.Guilds);
    expect(fake.gateway.stats.lastQuery).toMatchObject({ v: "10", encoding: "json" });
    expect(fake.gateway.stats.lastQuery?.compress).toBeUndefined();
    const guild = client.guilds.cache.get(DEFAULT_GUILD_ID);
    expect(guild?.name).toBe("Quiz Test Guild");
    expect(guild?.channels.cache.get(DEFAULT_CHANNEL_ID)?.isTextBased()).toBe(true);
    expect(guild?.members.me?.id).toBe(client.user?.id);
    expect(fake.registeredCommands().map((c) => c.name)).toEqual(["quiz", "slow", "defer", "fetch", "deck"]);
    const put = fake.requests.find((r) => r.method === "PUT");
    expect(put?.path).toBe(`/applications/${fake.applicationId}/commands`);
    expect(put?.authorization).toBe(`Bot ${fake.token}`);
  });

  it("slash command → ephemeral reply with a button → click → update", async () => {
    const cmd = fake.slashCommand({ name: "quiz", options: { deck: "capitals" } });
    const reply = await fake.responseTo(cmd.id);
    expect(reply.body.type).toBe(4); // CHANNEL_MESSAGE_WITH_SOURCE
    expect(reply.body.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(reply.body.data?.allowed_mentions).toEqual(NO_PINGS);

    const original = fake.originalMessage(cmd.token);
    expect(original?.content).toBe("Q1 (capitals): capital of France?");
    expect(original?.interactionId).toBe(cmd.id);
    expect(buttonsOf(original!).map((b) => b.custom_id)).toEqual(["quiz:reveal"]);

    const click = fake.clickButton({ messageId: original!.id, customId: "quiz:reveal" });
    const update = await fake.responseTo(click.id);
    expect(update.body.type).toBe(7); // UPDATE_MESSAGE
    const now = fake.messages.get(original!.id);
    expect(now?.content).toBe("Answer: Paris");
    expect(now?.components).toEqual([]);
    expect(now?.flags).toBe(MessageFlags.Ephemeral);
    expect(now?.editCount).toBe(1);

    // The button is gone, so a user cannot click it any more.
    expect(() => fake.clickButton({ messageId: original!.id, customId: "quiz:reveal" })).toThrow(
      /no component/,
    );
    // Ephemeral messages are not reachable through the channel, like on Discord.
    await expect(
      client.rest.get(Routes.channelMessage(DEFAULT_CHANNEL_ID, original!.id)),
    ).rejects.toMatchObject({ code: 10008 });
  });

  it("rejects a second initial response to the same interaction (double ack)", async () => {
    const cmd = fake.slashCommand({ name: "quiz", options: { deck: "x" } });
    await fake.responseTo(cmd.id);
    const second = client.rest.post(Routes.interactionCallback(cmd.id, cmd.token), {
      body: { type: 4, data: { content: "again", allowed_mentions: NO_PINGS } },
      auth: false,
    });
    await expect(second).rejects.toBeInstanceOf(DiscordAPIError);
    await expect(second).rejects.toMatchObject({ code: 40060, status: 400 });
    const it = fake.interactions.get(cmd.id);
    expect(it?.callbacks.map((c) => c.status)).toEqual([204, 400]);
  });

  it("rejects a response that arrives after the interaction deadline with 10062", async () => {
    fake.interactionTimeoutMs = 150;
    try {
      const cmd = fake.slashCommand({ name: "slow" });
      const err = await fake.waitFor(() => handlerErrors.shift(), 3000, "the late reply to fail");
      expect(err).toMatchObject({ code: 10062, status: 404 });
      expect(fake.interactions.get(cmd.id)?.response).toBeUndefined();
    } finally {
      fake.interactionTimeoutMs = 3000;
    }
  });

  it("defer → editReply → followUp", async () => {
    const cmd = fake.slashCommand({ name: "defer" });
    const deferred = await fake.responseTo(cmd.id);
    expect(deferred.body).toEqual({ type: 5, data: { flags: MessageFlags.Ephemeral } });
    await fake.waitFor(() => fake.followUps(cmd.token).length === 1);
    const original = fake.originalMessage(cmd.token);
    expect(original?.content).toBe("done");
    expect(original?.flags).toBe(MessageFlags.Ephemeral); // the "loading" flag is gone
    expect(fake.followUps(cmd.token)[0]?.content).toBe("more");
  });

  it("reply({ withResponse: true }) gets the InteractionCallbackResponse shape", async () => {
    const cmd = fake.slashCommand({ name: "fetch" });
    await fake.responseTo(cmd.id);
    await fake.waitFor(() => withResponseIds.length === 1);
    expect(withResponseIds[0]).toBe(fake.originalMessage(cmd.token)?.id);
  });

  it("autocomplete: focused option in, choices out", async () => {
    const ac = fake.autocomplete({ name: "quiz", options: { deck: "cap" }, focused: "deck" });
    const res = await fake.responseTo(ac.id);
    expect(res.body).toEqual({ type: 8, data: { choices: [{ name: "Capitals", value: "capitals" }] } });
  });

  it("validates slash commands against the registered ones", () => {
    expect(() => fake.slashCommand({ name: "nope" })).toThrow(/not registered/);
    expect(() => fake.slashCommand({ name: "quiz", options: { deck: "x", extra: 1 } })).toThrow(
      /no option "extra"/,
    );
    expect(() => fake.slashCommand({ name: "quiz" })).toThrow(/missing required option/);
    expect(() => fake.slashCommand({ name: "quiz", options: { deck: 3 } })).toThrow(/expects a string/);
  });

  it("subcommands with resolved user options, then a select menu with deferUpdate + editReply", async () => {
    expect(() => fake.slashCommand({ name: "deck", options: { count: 1 } })).toThrow(/needs a subcommand/);
    expect(() => fake.slashCommand({ name: "deck", subcommand: "pick", options: { count: 3 } })).toThrow(
      /not one of the choices/,
    );
    const cmd = fake.slashCommand({
      name: "deck",
      subcommand: "pick",
      options: { count: 2, user: DEFAULT_USER.id },
    });
    const reply = await fake.responseTo(cmd.id);
    expect(reply.body.data?.content).toBe(`pick 2 for ${DEFAULT_USER.username}`);
    const msg = fake.originalMessage(cmd.token)!;
    // Not ephemeral, so the channel endpoint can read it.
    await expect(client.rest.get(Routes.channelMessage(DEFAULT_CHANNEL_ID, msg.id))).resolves.toMatchObject({
      id: msg.id,
    });

    expect(() => fake.selectMenu({ messageId: msg.id, customId: "deck:choose", values: ["zzz"] })).toThrow(
      /no option/,
    );
    const pick = fake.selectMenu({ messageId: msg.id, customId: "deck:choose", values: ["b"] });
    expect((await fake.responseTo(pick.id)).body).toEqual({ type: 6 });
    await fake.waitFor(() => fake.messages.get(msg.id)?.content === "Picked b");
    const edit = fake.requests.findLast((r) => r.method === "PATCH");
    expect(edit?.path).toBe(`/webhooks/${fake.applicationId}/${pick.token}/messages/@original`);
  });

  it("answers 401 to a wrong bot token and 404 to unknown routes", async () => {
    const wrong = await fetch(`${fake.apiUrl}/v10/users/@me`, { headers: { authorization: "Bot nope" } });
    expect(wrong.status).toBe(401);
    const unknown = await fetch(`${fake.apiUrl}/v10/guilds/1/bans`, {
      headers: { authorization: `Bot ${fake.token}` },
    });
    expect(await unknown.json()).toEqual({ code: 0, message: "404: Not Found" });
    // Keep the final "no unexpected rejections" assertion about the bot's own traffic.
    fake.requests.splice(fake.requests.length - 2, 2);
  });

  it("drops the gateway, resumes, and replays events sent while disconnected", async () => {
    const resumesBefore = fake.gateway.stats.resumes;
    expect(fake.dropGateway()).toBe(true);
    // Sent while the bot is offline: buffered and replayed on RESUME.
    const cmd = fake.slashCommand({ name: "quiz", options: { deck: "after-resume" } });
    await fake.waitFor(() => fake.gateway.stats.resumes > resumesBefore, 5000, "a RESUME");
    const reply = await fake.responseTo(cmd.id);
    expect(reply.body.data?.content).toContain("after-resume");
    expect(fake.gateway.stats.identifies).toBe(1); // resumed, not re-identified
    await fake.waitForReady();
  });

  it("sends files as multipart and serves them back", async () => {
    const channel = client.channels.cache.get(DEFAULT_CHANNEL_ID) as TextChannel;
    const sent = await channel.send({
      content: "deck",
      files: [{ attachment: Buffer.from("q: a\n"), name: "deck.yaml" }],
    });
    const req = fake.requests.findLast(
      (r) => r.method === "POST" && r.path === `/channels/${DEFAULT_CHANNEL_ID}/messages`,
    );
    expect(req?.files.map((f) => [f.name, f.content.toString()])).toEqual([["deck.yaml", "q: a\n"]]);
    expect((req?.body as { content?: string }).content).toBe("deck");
    const stored = fake.messages.get(sent.id);
    expect(stored?.attachments[0]?.filename).toBe("deck.yaml");
    const download = await fetch(stored!.attachments[0]!.url);
    expect(await download.text()).toBe("q: a\n");
  });

  it("serves test attachments with delay and status", async () => {
    const url = fake.addAttachment("deck.yaml", "text/yaml", "title: T\n", { delayMs: 50 });
    const t0 = Date.now();
    const res = await fetch(url);
    expect(res.headers.get("content-type")).toBe("text/yaml");
    expect(await res.text()).toBe("title: T\n");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(45);
    const broken = fake.addAttachment("gone.yaml", "text/yaml", "", { status: 404 });
    expect((await fetch(broken)).status).toBe(404);
  });

  it("injects 500s and 429s that discord.js retries", async () => {
    const channel = client.channels.cache.get(DEFAULT_CHANNEL_ID) as TextChannel;
    const path = `/channels/${DEFAULT_CHANNEL_ID}/messages`;
    const before = fake.requests.length;
    fake.failNext({ method: "POST", pathPrefix: path, status: 500 });
    fake.failNext({ method: "POST", pathPrefix: path, status: 429, retryAfter: 0.05 });
    const msg = await channel.send({ content: "eventually" });
    const posts = fake.requests.slice(before).filter((r) => r.path === path);
    expect(posts.map((r) => [r.status, Boolean(r.injected)])).toEqual([
      [500, true],
      [429, true],
      [200, false],
    ]);
    expect(fake.messages.get(msg.id)?.content).toBe("eventually");
  });

  it("recorded no limit violations and no unexpected rejections", () => {
    expect(fake.limitViolations).toEqual([]);
    // Only the deliberate ones: the double ack, the late reply and the ephemeral fetch.
    expect(fake.rejectedRequests.map((r) => r.error?.code).sort()).toEqual([10008, 10062, 40060]);
    expect(handlerErrors).toEqual([]);
  });
});

describe("checkMessageLimits", () => {
  const button = (i: number, label = `B${i}`) => ({ type: 2, style: 1, custom_id: `b${i}`, label });

  it("accepts a well-formed message", () => {
    expect(
      checkMessageLimits({
        content: "hi",
        components: [{ type: 1, components: [button(1)] }],
        allowed_mentions: NO_PINGS,
      }),
    ).toEqual([]);
  });

  it("catches a row with 6 buttons", () => {
    const body = {
      content: "x",
      allowed_mentions: NO_PINGS,
      components: [{ type: 1, components: [1, 2, 3, 4, 5, 6].map((i) => button(i)) }],
    };
    expect(checkMessageLimits(body)).toContainEqual(expect.stringMatching(/6 buttons/));
  });

  it("catches a button label over 80 characters", () => {
    const body = {
      content: "x",
      allowed_mentions: NO_PINGS,
      components: [{ type: 1, components: [button(1, "L".repeat(81))] }],
    };
    expect(checkMessageLimits(body)).toEqual(["components[0].components[0].label is 81 chars (max 80)"]);
  });

  it("catches missing allowed_mentions, also inside interaction callbacks", () => {
    expect(checkMessageLimits({ content: "x" })).toEqual(["allowed_mentions missing"]);
    expect(checkMessageLimits({ type: 4, data: { content: "x" } })).toEqual(["allowed_mentions missing"]);
    expect(
      checkMessageLimits({ type: 7, data: { content: "x", allowed_mentions: { parse: ["users"] } } }),
    ).toHaveLength(1);
    expect(checkMessageLimits({ type: 5, data: { flags: 64 } })).toEqual([]);
  });

  it("catches embed, select menu and custom_id problems", () => {
    const problems = checkMessageLimits({
      allowed_mentions: NO_PINGS,
      embeds: [{ title: "t".repeat(257), fields: [{ name: "n", value: "v".repeat(1025) }] }],
      components: [
        { type: 1, components: [button(1), { type: 3, custom_id: "s", options: [] }] },
        { type: 1, components: [button(1)] },
      ],
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/title is 257/),
        expect.stringMatching(/value is 1025/),
        expect.stringMatching(/select menu must be alone/),
        expect.stringMatching(/0 options/),
        expect.stringMatching(/custom_id "b1" is used 2 times/),
      ]),
    );
  });

  it("checks command registration bodies", () => {
    expect(checkCommandLimits([{ name: "Quiz", description: "" }])).toEqual([
      '/Quiz: name "Quiz" must be lowercase',
      "/Quiz: description is 0 chars (must be 1..100)",
    ]);
    const choices = Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    expect(
      checkCommandLimits([
        { name: "q", description: "d", options: [{ name: "o", description: "d", type: 3, choices }] },
      ]),
    ).toEqual(["/q o: 26 choices (max 25)"]);
  });

  it("checks localised names and descriptions as Discord does", () => {
    const option = (name: string, es: string) => ({
      name,
      description: "d",
      type: 3,
      name_localizations: { "es-ES": es },
    });
    expect(
      checkCommandLimits([
        {
          name: "q",
          description: "d",
          name_localizations: { "es-ES": "Pregunta", xx: "q" },
          description_localizations: { fr: "" },
          options: [
            option("a", "uno"),
            option("b", "uno"),
            { ...option("c", "c"), choices: [{ name: "x", value: "x", name_localizations: { de: "" } }] },
          ],
        },
      ]),
    ).toEqual([
      '/q: "xx" is not a Discord locale',
      '/q [es-ES]: name "Pregunta" must be lowercase',
      "/q [fr]: description is 0 chars (must be 1..100)",
      "/q c choices[0].name_localizations.de is 0 chars (must be 1..100)",
      '/q: name "uno" is used twice in locale es-ES',
    ]);
    const long = "x".repeat(100);
    const options = Array.from({ length: 25 }, (_, i) => ({
      name: `o${i}`,
      description: "d",
      description_localizations: { ja: long, de: long },
      type: 3,
      choices: [{ name: "c", value: "c", name_localizations: { ja: long } }],
    }));
    // Japanese: 25 × (2 + 100 + 100 + 1) + 2 = 5077 chars, over; German: 25 × (2 + 100 + 1 + 1) + 2 = 2602.
    expect(checkCommandLimits([{ name: "q", description: "d", options }])).toEqual([
      expect.stringMatching(/in ja \(max 4000\)/),
    ]);
  });
});
