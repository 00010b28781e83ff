/**
 * A fake Discord (REST + gateway on one ephemeral 127.0.0.1 port) for end-to-end tests of the
 * quizdeck bot. The real bot process runs against it with
 *
 *   DISCORD_API_URL=<fake.apiUrl>   (discord.js: `rest: { api: DISCORD_API_URL }`)
 *   DISCORD_TOKEN=<fake.token>
 *
 * and tests drive it like a user would: `fake.slashCommand(...)`, `fake.clickButton(...)`, then
 * assert on what the bot sent (`fake.responseTo(id)`, `fake.messages`, `fake.requests`).
 *
 * It is deliberately strict where Discord is strict and where bugs hide: a second initial
 * response to an interaction is rejected (40060), a response later than 3 s is rejected (10062),
 * ephemeral messages cannot be fetched through the channel, disabled or missing buttons cannot be
 * clicked, option names/types must match the registered commands, and every message body is run
 * through `checkMessageLimits` (see limits.ts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { FakeGateway, shardOfGuild } from "./gateway.js";
import {
  DiscordHttpError,
  Errors,
  matchRoute,
  parseBody,
  pathPattern,
  readBody,
  sendReply,
  type DiscordErrorBody,
  type RecordedFile,
  type Reply,
  type Route,
} from "./http.js";
import { interactionToken, snowflake } from "./ids.js";
import type {
  AttachmentOptions,
  AttachmentRef,
  AutocompleteInput,
  ComponentInput,
  FakeAttachment,
  FakeComponent,
  FakeDiscordOptions,
  FakeInteraction,
  FakeMessage,
  FailRule,
  InteractionContext,
  LimitViolation,
  MessageAttachment,
  MessageData,
  OptionValue,
  RecordedCallback,
  RecordedRequest,
  ModalSubmitInput,
  SelectMenuInput,
  SentInteraction,
  SlashCommandInput,
  TypedOption,
} from "./types.js";
import { checkCommandLimits, checkMessageLimits } from "./limits.js";
import { FakeDms } from "./dms.js";
import { modalSubmitData, readModal } from "./modals.js";
import { formErrors } from "./form-errors.js";
import { botChannelPermissions, missingSendPermission } from "./channel-permissions.js";
import {
  DEFAULT_APP_PERMISSIONS,
  DEFAULT_BOT_ID,
  DEFAULT_USER,
  channelPayload,
  defaultGuild,
  guildCreatePayload,
  guildRoles,
  memberPayload,
  memberPermissions,
  rolePayload,
  userPayload,
  type FakeChannel,
  type FakeGuild,
  type FakeUser,
} from "./payloads.js";

type Obj = Record<string, unknown>;

// ---------------------------------------------------------------------------------------------
// Constants
// ---------------------------------------------------------------------------------------------

const API_PREFIX = "/api/v10";
const InteractionType = { Ping: 1, Command: 2, Component: 3, Autocomplete: 4, ModalSubmit: 5 } as const;
const Callback = {
  Pong: 1,
  Reply: 4,
  DeferredReply: 5,
  DeferredUpdate: 6,
  Update: 7,
  Autocomplete: 8,
  Modal: 9,
} as const;
/** Which callback types Discord accepts for which interaction type. */
const ALLOWED_CALLBACKS: Record<number, number[]> = {
  [InteractionType.Ping]: [Callback.Pong],
  [InteractionType.Command]: [Callback.Reply, Callback.DeferredReply, Callback.Modal],
  [InteractionType.Component]: [
    Callback.Reply,
    Callback.DeferredReply,
    Callback.DeferredUpdate,
    Callback.Update,
    Callback.Modal,
  ],
  [InteractionType.Autocomplete]: [Callback.Autocomplete],
  [InteractionType.ModalSubmit]: [
    Callback.Reply,
    Callback.DeferredReply,
    Callback.DeferredUpdate,
    Callback.Update,
  ],
};
const Flags = {
  SuppressEmbeds: 4,
  Ephemeral: 64,
  Loading: 128,
  SuppressNotifications: 4096,
  ComponentsV2: 32768,
} as const;
/** Flags a bot may set on channel messages (ephemeral only exists for interaction responses). */
const CHANNEL_MESSAGE_FLAGS = Flags.SuppressEmbeds | Flags.SuppressNotifications | Flags.ComponentsV2;
const INTERACTION_MESSAGE_FLAGS = CHANNEL_MESSAGE_FLAGS | Flags.Ephemeral;
/** Interaction tokens (follow-ups, @original edits) are valid for 15 minutes. */
const TOKEN_LIFETIME_MS = 15 * 60_000;
const SELECT_TYPES = new Set([3, 5, 6, 7, 8]);

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const objs = (v: unknown): Obj[] => arr(v).filter(isObj);

interface Ctx {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
  record: RecordedRequest;
}

// ---------------------------------------------------------------------------------------------
// The fake
// ---------------------------------------------------------------------------------------------

export async function startFakeDiscord(opts: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  const fake = new FakeDiscord(opts);
  await fake.listen();
  for (const a of opts.attachments ?? []) fake.addAttachment(a.name, a.contentType, a.body, a);
  return fake;
}

export class FakeDiscord {
  readonly token: string;
  readonly botUser: FakeUser;
  readonly applicationId: string;
  readonly guilds: FakeGuild[];
  readonly gateway: FakeGateway;

  /** Every REST request, in the order the fake answered them. */
  readonly requests: RecordedRequest[] = [];
  /** Limit problems found in request bodies (assert this is empty). */
  readonly limitViolations: LimitViolation[] = [];
  /** Current state of every live message by id (channel messages, replies, follow-ups). */
  readonly messages = new Map<string, FakeMessage>();
  /** Messages removed via DELETE, final state. */
  readonly deletedMessages: FakeMessage[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly attachments = new Map<string, FakeAttachment>();
  /** Direct-message channels; see dms.ts. */
  readonly dms = new FakeDms();

  /** Mutable so a test can shorten it to exercise late responses. */
  interactionTimeoutMs: number;
  rejectLimitViolations: boolean;
  appPermissions: string;
  /** `shards` in GET /gateway/bot: what a bot with SHARD_COUNT=auto will use. */
  recommendedShards: number;

  private port = 0;
  private readonly server: Server;
  private readonly routes: Route<Ctx>[];
  private readonly failRules: Array<FailRule & { remaining: number }> = [];
  private readonly interactionsByToken = new Map<string, FakeInteraction>();
  /** Registered commands: scope ("global" or a guild id) → command id → command. */
  private readonly commandStore = new Map<string, Map<string, Obj>>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly botRoleId = snowflake();
  private readonly logLine: (line: string) => void;

  constructor(opts: FakeDiscordOptions = {}) {
    this.token = opts.token ?? "fake-discord-token";
    this.botUser = {
      id: DEFAULT_BOT_ID,
      username: "quizdeck",
      global_name: null,
      ...opts.botUser,
      bot: true,
    };
    this.applicationId = this.botUser.id;
    this.guilds = opts.guilds ? [...opts.guilds] : [defaultGuild()];
    this.interactionTimeoutMs = opts.interactionTimeoutMs ?? 3000;
    this.rejectLimitViolations = opts.rejectLimitViolations ?? true;
    this.appPermissions = opts.appPermissions ?? DEFAULT_APP_PERMISSIONS;
    this.recommendedShards = opts.recommendedShards ?? 1;
    const log = opts.log ?? process.env.FAKE_DISCORD_LOG === "1";
    this.logLine =
      typeof log === "function" ? log : log ? (line) => console.error(`[fake-discord] ${line}`) : () => {};

    this.gateway = new FakeGateway({
      token: () => this.token,
      heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
      ready: (shard) => this.readyPayload(shard),
      guildCreates: ([id, count]) =>
        this.guilds
          .filter((g) => shardOfGuild(g.id, count) === id)
          .map((g) => guildCreatePayload(g, this.botUser, this.botRoleId, this.appPermissions)),
      resumeUrl: () => this.gatewayUrl,
      log: this.logLine,
    });
    this.routes = this.buildRoutes();
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.server.on("upgrade", (req: IncomingMessage, socket, head: Buffer) => {
      const path = new URL(req.url ?? "/", "http://localhost").pathname;
      if (path === "/gateway" || path === "/gateway/") this.gateway.handleUpgrade(req, socket, head);
      else socket.destroy();
    });
  }

  /** @internal Use startFakeDiscord(). */
  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }
  /** What the bot's `DISCORD_API_URL` / discord.js `rest.api` must be. */
  get apiUrl(): string {
    return `${this.baseUrl}/api`;
  }
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Closes sockets (gateway and keep-alive HTTP) and the server; leaves no handles behind. */
  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await this.gateway.close();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  // -- Gateway ----------------------------------------------------------------------------------

  /** Resolves once the bot has identified (or resumed) and received its guilds. */
  async waitForReady(timeoutMs = 15_000): Promise<void> {
    await this.waitFor(() => this.gateway.connected, timeoutMs, "the bot to connect to the gateway");
  }

  /**
   * Resolves with the registered commands once the bot has registered any (globally, or in
   * `guildId`). The bot registers after READY, so wait for this before sending commands when
   * their option types should come from the registry.
   */
  async waitForCommands(guildId?: string, timeoutMs = 15_000): Promise<Obj[]> {
    return this.waitFor(
      () => {
        const list = guildId ? this.registeredCommands(guildId) : this.registeredCommands();
        return list.length ? list : undefined;
      },
      timeoutMs,
      `command registration${guildId ? ` in guild ${guildId}` : ""}`,
    );
  }

  /** Resolves once sessions of all these shard ids are connected and have received READY. */
  async waitForShards(ids: number[], timeoutMs = 30_000): Promise<void> {
    await this.waitFor(
      () => ids.every((id) => this.gateway.connectedShards().includes(id)),
      timeoutMs,
      `gateway sessions of shards ${ids.join(", ")}`,
    );
  }

  /**
   * Sends a raw gateway dispatch (op 0) to the bot: to the shard owning `guildId` when given (as
   * Discord does), else to the latest session.
   */
  dispatch(event: string, data: unknown, guildId?: string): void {
    this.logLine(`gateway → ${event}${guildId ? ` (guild ${guildId})` : ""}`);
    this.gateway.dispatch(event, data, guildId);
  }

  /** Drops the gateway connection; see FakeGateway.drop for what `code` does. */
  dropGateway(opts: { code?: number } = {}): boolean {
    return this.gateway.drop(opts.code);
  }

  /** Adds a guild (sends GUILD_CREATE if the bot is connected, i.e. "the bot joined a guild"). */
  addGuild(guild: FakeGuild): void {
    this.guilds.push(guild);
    if (this.gateway.sessionFor(guild.id)) {
      this.dispatch(
        "GUILD_CREATE",
        guildCreatePayload(guild, this.botUser, this.botRoleId, this.appPermissions),
        guild.id,
      );
    }
  }

  // -- Fault injection and attachments --------------------------------------------------------

  /** The next `count` matching REST requests fail with `status` (429 with Retry-After, or 5xx). */
  failNext(rule: FailRule): void {
    this.failRules.push({ ...rule, remaining: rule.count ?? 1 });
  }

  /** Serves `body` at the returned URL (`http://127.0.0.1:PORT/attachments/<id>/<name>`). */
  addAttachment(
    name: string,
    contentType: string,
    body: Buffer | string,
    opts: AttachmentOptions = {},
  ): string {
    const id = snowflake();
    const url = `${this.baseUrl}/attachments/${id}/${encodeURIComponent(name)}`;
    this.attachments.set(id, {
      id,
      name,
      contentType,
      body: typeof body === "string" ? Buffer.from(body, "utf8") : body,
      url,
      delayMs: opts.delayMs ?? 0,
      status: opts.status ?? 200,
      downloads: 0,
    });
    return url;
  }

  /** URL of an attachment by file name (e.g. one passed in `opts.attachments`). */
  attachmentUrl(name: string): string {
    const found = [...this.attachments.values()].find((a) => a.name === name);
    if (!found) throw new Error(`fake-discord: no attachment named ${name}`);
    return found.url;
  }

  // -- Interactions -----------------------------------------------------------------------------

  /** Dispatches a chat-input command (INTERACTION_CREATE type 2). */
  slashCommand(input: SlashCommandInput): SentInteraction {
    const { guild, channel } = this.resolveLocation(input);
    const data = this.commandData(input, guild, undefined);
    return this.sendInteraction(InteractionType.Command, input, guild, channel, data, {});
  }

  /** Dispatches an autocomplete request (type 4) with `focused` marking the option being typed. */
  autocomplete(input: AutocompleteInput): SentInteraction {
    const { guild, channel } = this.resolveLocation(input);
    const data = this.commandData(input, guild, input.focused);
    return this.sendInteraction(InteractionType.Autocomplete, input, guild, channel, data, {});
  }

  /** Dispatches a button click (type 3) on a stored message. */
  clickButton(input: ComponentInput): SentInteraction {
    const { message, component } = this.findClickable(input, (c) => c.type === 2, "button");
    if (component && component.style === 5)
      throw new Error(`fake-discord: ${input.customId} is a link button; it cannot be clicked`);
    return this.sendComponent(input, message, { custom_id: input.customId, component_type: 2 });
  }

  /** Dispatches a select-menu choice (type 3) on a stored message. */
  selectMenu(input: SelectMenuInput): SentInteraction {
    const { message, component } = this.findClickable(input, (c) => SELECT_TYPES.has(c.type), "select menu");
    const componentType = component?.type ?? 3;
    if (component && !input.force) {
      const min = typeof component.min_values === "number" ? component.min_values : 1;
      const max = typeof component.max_values === "number" ? component.max_values : 1;
      if (input.values.length < min || input.values.length > max) {
        throw new Error(
          `fake-discord: ${input.customId} accepts ${min}..${max} values, got ${input.values.length}`,
        );
      }
      if (componentType === 3) {
        const allowed = objs(component.options).map((o) => o.value);
        const bad = input.values.filter((v) => !allowed.includes(v));
        if (bad.length)
          throw new Error(
            `fake-discord: ${input.customId} has no option(s) ${bad.join(", ")} (has ${allowed.join(", ")})`,
          );
      }
    }
    const data: Obj = { custom_id: input.customId, component_type: componentType, values: input.values };
    if (componentType !== 3) {
      const { guild } = this.resolveLocation({ ...input, channelId: message.channel_id });
      const resolved: Obj = {};
      for (const v of input.values)
        this.resolveId(
          componentType === 5 ? 6 : componentType === 6 ? 8 : componentType === 8 ? 7 : 9,
          v,
          guild,
          resolved,
        );
      data.resolved = resolved;
    }
    return this.sendComponent(input, message, data);
  }

  /** A user fills in the modal the bot opened for `interactionId` and submits it (type 5). */
  submitModal(input: ModalSubmitInput): SentInteraction {
    const opener = this.interactions.get(input.interactionId);
    if (!opener?.modal) throw new Error(`fake-discord: interaction ${input.interactionId} opened no modal`);
    const data = modalSubmitData(opener.modal, input.values);
    const { guild, channel } = this.resolveLocation({ guildId: opener.guildId, channelId: opener.channelId });
    const source = opener.sourceMessageId ? this.messages.get(opener.sourceMessageId) : undefined;
    const where = source ? { message: this.toApi(source), sourceMessageId: source.id } : {};
    // The modal is submitted from the same client as the interaction that opened it: same language.
    const locale = typeof opener.payload.locale === "string" ? opener.payload.locale : undefined;
    return this.sendInteraction(
      InteractionType.ModalSubmit,
      { user: opener.user, ...(locale ? { locale } : {}) },
      guild,
      channel,
      data,
      where,
    );
  }

  /** The accepted initial response of an interaction (first successful callback). */
  async responseTo(interactionId: string, timeoutMs = 5000): Promise<RecordedCallback> {
    return this.waitFor(
      () => this.interactions.get(interactionId)?.response,
      timeoutMs,
      `the initial response to interaction ${interactionId}`,
    );
  }

  /** First recorded request (past or future) matching `predicate`. */
  async waitForRequest(
    predicate: (r: RecordedRequest) => boolean,
    timeoutMs = 5000,
  ): Promise<RecordedRequest> {
    return this.waitFor(() => this.requests.find(predicate), timeoutMs, "a matching request");
  }

  /** Polls `predicate` every 10 ms until it returns something truthy, and resolves with that. */
  async waitFor<T>(predicate: () => T, timeoutMs = 5000, what = "a condition"): Promise<NonNullable<T>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = predicate();
      if (value) return value as NonNullable<T>;
      if (Date.now() > deadline) {
        throw new Error(
          `fake-discord: timed out after ${timeoutMs} ms waiting for ${what}. Recent requests:\n${this.describeRecent()}`,
        );
      }
      await sleep(10);
    }
  }

  // -- Inspection -------------------------------------------------------------------------------

  /** Live messages in a channel, oldest first (ephemeral ones included; check `flags & 64`). */
  channelMessages(channelId: string): FakeMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  /** The message `@original` of an interaction refers to, by interaction token. */
  originalMessage(interactionToken: string): FakeMessage | undefined {
    const id = this.interactionsByToken.get(interactionToken)?.originalMessageId;
    return id ? this.messages.get(id) : undefined;
  }

  /** Follow-up messages of an interaction, oldest first. */
  followUps(interactionToken: string): FakeMessage[] {
    const it = this.interactionsByToken.get(interactionToken);
    if (!it) return [];
    return [...this.messages.values()].filter(
      (m) => m.interactionId === it.id && m.id !== it.originalMessageId,
    );
  }

  /** Messages the bot sent to a user in direct messages, oldest first. */
  directMessages(userId: string): FakeMessage[] {
    const channelId = this.dms.channelOf(userId);
    return channelId ? this.channelMessages(channelId) : [];
  }

  /** From now on the bot's DMs to this user fail with 50007 (`false`: accepted again). */
  refuseDms(userId: string, refuse = true): void {
    if (refuse) this.dms.refusing.add(userId);
    else this.dms.refusing.delete(userId);
  }

  /** Commands registered globally (no argument) or for a guild. */
  registeredCommands(guildId?: string): Obj[] {
    return [...(this.commandStore.get(guildId ?? "global")?.values() ?? [])];
  }

  /** Requests the fake rejected with an error that was not injected (unknown routes included). */
  get rejectedRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.status >= 400 && !r.injected);
  }

  /** Forgets recorded requests and violations (state such as messages is kept). */
  clearRecords(): void {
    this.requests.length = 0;
    this.limitViolations.length = 0;
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP
  // ---------------------------------------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const url = new URL(req.url ?? "/", this.baseUrl);
      if (req.method === "GET" && url.pathname.startsWith("/attachments/")) {
        await this.serveAttachment(url.pathname, res);
        return;
      }
      const at = Date.now();
      const raw = await readBody(req);
      const { body, files } = await parseBody(raw, req.headers["content-type"]);
      const method = req.method ?? "GET";
      const inApi = url.pathname.startsWith(`${API_PREFIX}/`);
      // Decoded per segment: discord.js sends `@original` as `%40original`, tests match on `@original`.
      const rawPath = inApi ? url.pathname.slice(API_PREFIX.length) : url.pathname;
      const path = rawPath.split("/").map(safeDecode).join("/");
      const record: RecordedRequest = {
        method,
        path,
        query: Object.fromEntries(url.searchParams),
        body,
        files,
        at,
        status: 0,
        authorization: req.headers.authorization,
      };
      // Everything from here to sendReply is synchronous, so no test ever sees a half-applied
      // request: state changes, the record and the response appear together.
      const reply = inApi
        ? this.handle(
            { method, path, query: url.searchParams, body, files, record },
            req.headers.authorization,
          )
        : Errors.notFound().toReply();
      record.status = reply.status;
      if (reply.status >= 400 && isObj(reply.body)) record.error = reply.body as unknown as DiscordErrorBody;
      this.requests.push(record);
      this.logLine(
        `${method} ${path}${url.search} → ${reply.status}${record.error ? ` ${record.error.code} ${record.error.message}` : ""}`,
      );
      sendReply(res, reply);
    } catch (err) {
      this.logLine(`internal error: ${(err as Error).stack ?? String(err)}`);
      sendReply(res, {
        status: 500,
        body: { code: 0, message: `fake-discord internal error: ${(err as Error).message}` },
      });
    }
  }

  private handle(ctx: Ctx, authorization: string | undefined): Reply {
    const match = matchRoute(this.routes, ctx.method, ctx.path);
    if (match === undefined) return Errors.notFound().toReply();
    if (match === "method") return Errors.methodNotAllowed().toReply();
    const { route, params } = match;

    if (route.check) {
      const problems =
        route.check === "commands"
          ? checkCommandLimits(ctx.body)
          : checkMessageLimits(ctx.body, { create: route.check === "create", fileCount: ctx.files.length });
      if (problems.length) {
        this.limitViolations.push({ method: ctx.method, path: ctx.path, problems, at: ctx.record.at });
        this.logLine(`limit violations on ${ctx.method} ${ctx.path}: ${problems.join("; ")}`);
        const fatal = problems.filter((p) => !p.startsWith("allowed_mentions"));
        if (this.rejectLimitViolations && fatal.length)
          return Errors.invalidFormBody(
            formErrors(fatal, route.check === "callback" ? ["data"] : []),
          ).toReply();
      }
    }

    const injected = this.takeFailure(ctx);
    if (injected) {
      ctx.record.injected = true;
      return injected;
    }

    if (route.auth && authorization !== `Bot ${this.token}`) return Errors.unauthorized().toReply();
    try {
      return route.handle(ctx, params);
    } catch (err) {
      if (err instanceof DiscordHttpError) return err.toReply();
      throw err;
    }
  }

  private takeFailure(ctx: Ctx): Reply | undefined {
    const rule = this.failRules.find(
      (r) =>
        r.remaining > 0 &&
        (!r.method || r.method.toUpperCase() === ctx.method) &&
        (!r.pathPrefix || ctx.path.startsWith(r.pathPrefix)),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    if (rule.status === 429) {
      const retryAfter = rule.retryAfter ?? 0.1;
      const headers: Record<string, string> = {
        "retry-after": String(retryAfter),
        "x-ratelimit-scope": rule.global ? "global" : "user",
      };
      if (rule.global) headers["x-ratelimit-global"] = "true";
      return {
        status: 429,
        headers,
        body: {
          message: "You are being rate limited.",
          retry_after: retryAfter,
          global: Boolean(rule.global),
          code: 0,
        },
      };
    }
    return {
      status: rule.status,
      body: {
        message: rule.code
          ? `fake-discord injected ${rule.code}`
          : `${rule.status}: fake-discord injected failure`,
        code: rule.code ?? 0,
        ...(rule.errors === undefined ? {} : { errors: rule.errors }),
      },
    };
  }

  private async serveAttachment(pathname: string, res: ServerResponse): Promise<void> {
    const [, , id] = pathname.split("/");
    const att = id ? this.attachments.get(id) : undefined;
    if (!att) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not Found");
      return;
    }
    att.downloads += 1;
    if (att.delayMs > 0) {
      await new Promise<void>((resolve) => {
        const t = setTimeout(() => {
          this.timers.delete(t);
          resolve();
        }, att.delayMs);
        this.timers.add(t);
      });
    }
    if (res.destroyed) return;
    if (att.status !== 200) {
      res.writeHead(att.status, { "content-type": "text/plain" }).end(`fake-discord: status ${att.status}`);
      return;
    }
    res
      .writeHead(200, { "content-type": att.contentType, "content-length": String(att.body.length) })
      .end(att.body);
  }

  private buildRoutes(): Route<Ctx>[] {
    const r = (
      method: string,
      path: string,
      opts: { auth?: boolean; check?: Route<Ctx>["check"] },
      handle: Route<Ctx>["handle"],
    ): Route<Ctx> => ({
      method,
      pattern: pathPattern(path),
      auth: opts.auth ?? true,
      check: opts.check,
      handle,
    });
    const cmds = (scope: (p: string[]) => string) => ({
      list: (_: Ctx, p: string[]) => {
        this.checkApp(p[0]);
        return { status: 200, body: this.registeredCommands(this.scopeGuild(scope(p))) };
      },
      put: (c: Ctx, p: string[]) => ({ status: 200, body: this.putCommands(p[0], scope(p), c.body) }),
      post: (c: Ctx, p: string[]) => this.postCommand(p[0], scope(p), c.body),
      get: (_: Ctx, p: string[]) => ({ status: 200, body: this.getCommand(p[0], scope(p), p.at(-1)) }),
      patch: (c: Ctx, p: string[]) => ({
        status: 200,
        body: this.patchCommand(p[0], scope(p), p.at(-1), c.body),
      }),
      del: (_: Ctx, p: string[]) => {
        this.getCommand(p[0], scope(p), p.at(-1));
        this.commandStore.get(scope(p))?.delete(p.at(-1) ?? "");
        return { status: 204 };
      },
    });
    const global = cmds(() => "global");
    const guild = cmds((p) => p[1] ?? "");
    return [
      r("GET", "/gateway", { auth: false }, () => ({ status: 200, body: { url: this.gatewayUrl } })),
      r("GET", "/gateway/bot", {}, () => ({
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: this.recommendedShards,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
        },
      })),
      r("GET", "/users/@me", {}, () => ({
        status: 200,
        body: { ...userPayload(this.botUser), verified: true, mfa_enabled: false },
      })),
      r("GET", "/applications/@me", {}, () => ({ status: 200, body: this.applicationPayload() })),
      r("GET", "/guilds/:guild/members/:user", {}, (_, p) => {
        const member = this.findMember(p[0] ?? "", p[1] ?? "");
        if (!member) throw Errors.unknownMember();
        return { status: 200, body: memberPayload(member) };
      }),
      r("GET", "/users/:user", {}, (_, p) => {
        const user = [...this.seenMembers.values()].find((m) => m.user.id === p[0])?.user;
        if (!user) throw Errors.unknownUser();
        return { status: 200, body: userPayload(user) };
      }),

      r("GET", "/applications/:app/commands", {}, global.list),
      r("PUT", "/applications/:app/commands", { check: "commands" }, global.put),
      r("POST", "/applications/:app/commands", { check: "commands" }, global.post),
      r("GET", "/applications/:app/commands/:cmd", {}, global.get),
      r("PATCH", "/applications/:app/commands/:cmd", {}, global.patch),
      r("DELETE", "/applications/:app/commands/:cmd", {}, global.del),
      r("GET", "/applications/:app/guilds/:guild/commands", {}, guild.list),
      r("PUT", "/applications/:app/guilds/:guild/commands", { check: "commands" }, guild.put),
      r("POST", "/applications/:app/guilds/:guild/commands", { check: "commands" }, guild.post),
      r("GET", "/applications/:app/guilds/:guild/commands/:cmd", {}, guild.get),
      r("PATCH", "/applications/:app/guilds/:guild/commands/:cmd", {}, guild.patch),
      r("DELETE", "/applications/:app/guilds/:guild/commands/:cmd", {}, guild.del),

      r("POST", "/interactions/:id/:token/callback", { auth: false, check: "callback" }, (c, p) =>
        this.interactionCallback(c, p),
      ),
      r("POST", "/webhooks/:app/:token", { auth: false, check: "create" }, (c, p) =>
        this.webhookExecute(c, p),
      ),
      r("GET", "/webhooks/:app/:token/messages/:msg", { auth: false }, (_, p) => ({
        status: 200,
        body: this.toApi(this.webhookMessage(p)),
      })),
      r("PATCH", "/webhooks/:app/:token/messages/:msg", { auth: false, check: "edit" }, (c, p) => {
        const msg = this.webhookMessage(p);
        this.applyEdit(msg, c.body, c.files);
        return { status: 200, body: this.toApi(msg) };
      }),
      r("DELETE", "/webhooks/:app/:token/messages/:msg", { auth: false }, (_, p) => {
        this.deleteMessage(this.webhookMessage(p));
        return { status: 204 };
      }),

      r("GET", "/channels/:id", {}, (_, p) => {
        const { guild, channel } = this.findChannel(p[0]);
        return {
          status: 200,
          body: channelPayload(guild.id, channel, guild.channels?.indexOf(channel) ?? 0, {
            last_message_id: this.lastMessageId(channel.id),
          }),
        };
      }),
      r("POST", "/channels/:id/typing", {}, (_, p) => {
        this.findChannel(p[0]);
        return { status: 204 };
      }),
      r("GET", "/channels/:id/messages", {}, (c, p) => {
        this.findChannel(p[0]);
        const limit = Math.min(Number(c.query.get("limit") ?? 50), 100);
        const list = this.channelMessages(p[0] ?? "")
          .filter((m) => !(m.flags & Flags.Ephemeral))
          .reverse()
          .slice(0, limit);
        return { status: 200, body: list.map((m) => this.toApi(m)) };
      }),
      r("POST", "/users/@me/channels", {}, (c) => ({
        status: 200,
        body: this.dms.open(c.body, (id) => this.knownUser(id)),
      })),
      r("POST", "/channels/:id/messages", { check: "create" }, (c, p) => {
        if (this.dms.isDmChannel(p[0])) return this.postDirectMessage(c, p[0] ?? "");
        const { guild, channel } = this.findChannel(p[0]);
        const missing = missingSendPermission(this.botPermissionsIn(guild, channel));
        if (missing) throw missing === "view" ? Errors.missingAccess() : Errors.missingPermissions();
        const msg = this.createMessage(channel.id, this.messageData(c.body), c.files, {
          type: 0,
          allowedFlags: CHANNEL_MESSAGE_FLAGS,
        });
        return { status: 200, body: this.toApi(msg) };
      }),
      r("GET", "/channels/:id/messages/:msg", {}, (_, p) => ({
        status: 200,
        body: this.toApi(this.channelMessage(p)),
      })),
      r("PATCH", "/channels/:id/messages/:msg", { check: "edit" }, (c, p) => {
        const msg = this.channelMessage(p);
        this.applyEdit(msg, c.body, c.files);
        return { status: 200, body: this.toApi(msg) };
      }),
      r("DELETE", "/channels/:id/messages/:msg", {}, (_, p) => {
        this.deleteMessage(this.channelMessage(p));
        return { status: 204 };
      }),
    ];
  }

  // ---------------------------------------------------------------------------------------------
  // Interaction callbacks and webhooks
  // ---------------------------------------------------------------------------------------------

  private interactionCallback(ctx: Ctx, [id, token]: string[]): Reply {
    const it = id ? this.interactions.get(id) : undefined;
    if (!it || it.token !== token) throw Errors.unknownInteraction();
    it.callbacks.push(ctx.record);
    // Discord accepts exactly one initial response per interaction; everything else must go
    // through the webhook (editReply/followUp). A second one is a bot bug (double ack).
    if (it.response) throw Errors.alreadyAcknowledged();
    if (Date.now() - it.sentAt > this.interactionTimeoutMs) throw Errors.unknownInteraction();

    const body = isObj(ctx.body) ? ctx.body : {};
    const type = typeof body.type === "number" ? body.type : -1;
    if (!(ALLOWED_CALLBACKS[it.type] ?? []).includes(type)) {
      throw Errors.invalidFormBody({
        type: {
          _errors: [
            {
              code: "INTERACTION_RESPONSE_TYPE_INVALID",
              message: `Callback type ${type} is not valid for interaction type ${it.type}`,
            },
          ],
        },
      });
    }
    const data = this.messageData(body.data);
    let message: FakeMessage | undefined;
    switch (type) {
      case Callback.Reply:
        message = this.createMessage(it.channelId, data, ctx.files, {
          type: this.replyMessageType(it),
          allowedFlags: INTERACTION_MESSAGE_FLAGS,
          interaction: it,
        });
        it.originalMessageId = message.id;
        break;
      case Callback.DeferredReply:
        // "Bot is thinking...": an empty loading message that editReply later fills in.
        message = this.createMessage(it.channelId, { content: "", flags: data.flags }, [], {
          type: this.replyMessageType(it),
          allowedFlags: Flags.Ephemeral,
          extraFlags: Flags.Loading,
          interaction: it,
        });
        it.originalMessageId = message.id;
        break;
      case Callback.DeferredUpdate:
      case Callback.Update: {
        message = it.sourceMessageId ? this.messages.get(it.sourceMessageId) : undefined;
        if (!message) throw Errors.unknownMessage();
        if (type === Callback.Update) this.applyEdit(message, data, ctx.files);
        it.originalMessageId = message.id;
        break;
      }
      case Callback.Modal:
        it.modal = readModal(isObj(body.data) ? body.data : {});
        break;
      default:
        break; // PONG, autocomplete result: nothing to store beyond the record
    }
    it.response = ctx.record as RecordedCallback;

    if (ctx.query.get("with_response") !== "true") return { status: 204 };
    // InteractionCallbackResponse shape (discord.js: InteractionCallback + InteractionCallbackResource).
    return {
      status: 200,
      body: {
        interaction: {
          id: it.id,
          type: it.type,
          ...(message
            ? {
                response_message_id: message.id,
                response_message_loading: (message.flags & Flags.Loading) !== 0,
                response_message_ephemeral: (message.flags & Flags.Ephemeral) !== 0,
              }
            : {}),
        },
        resource: {
          type,
          ...(message && type !== Callback.DeferredUpdate ? { message: this.toApi(message) } : {}),
        },
      },
    };
  }

  private webhookExecute(ctx: Ctx, [app, token]: string[]): Reply {
    const it = this.webhookInteraction(app, token);
    // Follow-ups need the initial response first (Discord answers 10015 before that).
    if (!it.response) throw Errors.unknownWebhook();
    const msg = this.createMessage(it.channelId, this.messageData(ctx.body), ctx.files, {
      type: 0,
      allowedFlags: INTERACTION_MESSAGE_FLAGS,
      interaction: it,
      followUp: true,
    });
    return ctx.query.get("wait") === "true" ? { status: 200, body: this.toApi(msg) } : { status: 204 };
  }

  private webhookInteraction(app: string | undefined, token: string | undefined): FakeInteraction {
    const it = token ? this.interactionsByToken.get(token) : undefined;
    if (!it || app !== this.applicationId || Date.now() - it.sentAt > TOKEN_LIFETIME_MS)
      throw Errors.unknownWebhook();
    return it;
  }

  /** `@original` or a message created through this interaction's webhook. */
  private webhookMessage([app, token, msgId]: string[]): FakeMessage {
    const it = this.webhookInteraction(app, token);
    const targetId = msgId === "@original" ? it.originalMessageId : msgId;
    const msg = targetId ? this.messages.get(targetId) : undefined;
    if (!msg || (msgId !== "@original" && msg.interactionId !== it.id && msg.id !== it.originalMessageId))
      throw Errors.unknownMessage();
    return msg;
  }

  private replyMessageType(it: FakeInteraction): number {
    return it.type === InteractionType.Command ? 20 : 0; // 20 = CHAT_INPUT_COMMAND, 0 = DEFAULT
  }

  // ---------------------------------------------------------------------------------------------
  // Messages
  // ---------------------------------------------------------------------------------------------

  private messageData(body: unknown): MessageData {
    return isObj(body) ? (body as MessageData) : {};
  }

  private createMessage(
    channelId: string,
    data: MessageData,
    files: RecordedFile[],
    opts: {
      type: number;
      allowedFlags: number;
      extraFlags?: number;
      interaction?: FakeInteraction;
      followUp?: boolean;
    },
  ): FakeMessage {
    const it = opts.interaction;
    const msg: FakeMessage = {
      id: snowflake(),
      channel_id: channelId,
      type: opts.type,
      author: userPayload(this.botUser),
      content: typeof data.content === "string" ? data.content : "",
      embeds: objs(data.embeds),
      components: objs(data.components),
      flags: ((typeof data.flags === "number" ? data.flags : 0) & opts.allowedFlags) | (opts.extraFlags ?? 0),
      attachments: this.resolveAttachments([], data.attachments, files),
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      editCount: 0,
    };
    if (it) {
      msg.webhook_id = this.applicationId;
      msg.application_id = this.applicationId;
      msg.interactionId = it.id;
      msg.interaction_metadata = {
        id: it.id,
        type: it.type,
        user: userPayload(it.user),
        authorizing_integration_owners: { "0": it.guildId },
        ...(opts.followUp && it.originalMessageId
          ? { original_response_message_id: it.originalMessageId }
          : {}),
        ...(it.sourceMessageId ? { interacted_message_id: it.sourceMessageId } : {}),
      };
    }
    this.messages.set(msg.id, msg);
    return msg;
  }

  /** Applies an edit like Discord: fields present in the body replace the stored ones. */
  private applyEdit(msg: FakeMessage, body: unknown, files: RecordedFile[]): void {
    const data = this.messageData(body);
    if ("content" in data) msg.content = typeof data.content === "string" ? data.content : "";
    if ("embeds" in data) msg.embeds = objs(data.embeds);
    if ("components" in data) msg.components = objs(data.components);
    if (typeof data.flags === "number") {
      // Ephemerality cannot change after creation; only the editable flags are taken.
      msg.flags = (msg.flags & Flags.Ephemeral) | (data.flags & CHANNEL_MESSAGE_FLAGS);
    }
    if ("attachments" in data || files.length)
      msg.attachments = this.resolveAttachments(msg.attachments, data.attachments, files);
    msg.flags &= ~Flags.Loading; // editing a deferred reply replaces "thinking..."
    msg.edited_timestamp = new Date().toISOString();
    msg.editCount += 1;
  }

  private deleteMessage(msg: FakeMessage): void {
    this.messages.delete(msg.id);
    this.deletedMessages.push(msg);
  }

  /**
   * `attachments` in the payload lists which existing attachments to keep (by id) and describes
   * new uploads (`files[n]`); uploads become downloadable attachments on this server.
   */
  private resolveAttachments(
    existing: MessageAttachment[],
    listed: unknown,
    files: RecordedFile[],
  ): MessageAttachment[] {
    const keepIds = Array.isArray(listed) ? new Set(objs(listed).map((a) => String(a.id))) : undefined;
    const kept = keepIds ? existing.filter((a) => keepIds.has(a.id)) : existing;
    const uploaded = files.map((f) => {
      const url = this.addAttachment(f.name, f.contentType, f.content);
      const id = url.split("/").at(-2) ?? snowflake();
      return { id, filename: f.name, size: f.size, url, proxy_url: url, content_type: f.contentType };
    });
    return [...kept, ...uploaded];
  }

  private postDirectMessage(ctx: Ctx, channelId: string): Reply {
    try {
      this.dms.assertCanSend(channelId);
    } catch (err) {
      ctx.record.injected = true; // a refusal the test set up, not a bug of the bot's
      throw err;
    }
    const msg = this.createMessage(channelId, this.messageData(ctx.body), ctx.files, {
      type: 0,
      allowedFlags: CHANNEL_MESSAGE_FLAGS,
    });
    return { status: 200, body: this.toApi(msg) };
  }

  /** A user the fake knows from its guilds' members, if any. */
  private knownUser(id: string): FakeUser | undefined {
    for (const g of this.guilds) {
      const m = g.members?.find((x) => x.user.id === id);
      if (m) return m.user;
    }
    return undefined;
  }

  private channelMessage([channelId, msgId]: string[]): FakeMessage {
    this.findChannel(channelId);
    const msg = msgId ? this.messages.get(msgId) : undefined;
    // Ephemeral messages only exist for the interaction's user: the channel endpoints 404.
    if (!msg || msg.channel_id !== channelId || msg.flags & Flags.Ephemeral) throw Errors.unknownMessage();
    if (String(msg.author.id) !== this.botUser.id) throw Errors.cannotEditOthers();
    return msg;
  }

  private lastMessageId(channelId: string): string | null {
    return (
      this.channelMessages(channelId)
        .filter((m) => !(m.flags & Flags.Ephemeral))
        .at(-1)?.id ?? null
    );
  }

  /** The API object (without the fake-only fields), deep-copied. */
  private toApi(msg: FakeMessage): Obj {
    const { interactionId: _i, editCount: _e, ...api } = msg;
    return structuredClone(api) as Obj;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands
  // ---------------------------------------------------------------------------------------------

  private checkApp(app: string | undefined): void {
    if (app !== this.applicationId) throw Errors.unknownApplication();
  }

  private scopeGuild(scope: string): string | undefined {
    return scope === "global" ? undefined : scope;
  }

  private normalizeCommand(cmd: Obj, scope: string, id: string): Obj {
    const guildId = this.scopeGuild(scope);
    return {
      id,
      application_id: this.applicationId,
      version: snowflake(),
      type: typeof cmd.type === "number" ? cmd.type : 1,
      name: cmd.name,
      name_localizations: cmd.name_localizations ?? null,
      description: cmd.description ?? "",
      description_localizations: cmd.description_localizations ?? null,
      options: arr(cmd.options),
      default_member_permissions: cmd.default_member_permissions ?? null,
      contexts: cmd.contexts ?? null,
      integration_types: cmd.integration_types ?? [0],
      nsfw: cmd.nsfw ?? false,
      ...(guildId ? { guild_id: guildId } : { dm_permission: cmd.dm_permission ?? true }),
    };
  }

  private putCommands(app: string | undefined, scope: string, body: unknown): Obj[] {
    this.checkApp(app);
    const previous = this.registeredCommands(this.scopeGuild(scope));
    const next = new Map<string, Obj>();
    for (const cmd of objs(body)) {
      const type = typeof cmd.type === "number" ? cmd.type : 1;
      // Bulk overwrite keeps the id of a command with the same name and type, like Discord.
      const prev = previous.find((p) => p.name === cmd.name && p.type === type);
      const stored = this.normalizeCommand(cmd, scope, typeof prev?.id === "string" ? prev.id : snowflake());
      next.set(String(stored.id), stored);
    }
    this.commandStore.set(scope, next);
    return [...next.values()];
  }

  private postCommand(app: string | undefined, scope: string, body: unknown): Reply {
    this.checkApp(app);
    const cmd = isObj(body) ? body : {};
    const store = this.commandStore.get(scope) ?? new Map<string, Obj>();
    this.commandStore.set(scope, store);
    const prev = [...store.values()].find((p) => p.name === cmd.name && p.type === (cmd.type ?? 1));
    const stored = this.normalizeCommand(cmd, scope, typeof prev?.id === "string" ? prev.id : snowflake());
    store.set(String(stored.id), stored);
    return { status: prev ? 200 : 201, body: stored };
  }

  private getCommand(app: string | undefined, scope: string, id: string | undefined): Obj {
    this.checkApp(app);
    const cmd = id ? this.commandStore.get(scope)?.get(id) : undefined;
    if (!cmd) throw Errors.unknownCommand();
    return cmd;
  }

  private patchCommand(app: string | undefined, scope: string, id: string | undefined, body: unknown): Obj {
    const cmd = this.getCommand(app, scope, id);
    const updated = this.normalizeCommand({ ...cmd, ...(isObj(body) ? body : {}) }, scope, String(cmd.id));
    this.commandStore.get(scope)?.set(String(cmd.id), updated);
    return updated;
  }

  private findRegisteredCommand(name: string, guildId: string): Obj | undefined {
    const isChatInput = (c: Obj) => c.name === name && (c.type ?? 1) === 1;
    return this.registeredCommands(guildId).find(isChatInput) ?? this.registeredCommands().find(isChatInput);
  }

  // ---------------------------------------------------------------------------------------------
  // Interaction payloads
  // ---------------------------------------------------------------------------------------------

  private readyPayload(shard: [number, number]): Obj {
    return {
      v: 10,
      user: { ...userPayload(this.botUser), verified: true, mfa_enabled: false },
      // Guilds start unavailable; the GUILD_CREATEs that follow fill them in.
      guilds: this.guilds
        .filter((g) => shardOfGuild(g.id, shard[1]) === shard[0])
        .map((g) => ({ id: g.id, unavailable: true })),
      shard,
      application: { id: this.applicationId, flags: 0 },
      user_settings: {},
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      _trace: ["fake-discord"],
    };
  }

  private applicationPayload(): Obj {
    return {
      id: this.applicationId,
      name: this.botUser.username,
      icon: null,
      description: "",
      summary: "",
      type: null,
      bot_public: false,
      bot_require_code_grant: false,
      verify_key: "0".repeat(64),
      flags: 0,
      team: null,
      owner: userPayload({ id: DEFAULT_USER.id, username: DEFAULT_USER.username }),
      bot: userPayload(this.botUser),
      approximate_guild_count: this.guilds.length,
      interactions_endpoint_url: null,
      install_params: null,
      integration_types_config: { "0": {} },
    };
  }

  /** The bot's permissions in a channel, overwrites applied (see channel-permissions.ts). */
  botPermissionsIn(guild: FakeGuild, channel: FakeChannel): bigint {
    return botChannelPermissions(guild, channel, {
      userId: this.botUser.id,
      roleId: this.botRoleId,
      appPermissions: this.appPermissions,
    });
  }

  private findChannel(channelId: string | undefined): { guild: FakeGuild; channel: FakeChannel } {
    for (const guild of this.guilds) {
      const channel = guild.channels?.find((c) => c.id === channelId);
      if (channel) return { guild, channel };
    }
    throw Errors.unknownChannel();
  }

  private resolveLocation(ctx: InteractionContext): { guild: FakeGuild; channel: FakeChannel } {
    if (ctx.channelId) {
      const found = this.findChannelOrThrow(ctx.channelId);
      if (ctx.guildId && found.guild.id !== ctx.guildId)
        throw new Error(`fake-discord: channel ${ctx.channelId} is not in guild ${ctx.guildId}`);
      return found;
    }
    const guild = ctx.guildId ? this.guilds.find((g) => g.id === ctx.guildId) : this.guilds[0];
    if (!guild) throw new Error(`fake-discord: unknown guild ${ctx.guildId ?? "(none configured)"}`);
    const channel = guild.channels?.find((c) => (c.type ?? 0) === 0);
    if (!channel) throw new Error(`fake-discord: guild ${guild.id} has no text channel`);
    return { guild, channel };
  }

  private sendInteraction(
    type: number,
    ctx: InteractionContext,
    guild: FakeGuild,
    channel: FakeChannel,
    data: Obj,
    extra: { message?: Obj; sourceMessageId?: string },
  ): SentInteraction {
    const user = ctx.user ?? DEFAULT_USER;
    const roles = ctx.roles ?? [];
    this.noteMember(guild, user, roles);
    const permissions =
      ctx.memberPermissions ?? memberPermissions(guild, roles, this.botRoleId, this.appPermissions);
    const id = snowflake();
    const token = interactionToken();
    const payload: Obj = {
      id,
      application_id: this.applicationId,
      type,
      token,
      version: 1,
      data,
      guild_id: guild.id,
      guild: { id: guild.id, locale: guild.locale ?? "en-US", features: [] },
      guild_locale: guild.locale ?? "en-US",
      locale: ctx.locale ?? "en-US",
      channel_id: channel.id,
      channel: channelPayload(guild.id, channel, guild.channels?.indexOf(channel) ?? 0, {
        permissions,
        last_message_id: this.lastMessageId(channel.id),
      }),
      member: memberPayload({ user, roles }, permissions),
      app_permissions: ctx.appPermissions ?? this.botPermissionsIn(guild, channel).toString(),
      entitlements: [],
      authorizing_integration_owners: { "0": guild.id },
      context: 0,
      attachment_size_limit: 10 * 1024 * 1024,
      ...(extra.message ? { message: extra.message } : {}),
    };
    const record: FakeInteraction = {
      id,
      token,
      type,
      guildId: guild.id,
      channelId: channel.id,
      user,
      payload,
      sentAt: Date.now(),
      callbacks: [],
      sourceMessageId: extra.sourceMessageId,
    };
    this.interactions.set(id, record);
    this.interactionsByToken.set(token, record);
    this.dispatch("INTERACTION_CREATE", payload, guild.id);
    return { id, token };
  }

  private findClickable(
    input: ComponentInput,
    accept: (c: FakeComponent) => boolean,
    what: string,
  ): { message: FakeMessage; component?: FakeComponent } {
    const message = this.messages.get(input.messageId);
    if (!message) throw new Error(`fake-discord: cannot interact with unknown message ${input.messageId}`);
    const component = componentsOf(message).find((c) => c.custom_id === input.customId);
    if (input.force) return { message, component };
    if (!component) {
      const ids = componentsOf(message)
        .map((c) => c.custom_id)
        .filter(Boolean);
      throw new Error(
        `fake-discord: message ${message.id} has no component "${input.customId}" (has: ${ids.join(", ") || "none"})`,
      );
    }
    if (!accept(component)) throw new Error(`fake-discord: component "${input.customId}" is not a ${what}`);
    if (component.disabled)
      throw new Error(`fake-discord: ${what} "${input.customId}" is disabled; a user cannot use it`);
    return { message, component };
  }

  private sendComponent(input: ComponentInput, message: FakeMessage, data: Obj): SentInteraction {
    const { guild, channel } = this.resolveLocation({ ...input, channelId: message.channel_id });
    const api = this.toApi(message);
    if (input.ephemeral !== undefined) {
      api.flags = input.ephemeral ? message.flags | Flags.Ephemeral : message.flags & ~Flags.Ephemeral;
    }
    return this.sendInteraction(InteractionType.Component, input, guild, channel, data, {
      message: api,
      sourceMessageId: message.id,
    });
  }

  /** Builds `data` of a command/autocomplete interaction from the input and the registry. */
  private commandData(input: SlashCommandInput, guild: FakeGuild, focused: string | undefined): Obj {
    const registered = this.findRegisteredCommand(input.name, guild.id);
    const anyRegistered = this.registeredCommands(guild.id).length + this.registeredCommands().length > 0;
    if (!registered && anyRegistered) {
      const names = [...this.registeredCommands(guild.id), ...this.registeredCommands()].map(
        (c) => `/${String(c.name)}`,
      );
      throw new Error(`fake-discord: /${input.name} is not registered (registered: ${names.join(", ")})`);
    }
    let defs: Obj[] | undefined = registered ? objs(registered.options) : undefined;
    let where = `/${input.name}`;
    const descend = (name: string, type: number, label: string) => {
      if (!defs) return;
      const def = defs.find((d) => d.name === name && d.type === type);
      if (!def) throw new Error(`fake-discord: ${where} has no ${label} "${name}"`);
      defs = objs(def.options);
      where += ` ${name}`;
    };
    if (input.subcommandGroup) descend(input.subcommandGroup, 2, "subcommand group");
    if (input.subcommand) descend(input.subcommand, 1, "subcommand");
    if (defs?.some((d) => d.type === 1 || d.type === 2))
      throw new Error(`fake-discord: ${where} needs a subcommand`);

    const resolved: Obj = {};
    let options = this.buildOptions(defs, input.options ?? {}, guild, resolved, focused, where);
    if (focused !== undefined && !options.some((o) => o.focused))
      throw new Error(`fake-discord: focused option "${focused}" has no value in options`);
    if (input.subcommand) options = [{ name: input.subcommand, type: 1, options }];
    if (input.subcommandGroup) options = [{ name: input.subcommandGroup, type: 2, options }];
    const mergedResolved = mergeDeep(resolved, input.resolved ?? {});
    return {
      id: typeof registered?.id === "string" ? registered.id : snowflake(),
      name: input.name,
      type: 1,
      ...(options.length ? { options } : {}),
      ...(Object.keys(mergedResolved).length ? { resolved: mergedResolved } : {}),
      ...(typeof registered?.guild_id === "string" ? { guild_id: registered.guild_id } : {}),
    };
  }

  private buildOptions(
    defs: Obj[] | undefined,
    values: Record<string, OptionValue>,
    guild: FakeGuild,
    resolved: Obj,
    focused: string | undefined,
    where: string,
  ): Obj[] {
    const out: Obj[] = [];
    for (const [name, raw] of Object.entries(values)) {
      const def = defs?.find((d) => d.name === name && d.type !== 1 && d.type !== 2);
      if (defs && !def) {
        throw new Error(
          `fake-discord: ${where} has no option "${name}" (has: ${defs.map((d) => String(d.name)).join(", ") || "none"})`,
        );
      }
      const isFocused = name === focused;
      const type = isTyped(raw) ? raw.type : typeof def?.type === "number" ? def.type : inferOptionType(raw);
      let value: unknown = isTyped(raw) ? raw.value : raw;
      if (isFocused) {
        // Autocomplete sends what the user has typed so far, as a string.
        value = String(value);
      } else {
        value = this.optionValue(type, value, guild, resolved, `${where} ${name}`);
        const choices = def ? objs(def.choices) : [];
        if (choices.length && !choices.some((c) => c.value === value)) {
          throw new Error(
            `fake-discord: ${where} ${name}=${String(value)} is not one of the choices ${choices.map((c) => String(c.value)).join(", ")}`,
          );
        }
      }
      out.push({ name, type, value, ...(isFocused ? { focused: true } : {}) });
    }
    if (defs && focused === undefined) {
      const missing = defs
        .filter((d) => d.required === true && !(String(d.name) in values))
        .map((d) => String(d.name));
      if (missing.length)
        throw new Error(`fake-discord: ${where} is missing required option(s) ${missing.join(", ")}`);
    }
    return out;
  }

  /** Converts a test-side option value into the wire value (+ `resolved` entries). */
  private optionValue(type: number, value: unknown, guild: FakeGuild, resolved: Obj, where: string): unknown {
    const fail = (expected: string) =>
      new Error(`fake-discord: ${where} expects ${expected}, got ${JSON.stringify(value)}`);
    switch (type) {
      case 3:
        if (typeof value !== "string") throw fail("a string");
        return value;
      case 4:
        if (typeof value !== "number" || !Number.isInteger(value)) throw fail("an integer");
        return value;
      case 10:
        if (typeof value !== "number") throw fail("a number");
        return value;
      case 5:
        if (typeof value !== "boolean") throw fail("a boolean");
        return value;
      case 6:
      case 7:
      case 8:
      case 9: {
        if (isObj(value) && typeof value.id === "string" && typeof value.username === "string") {
          const user = value as unknown as FakeUser;
          this.resolveUser(user, guild, resolved);
          return user.id;
        }
        if (typeof value !== "string") throw fail("an id string");
        this.resolveId(type, value, guild, resolved);
        return value;
      }
      case 11: {
        const ref: AttachmentRef | undefined =
          typeof value === "string"
            ? { url: value }
            : isObj(value) && typeof value.url === "string"
              ? (value as unknown as AttachmentRef)
              : undefined;
        if (!ref) throw fail("an attachment URL or { url, filename?, contentType?, size? }");
        const stored = [...this.attachments.values()].find((a) => a.url === ref.url);
        const id = stored?.id ?? snowflake();
        const filename =
          ref.filename ?? stored?.name ?? decodeURIComponent(ref.url.split("/").at(-1) ?? "file");
        const attachment: MessageAttachment = {
          id,
          filename,
          size: ref.size ?? stored?.body.length ?? 0,
          url: ref.url,
          proxy_url: ref.url,
          content_type: ref.contentType ?? stored?.contentType ?? "application/octet-stream",
          ephemeral: true,
        };
        const attachments = (resolved.attachments ??= {}) as Obj;
        attachments[id] = attachment;
        return id;
      }
      default:
        throw new Error(`fake-discord: ${where}: unsupported option type ${type}`);
    }
  }

  /** Fills `resolved` for a user (6), channel (7), role (8) or mentionable (9) id. */
  private resolveId(type: number, id: string, guild: FakeGuild, resolved: Obj): void {
    const roles = guildRoles(guild, this.botRoleId, this.appPermissions);
    const role = roles.find((r) => r.id === id);
    if (type === 8 || (type === 9 && role)) {
      if (!role) throw new Error(`fake-discord: unknown role ${id} in guild ${guild.id}`);
      ((resolved.roles ??= {}) as Obj)[id] = rolePayload(role, roles.indexOf(role));
      return;
    }
    if (type === 7) {
      const { channel } = this.findChannelOrThrow(id);
      ((resolved.channels ??= {}) as Obj)[id] = {
        id: channel.id,
        name: channel.name,
        type: channel.type ?? 0,
        permissions: memberPermissions(guild, [], this.botRoleId, this.appPermissions),
        parent_id: null,
        flags: 0,
      };
      return;
    }
    const member = guild.members?.find((m) => m.user.id === id);
    const user =
      member?.user ??
      (DEFAULT_USER.id === id
        ? DEFAULT_USER
        : id === this.botUser.id
          ? this.botUser
          : { id, username: `user${id.slice(-4)}` });
    this.resolveUser(user, guild, resolved, member?.roles);
  }

  /** Members seen in interactions, so GET member/user answers for them as Discord would. */
  private readonly seenMembers = new Map<string, { user: FakeUser; roles: string[] }>();

  private noteMember(guild: FakeGuild, user: FakeUser, roles: string[]): void {
    this.seenMembers.set(`${guild.id}:${user.id}`, { user, roles });
  }

  private findMember(guildId: string, userId: string) {
    const guild = this.guilds.find((g) => g.id === guildId);
    return guild?.members?.find((m) => m.user.id === userId) ?? this.seenMembers.get(`${guildId}:${userId}`);
  }

  private resolveUser(user: FakeUser, guild: FakeGuild, resolved: Obj, roles: string[] = []): void {
    ((resolved.users ??= {}) as Obj)[user.id] = userPayload(user);
    // Resolved members carry no `user` (it is in `users`), and include channel permissions.
    const { user: _u, ...member } = memberPayload(
      { user, roles },
      memberPermissions(guild, roles, this.botRoleId, this.appPermissions),
    );
    ((resolved.members ??= {}) as Obj)[user.id] = member;
  }

  private findChannelOrThrow(id: string): { guild: FakeGuild; channel: FakeChannel } {
    try {
      return this.findChannel(id);
    } catch (err) {
      throw new Error(`fake-discord: unknown channel ${id}`, { cause: err });
    }
  }

  private describeRecent(): string {
    return (
      this.requests
        .slice(-10)
        .map(
          (r) =>
            `  ${r.method} ${r.path} → ${r.status}${r.error ? ` (${r.error.code} ${r.error.message})` : ""}`,
        )
        .join("\n") || "  (none)"
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers (exported ones are handy in tests)
// ---------------------------------------------------------------------------------------------

/** All components of a message (or message data), flattened: rows, buttons, selects, v2 layouts. */
export function componentsOf(message: { components?: unknown }): FakeComponent[] {
  const out: FakeComponent[] = [];
  const walk = (list: unknown) => {
    for (const c of objs(list)) {
      if (typeof c.type === "number") out.push(c as FakeComponent);
      walk(c.components);
      if (isObj(c.accessory)) walk([c.accessory]);
    }
  };
  walk(message.components);
  return out;
}

/** Buttons of a message, flattened. */
export function buttonsOf(message: { components?: unknown }): FakeComponent[] {
  return componentsOf(message).filter((c) => c.type === 2);
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function isTyped(v: OptionValue): v is TypedOption {
  return isObj(v) && typeof v.type === "number" && "value" in v;
}

function inferOptionType(v: OptionValue): number {
  if (typeof v === "string") return 3;
  if (typeof v === "number") return Number.isInteger(v) ? 4 : 10;
  if (typeof v === "boolean") return 5;
  if ("url" in v) return 11;
  if ("username" in v) return 6;
  return 3;
}

function mergeDeep(a: Obj, b: Obj): Obj {
  const out: Obj = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = isObj(prev) && isObj(v) ? mergeDeep(prev, v) : v;
  }
  return out;
}
