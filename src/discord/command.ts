import {
  ApplicationCommandOptionType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandSubcommandOption,
  type APIApplicationCommandSubcommandGroupOption,
  type Attachment,
  type User,
  type Role,
  type APIRole,
  type ChannelType,
  type PermissionsBitField,
} from "discord.js";
import type { BotContext } from "./context.js";
import { localizeCommand } from "./localize-command.js";

/**
 * Commands are declared once as data; the handler's argument types are inferred from that data,
 * so an option is never described twice (once for Discord, once for TypeScript).
 */
interface OptionBase {
  name: string;
  description: string;
  required?: boolean;
}
export type OptionDef =
  | (OptionBase & {
      type: "string";
      autocomplete?: boolean;
      /** A plain string is both name and value; `{ name, value }` shows a name Discord can't take as a value. */
      choices?: readonly (string | { name: string; value: string })[];
      maxLength?: number;
    })
  | (OptionBase & { type: "integer"; min?: number; max?: number })
  | (OptionBase & { type: "boolean" })
  | (OptionBase & { type: "user" })
  | (OptionBase & { type: "attachment" })
  | (OptionBase & { type: "role" })
  | (OptionBase & { type: "channel"; channelTypes?: readonly ChannelType[] });

/** A channel option's value: the resolved channel (cached or raw), of which only these are relied on. */
export interface ChannelArg {
  id: string;
  type: ChannelType;
  /** The invoking member's permissions in that channel, overwrites included (sent by Discord). */
  permissions?: Readonly<PermissionsBitField> | string | null;
}

type ValueOf<O extends OptionDef> = O extends { type: "string"; choices: readonly (infer C)[] }
  ? C extends { value: infer V }
    ? V
    : C
  : O extends { type: "string" }
    ? string
    : O extends { type: "integer" }
      ? number
      : O extends { type: "boolean" }
        ? boolean
        : O extends { type: "user" }
          ? User
          : O extends { type: "role" }
            ? Role | APIRole
            : O extends { type: "channel" }
              ? ChannelArg
              : Attachment;

export type Args<O extends readonly OptionDef[]> = {
  [K in O[number] as K["name"]]: K extends { required: true } ? ValueOf<K> : ValueOf<K> | undefined;
};

export interface Handler<O extends readonly OptionDef[]> {
  name: string;
  description: string;
  options: O;
  execute(ctx: BotContext, interaction: ChatInputCommandInteraction, args: Args<O>): Promise<void>;
  autocomplete?(ctx: BotContext, interaction: AutocompleteInteraction): Promise<void>;
}

export interface Command {
  name: string;
  /** Discord permission bits required by default (e.g. Manage Server); checked again at run time. */
  defaultMemberPermissions?: bigint;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(ctx: BotContext, interaction: ChatInputCommandInteraction): Promise<void>;
  autocomplete(ctx: BotContext, interaction: AutocompleteInteraction): Promise<void>;
}

const TYPE = {
  string: ApplicationCommandOptionType.String,
  integer: ApplicationCommandOptionType.Integer,
  boolean: ApplicationCommandOptionType.Boolean,
  user: ApplicationCommandOptionType.User,
  attachment: ApplicationCommandOptionType.Attachment,
  role: ApplicationCommandOptionType.Role,
  channel: ApplicationCommandOptionType.Channel,
} as const;

function optionJSON(o: OptionDef): APIApplicationCommandBasicOption {
  const base = { name: o.name, description: o.description, required: o.required ?? false };
  switch (o.type) {
    case "string":
      return {
        ...base,
        type: TYPE.string,
        ...(o.autocomplete ? { autocomplete: true } : {}),
        ...(o.choices
          ? { choices: o.choices.map((c) => (typeof c === "string" ? { name: c, value: c } : c)) }
          : {}),
        ...(o.maxLength ? { max_length: o.maxLength } : {}),
      } as APIApplicationCommandBasicOption;
    case "integer":
      return { ...base, type: TYPE.integer, min_value: o.min, max_value: o.max };
    case "channel":
      return {
        ...base,
        type: TYPE.channel,
        ...(o.channelTypes ? { channel_types: [...o.channelTypes] } : {}),
      } as APIApplicationCommandBasicOption;
    default:
      return { ...base, type: TYPE[o.type] } as APIApplicationCommandBasicOption;
  }
}

function readArgs<O extends readonly OptionDef[]>(i: ChatInputCommandInteraction, options: O): Args<O> {
  const out: Record<string, unknown> = {};
  for (const o of options) {
    const r = o.required ?? false;
    switch (o.type) {
      case "string":
        out[o.name] = i.options.getString(o.name, r) ?? undefined;
        break;
      case "integer":
        out[o.name] = i.options.getInteger(o.name, r) ?? undefined;
        break;
      case "boolean":
        out[o.name] = i.options.getBoolean(o.name, r) ?? undefined;
        break;
      case "user":
        out[o.name] = i.options.getUser(o.name, r) ?? undefined;
        break;
      case "attachment":
        out[o.name] = i.options.getAttachment(o.name, r) ?? undefined;
        break;
      case "role":
        out[o.name] = i.options.getRole(o.name, r) ?? undefined;
        break;
      case "channel":
        out[o.name] = i.options.getChannel(o.name, r) ?? undefined;
        break;
    }
  }
  return out as Args<O>;
}

/** Discord's default_member_permissions field, present only when the command restricts itself. */
const permissionsJSON = (bits: bigint | undefined) =>
  bits === undefined ? {} : { default_member_permissions: bits.toString() };

const noAutocomplete = async (_ctx: BotContext, i: AutocompleteInteraction) => {
  await i.respond([]);
};

export function defineCommand<const O extends readonly OptionDef[]>(
  h: Handler<O> & { defaultMemberPermissions?: bigint },
): Command {
  return {
    name: h.name,
    defaultMemberPermissions: h.defaultMemberPermissions,
    toJSON: () =>
      localizeCommand({
        name: h.name,
        description: h.description,
        options: h.options.map(optionJSON),
        contexts: [0],
        ...permissionsJSON(h.defaultMemberPermissions),
      }),
    execute: (ctx, i) => h.execute(ctx, i, readArgs(i, h.options)),
    autocomplete: h.autocomplete ?? noAutocomplete,
  };
}

/** A subcommand: same shape as a command, grouped under a parent by defineCommandGroup. */
export type Subcommand = Omit<Command, "toJSON" | "defaultMemberPermissions"> & {
  toJSON(): APIApplicationCommandSubcommandOption;
};

/** Subcommands under a second name (`/review remind on`); goes where a subcommand goes. */
export type SubcommandGroup = Omit<Command, "toJSON" | "defaultMemberPermissions"> & {
  toJSON(): APIApplicationCommandSubcommandGroupOption;
};

export function defineSubcommandGroup(g: {
  name: string;
  description: string;
  subcommands: readonly Subcommand[];
}): SubcommandGroup {
  const byName = new Map(g.subcommands.map((s) => [s.name, s]));
  const pick = (i: ChatInputCommandInteraction | AutocompleteInteraction) => {
    const sub = byName.get(i.options.getSubcommand(true));
    if (!sub) throw new Error(`unknown subcommand ${g.name} ${i.options.getSubcommand(false)}`);
    return sub;
  };
  return {
    name: g.name,
    toJSON: () => ({
      type: ApplicationCommandOptionType.SubcommandGroup,
      name: g.name,
      description: g.description,
      options: g.subcommands.map((s) => s.toJSON()),
    }),
    execute: (ctx, i) => pick(i).execute(ctx, i),
    autocomplete: (ctx, i) => pick(i).autocomplete(ctx, i),
  };
}

export function defineSubcommand<const O extends readonly OptionDef[]>(h: Handler<O>): Subcommand {
  return {
    name: h.name,
    toJSON: () => ({
      type: ApplicationCommandOptionType.Subcommand,
      name: h.name,
      description: h.description,
      options: h.options.map(optionJSON),
    }),
    execute: (ctx, i) => h.execute(ctx, i, readArgs(i, h.options)),
    autocomplete: h.autocomplete ?? noAutocomplete,
  };
}

export function defineCommandGroup(g: {
  name: string;
  description: string;
  subcommands: readonly (Subcommand | SubcommandGroup)[];
  defaultMemberPermissions?: bigint;
}): Command {
  const byName = new Map(g.subcommands.map((s) => [s.name, s]));
  const pick = (i: ChatInputCommandInteraction | AutocompleteInteraction) => {
    const sub = byName.get(i.options.getSubcommandGroup(false) ?? i.options.getSubcommand(true));
    if (!sub) throw new Error(`unknown subcommand ${g.name} ${i.options.getSubcommand(false)}`);
    return sub;
  };
  return {
    name: g.name,
    defaultMemberPermissions: g.defaultMemberPermissions,
    toJSON: () =>
      localizeCommand({
        name: g.name,
        description: g.description,
        options: g.subcommands.map((s) => s.toJSON()),
        contexts: [0],
        ...permissionsJSON(g.defaultMemberPermissions),
      }),
    execute: (ctx, i) => pick(i).execute(ctx, i),
    autocomplete: (ctx, i) => pick(i).autocomplete(ctx, i),
  };
}
