/**
 * Public types of the fake Discord (see server.ts for the behaviour behind them).
 */
import type { DiscordErrorBody, RecordedFile } from "./http.js";
import type { FakeModal } from "./modals.js";
import type { FakeGuild, FakeUser } from "./payloads.js";

export type { DiscordErrorBody, RecordedFile } from "./http.js";

type Obj = Record<string, unknown>;

export interface FakeDiscordOptions {
  /** Bot token the fake accepts (REST `Authorization: Bot <token>` and gateway IDENTIFY). */
  token?: string;
  /** Guilds the bot is in; defaults to one guild with one text channel (see payloads.ts). */
  guilds?: FakeGuild[];
  /** Attachments to serve from the start (URLs via `fake.attachmentUrl(name)`). */
  attachments?: Array<{ name: string; contentType: string; body: Buffer | string } & AttachmentOptions>;
  /** HELLO heartbeat interval; Discord uses ~41250 ms. */
  heartbeatIntervalMs?: number;
  /** How long after dispatch an interaction can still get its initial response (Discord: 3 s). */
  interactionTimeoutMs?: number;
  /** The bot user (its id is also the application id, as on Discord). */
  botUser?: Partial<FakeUser>;
  /** The bot's permissions in every channel (`app_permissions`, bot role in GUILD_CREATE). */
  appPermissions?: string;
  /**
   * Answer requests that break Discord's limits with 400 Invalid Form Body, code 50035, the failing
   * field in `errors` (like Discord), besides recording the violation. Default true: a bot that
   * breaks a limit fails its tests as it would fail in production; false only records (for tests of
   * the fake's own checks). `allowed_mentions` problems are never rejected (Discord accepts them;
   * they are a quizdeck rule): they are recorded, and test/e2e/harness.ts fails a world that has any.
   */
  rejectLimitViolations?: boolean;
  /** Log REST requests and gateway traffic to stderr (also: env FAKE_DISCORD_LOG=1). */
  log?: boolean | ((line: string) => void);
  /** `shards` in GET /gateway/bot (default 1): the count a bot with automatic sharding uses. */
  recommendedShards?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path below `/api/v10`, percent-decoded, e.g. `/webhooks/1/abc/messages/@original`. */
  path: string;
  query: Record<string, string>;
  /** Parsed JSON body; for multipart the parsed `payload_json`. */
  body: unknown;
  /** Uploaded files (multipart only). */
  files: RecordedFile[];
  /** Arrival time (ms since epoch). */
  at: number;
  /** Status the fake answered with. */
  status: number;
  /** The Discord error body, if the fake answered with one. */
  error?: DiscordErrorBody;
  /** The failure came from `failNext` (fault injection), not from a real problem. */
  injected?: boolean;
  /** The `Authorization` header as received. */
  authorization?: string;
}

/** What an interaction callback body looks like (`{ type, data }`). */
export interface CallbackBody {
  type: number;
  data?: MessageData;
}

/** Message-ish payload data; loose on purpose, narrow further in tests as needed. */
export interface MessageData {
  content?: string;
  flags?: number;
  embeds?: Obj[];
  components?: Obj[];
  allowed_mentions?: Obj;
  choices?: Array<{ name: string; value: string | number }>;
  [key: string]: unknown;
}

export interface RecordedCallback extends RecordedRequest {
  body: CallbackBody;
}

export interface LimitViolation {
  method: string;
  path: string;
  problems: string[];
  at: number;
}

export interface FailRule {
  method?: string;
  /** Matches paths below /api/v10 starting with this, e.g. `/channels/` or `/interactions/`. */
  pathPrefix?: string;
  status: 400 | 403 | 404 | 429 | 500 | 502 | 503;
  /** Discord's error code in the body (e.g. 50035 with `errors`, 50013); default 0. */
  code?: number;
  /** The `errors` object of a 50035 answer (see form-errors.ts for its shape). */
  errors?: unknown;
  /** Seconds (may be fractional) for 429s; sent as `Retry-After` and `retry_after`. Default 0.1. */
  retryAfter?: number;
  /** Global rate limit (429 only). */
  global?: boolean;
  /** How many matching requests fail; default 1. */
  count?: number;
}

export interface AttachmentOptions {
  /** Delay before the download response starts (slow CDN). */
  delayMs?: number;
  /** HTTP status to answer with (e.g. 404/500 to test failed downloads). Default 200. */
  status?: number;
}

export interface FakeAttachment {
  id: string;
  name: string;
  contentType: string;
  body: Buffer;
  url: string;
  delayMs: number;
  status: number;
  /** Number of GETs so far. */
  downloads: number;
}

/** An attachment object as it appears on messages and in `resolved.attachments`. */
export interface MessageAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type: string;
  [key: string]: unknown;
}

/** A message as stored by the fake: the API object plus two fake-only fields. */
export interface FakeMessage {
  id: string;
  channel_id: string;
  type: number;
  author: Obj;
  content: string;
  embeds: Obj[];
  components: Obj[];
  flags: number;
  attachments: MessageAttachment[];
  timestamp: string;
  edited_timestamp: string | null;
  tts: boolean;
  mention_everyone: boolean;
  mentions: Obj[];
  mention_roles: string[];
  pinned: boolean;
  webhook_id?: string;
  application_id?: string;
  interaction_metadata?: Obj;
  /** Fake-only: the interaction whose original response or follow-up this message is. */
  interactionId?: string;
  /** Fake-only: number of edits applied. */
  editCount: number;
}

export interface FakeInteraction {
  id: string;
  token: string;
  /** 2 = command, 3 = component, 4 = autocomplete, 5 = modal submit. */
  type: number;
  guildId: string;
  channelId: string;
  user: FakeUser;
  /** The INTERACTION_CREATE payload as dispatched. */
  payload: Obj;
  sentAt: number;
  /** The accepted initial response. */
  response?: RecordedCallback;
  /** Every callback attempt, including rejected ones. */
  callbacks: RecordedRequest[];
  /** The message `@original` refers to (reply, deferred reply, or the clicked message). */
  originalMessageId?: string;
  /** Component interactions: the message the component is on. */
  sourceMessageId?: string;
  /** The modal the bot answered with (callback type 9), for `submitModal`. */
  modal?: FakeModal;
}

export interface SentInteraction {
  id: string;
  token: string;
}

export interface InteractionContext {
  /** Defaults to the guild of `channelId`, else the first guild. */
  guildId?: string;
  /** Defaults to the first text channel of the guild. */
  channelId?: string;
  user?: FakeUser;
  /** Member permission bitfield; default: computed from @everyone + `roles`. */
  memberPermissions?: string;
  /** Role ids of the member (not including @everyone). */
  roles?: string[];
  locale?: string;
  /** Override `app_permissions` for this interaction. */
  appPermissions?: string;
}

/** An attachment option value: a URL from `addAttachment`, or explicit metadata. */
export interface AttachmentRef {
  url: string;
  filename?: string;
  contentType?: string;
  size?: number;
}

/** Explicitly typed option (when the command is not registered and inference is not enough). */
export interface TypedOption {
  type: number;
  value: string | number | boolean;
}

export type OptionValue = string | number | boolean | TypedOption | AttachmentRef | FakeUser;

export interface SlashCommandInput extends InteractionContext {
  name: string;
  subcommandGroup?: string;
  subcommand?: string;
  /**
   * Option values by name. Types come from the registered command when there is one (then
   * unknown names, wrong types, missing required options and values outside `choices` throw,
   * since Discord's client would never send them); otherwise they are inferred: string 3,
   * integer 4, other number 10, boolean 5, AttachmentRef 11, FakeUser 6.
   * User/channel/role options take ids; `resolved` is built automatically.
   */
  options?: Record<string, OptionValue>;
  /** Extra `resolved` data merged over the automatically built one. */
  resolved?: Obj;
}

export interface AutocompleteInput extends SlashCommandInput {
  /** Name of the focused option; its value is sent as the typed-so-far string. */
  focused: string;
}

export interface ComponentInput extends InteractionContext {
  messageId: string;
  customId: string;
  /** Override the message's ephemeral flag in the payload (normally taken from the message). */
  ephemeral?: boolean;
  /** Skip the "component exists and is enabled" check. */
  force?: boolean;
}

export interface ModalSubmitInput {
  /** The interaction (a click or command) the bot answered with the modal. */
  interactionId: string;
  /** Text by input custom_id. The user is the one the modal was shown to. */
  values: Record<string, string>;
}

export interface SelectMenuInput extends ComponentInput {
  values: string[];
}

/** A component found in a message (flattened view). */
export interface FakeComponent {
  type: number;
  custom_id?: string;
  label?: string;
  style?: number;
  disabled?: boolean;
  url?: string;
  options?: Obj[];
  [key: string]: unknown;
}
