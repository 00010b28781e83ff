import { z } from "zod";
import type {
  FakeDiscord,
  FakeGuild,
  OptionValue,
  RecordedCallback,
  SentInteraction,
} from "./fake-discord/index.js";
import { PLAY_MEMBERS, rolesIn, type PlayMember } from "./world.js";

/** A problem the page shows in the channel as a private note (the user's click or command was not sent). */
export class PlayActionError extends Error {}

const id = z.string().regex(/^\d{1,20}$/);
/** The page's "client language": a Discord locale code, sent with every interaction as Discord's client does. */
export const CLIENT_LOCALES = ["en-US", "es-ES", "pt-BR", "fr", "de", "ja"] as const;
const who = { member: id, channel: id, locale: z.enum(CLIENT_LOCALES).optional() };
const optionValue = z.union([
  z.string().max(6000),
  z.number(),
  z.boolean(),
  // A dropped file, as base64 so binary formats arrive intact.
  z.object({ upload: z.object({ name: z.string().min(1).max(200), base64: z.base64().max(2_800_000) }) }),
]);
const commandShape = {
  ...who,
  name: z.string().min(1).max(32),
  subcommandGroup: z.string().max(32).optional(),
  subcommand: z.string().max(32).optional(),
  options: z.record(z.string().max(32), optionValue).default({}),
};

export const ActionSchemas = {
  command: z.object(commandShape),
  autocomplete: z.object({ ...commandShape, focused: z.string().min(1).max(32) }),
  button: z.object({ ...who, messageId: id, customId: z.string().min(1).max(100) }),
  select: z.object({
    ...who,
    messageId: id,
    customId: z.string().min(1).max(100),
    values: z.array(z.string().max(100)).max(25),
  }),
  modal: z.object({
    ...who,
    openedBy: id,
    customId: z.string().min(1).max(100),
    messageId: id.optional(),
    values: z.record(z.string().max(100), z.string().max(4000)),
  }),
};

export type CommandAction = z.infer<typeof ActionSchemas.command>;

/** What the page needs back: a modal to open, or autocomplete choices. */
export interface ActionResult {
  modal?: unknown;
  /** The interaction the modal answered (its MODAL_SUBMIT refers to it). */
  openedBy?: string;
  choices?: unknown;
}

/** The member and where they are acting, as the fake needs them on every interaction. */
function actor(fake: FakeDiscord, body: { member: string; channel: string; locale?: string | undefined }) {
  const member: PlayMember | undefined = PLAY_MEMBERS.find((m) => m.user.id === body.member);
  if (!member) throw new PlayActionError("Unknown member.");
  const guild: FakeGuild | undefined = fake.guilds.find((g) =>
    g.channels?.some((c) => c.id === body.channel),
  );
  if (!guild) throw new PlayActionError("Unknown channel.");
  return {
    user: member.user,
    roles: rolesIn(guild, member),
    guildId: guild.id,
    channelId: body.channel,
    ...(body.locale ? { locale: body.locale } : {}),
  };
}

/** Runs a fake-Discord call that throws on input Discord's client would never send; turns that into a note. */
function send(call: () => SentInteraction): SentInteraction {
  try {
    return call();
  } catch (err) {
    throw new PlayActionError(
      (err instanceof Error ? err.message : String(err)).replace(/^fake-discord: /, ""),
    );
  }
}

/** The bot's initial response, or the note Discord shows when an app does not answer in time. */
async function answered(fake: FakeDiscord, sent: SentInteraction): Promise<RecordedCallback> {
  try {
    return await fake.responseTo(sent.id, fake.interactionTimeoutMs + 500);
  } catch {
    throw new PlayActionError("The application did not respond.");
  }
}

function resultOf(sent: SentInteraction, response: RecordedCallback): ActionResult {
  // The page sends the modal back with the interaction that opened it, as Discord's client does.
  if (response.body.type === 9) return { modal: response.body.data, openedBy: sent.id };
  if (response.body.type === 8) return { choices: response.body.data?.choices ?? [] };
  return {};
}

/** What Discord labels an upload with: a type guessed from the file name's extension. */
const CONTENT_TYPES: Record<string, string> = {
  json: "application/json",
  yaml: "application/yaml",
  yml: "application/yaml",
  csv: "text/csv",
  txt: "text/plain",
  zip: "application/zip",
  png: "image/png",
  jpg: "image/jpeg",
};
export function contentTypeOf(fileName: string): string {
  const ext = fileName.toLowerCase().split(".").at(-1) ?? "";
  return CONTENT_TYPES[ext] ?? "application/octet-stream";
}

/** Files dropped on the page become attachments the fake serves, as Discord's CDN would. */
function commandOptions(fake: FakeDiscord, options: CommandAction["options"]): Record<string, OptionValue> {
  const out: Record<string, OptionValue> = {};
  for (const [name, value] of Object.entries(options)) {
    if (typeof value === "object") {
      const body = Buffer.from(value.upload.base64, "base64");
      out[name] = { url: fake.addAttachment(value.upload.name, contentTypeOf(value.upload.name), body) };
    } else out[name] = value;
  }
  return out;
}

export async function runCommand(fake: FakeDiscord, body: CommandAction): Promise<ActionResult> {
  const { options, member: _m, channel: _c, locale: _l, ...command } = body;
  const sent = send(() =>
    fake.slashCommand({ ...actor(fake, body), ...command, options: commandOptions(fake, options) }),
  );
  return resultOf(sent, await answered(fake, sent));
}

export async function runAutocomplete(
  fake: FakeDiscord,
  body: z.infer<typeof ActionSchemas.autocomplete>,
): Promise<ActionResult> {
  const { options, member: _m, channel: _c, locale: _l, ...command } = body;
  const plain = Object.fromEntries(
    Object.entries(options).filter(([, v]) => typeof v !== "object"),
  ) as Record<string, OptionValue>;
  const sent = send(() => fake.autocomplete({ ...actor(fake, body), ...command, options: plain }));
  return resultOf(sent, await answered(fake, sent));
}

export async function clickButton(
  fake: FakeDiscord,
  body: z.infer<typeof ActionSchemas.button>,
): Promise<ActionResult> {
  const sent = send(() =>
    fake.clickButton({ ...actor(fake, body), messageId: body.messageId, customId: body.customId }),
  );
  return resultOf(sent, await answered(fake, sent));
}

export async function chooseOption(
  fake: FakeDiscord,
  body: z.infer<typeof ActionSchemas.select>,
): Promise<ActionResult> {
  const sent = send(() =>
    fake.selectMenu({
      ...actor(fake, body),
      messageId: body.messageId,
      customId: body.customId,
      values: body.values,
    }),
  );
  return resultOf(sent, await answered(fake, sent));
}

export async function sendModal(
  fake: FakeDiscord,
  body: z.infer<typeof ActionSchemas.modal>,
): Promise<ActionResult> {
  const sent = send(() => fake.submitModal({ interactionId: body.openedBy, values: body.values }));
  return resultOf(sent, await answered(fake, sent));
}
