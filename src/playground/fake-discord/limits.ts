/**
 * Discord's documented limits for messages, interaction responses and command registration.
 *
 * Real Discord answers most of these with `400 Invalid Form Body`; a bot that only ever talks to a
 * lenient fake would pass its tests and then fail in production (a 26th select option, an 81-char
 * button label, a 6th action row...). The fake runs these checks on every request it records and
 * collects the problems in `fake.limitViolations`, so e2e tests can assert that list is empty.
 *
 * Lengths are counted in UTF-16 code units (`string.length`). That is never shorter than what
 * Discord counts, so the check errs on the strict side.
 *
 * References: https://discord.com/developers/docs/resources/message#create-message,
 * .../resources/message#embed-object-embed-limits, .../components/reference,
 * .../interactions/application-commands#application-command-object.
 */

import { checkModal } from "./modals.js";

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const strLen = (v: unknown): number => (typeof v === "string" ? v.length : 0);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Message flag bits that change which rules apply. */
const FLAG_IS_COMPONENTS_V2 = 1 << 15;

const ComponentType = {
  ActionRow: 1,
  Button: 2,
  StringSelect: 3,
  TextInput: 4,
  UserSelect: 5,
  RoleSelect: 6,
  MentionableSelect: 7,
  ChannelSelect: 8,
} as const;
const SELECT_TYPES = new Set<number>([3, 5, 6, 7, 8]);

const ButtonStyle = { Link: 5, Premium: 6 } as const;

export interface MessageCheckOptions {
  /** A create (not an edit): an empty message is an error. */
  create?: boolean;
  /** Number of files uploaded alongside (multipart), which count as content for `create`. */
  fileCount?: number;
}

/**
 * Checks a message body (channel message create/edit, webhook follow-up/edit) or an interaction
 * callback body `{ type, data }` against Discord's limits. Returns human-readable problems; empty
 * means the body is fine.
 */
export function checkMessageLimits(body: unknown, opts: MessageCheckOptions = {}): string[] {
  if (!isObj(body)) return ["body is not a JSON object"];
  if (isInteractionCallback(body)) return checkCallback(body, opts);
  return checkMessage(body, opts);
}

function isInteractionCallback(body: Obj): boolean {
  // Callbacks are `{ type, data? }`; message bodies never carry a numeric top-level `type`.
  return (
    typeof body.type === "number" && !("content" in body) && !("embeds" in body) && !("components" in body)
  );
}

function checkCallback(body: Obj, opts: MessageCheckOptions): string[] {
  const data = body.data;
  switch (body.type) {
    case 9: // MODAL
      return checkModal(data);
    case 1: // PONG
    case 5: // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE (data only carries flags)
    case 6: // DEFERRED_UPDATE_MESSAGE
    case 12: // LAUNCH_ACTIVITY
      return [];
    case 4: // CHANNEL_MESSAGE_WITH_SOURCE
      if (!isObj(data)) return ["callback type 4 without message data"];
      return checkMessage(data, { ...opts, create: true });
    case 7: // UPDATE_MESSAGE
      if (!isObj(data)) return ["callback type 7 without message data"];
      return checkMessage(data, { ...opts, create: false });
    case 8: // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
      return checkAutocompleteChoices(isObj(data) ? data.choices : undefined);
    default:
      return [`unknown interaction callback type ${String(body.type)}`];
  }
}

function checkMessage(msg: Obj, opts: MessageCheckOptions): string[] {
  const problems: string[] = [];

  // The bot must never ping anyone by accident (quiz answers are user-written text): every
  // message payload has to carry `allowed_mentions: { parse: [] }`.
  const am = msg.allowed_mentions;
  if (!isObj(am)) {
    problems.push("allowed_mentions missing");
  } else if (!Array.isArray(am.parse) || am.parse.length > 0) {
    problems.push(`allowed_mentions.parse must be an empty array (got ${JSON.stringify(am.parse)})`);
  }

  const flags = typeof msg.flags === "number" ? msg.flags : 0;
  const v2 = (flags & FLAG_IS_COMPONENTS_V2) !== 0;

  if (strLen(msg.content) > 2000) problems.push(`content is ${strLen(msg.content)} chars (max 2000)`);
  if (v2 && (strLen(msg.content) > 0 || arr(msg.embeds).length > 0)) {
    problems.push("IS_COMPONENTS_V2 messages cannot have content or embeds");
  }

  if (msg.embeds !== undefined && msg.embeds !== null) checkEmbeds(msg.embeds, problems);
  if (msg.components !== undefined && msg.components !== null) checkComponents(msg.components, v2, problems);

  if (opts.create) {
    const hasContent =
      strLen(msg.content) > 0 ||
      arr(msg.embeds).length > 0 ||
      arr(msg.components).length > 0 ||
      arr(msg.attachments).length > 0 ||
      arr(msg.sticker_ids).length > 0 ||
      isObj(msg.poll) ||
      (opts.fileCount ?? 0) > 0;
    if (!hasContent) problems.push("message is empty (no content, embeds, components or files)");
  }
  return problems;
}

function checkEmbeds(embeds: unknown, problems: string[]): void {
  if (!Array.isArray(embeds)) {
    problems.push("embeds is not an array");
    return;
  }
  if (embeds.length > 10) problems.push(`${embeds.length} embeds (max 10)`);
  let total = 0;
  embeds.forEach((embed, i) => {
    const at = `embeds[${i}]`;
    if (!isObj(embed)) {
      problems.push(`${at} is not an object`);
      return;
    }
    const max = (value: unknown, limit: number, what: string) => {
      total += strLen(value);
      if (strLen(value) > limit) problems.push(`${at}.${what} is ${strLen(value)} chars (max ${limit})`);
    };
    max(embed.title, 256, "title");
    max(embed.description, 4096, "description");
    if (isObj(embed.footer)) max(embed.footer.text, 2048, "footer.text");
    if (isObj(embed.author)) max(embed.author.name, 256, "author.name");
    const fields = arr(embed.fields);
    if (fields.length > 25) problems.push(`${at} has ${fields.length} fields (max 25)`);
    fields.forEach((field, j) => {
      if (!isObj(field)) return;
      if (strLen(field.name) === 0) problems.push(`${at}.fields[${j}].name is empty`);
      if (strLen(field.value) === 0) problems.push(`${at}.fields[${j}].value is empty`);
      max(field.name, 256, `fields[${j}].name`);
      max(field.value, 1024, `fields[${j}].value`);
    });
  });
  if (total > 6000) problems.push(`embeds total ${total} chars (max 6000 across all embeds)`);
}

function checkComponents(components: unknown, v2: boolean, problems: string[]): void {
  if (!Array.isArray(components)) {
    problems.push("components is not an array");
    return;
  }
  const customIds = new Map<string, number>();
  const countId = (c: Obj) => {
    if (typeof c.custom_id === "string") customIds.set(c.custom_id, (customIds.get(c.custom_id) ?? 0) + 1);
  };

  if (!v2) {
    if (components.length > 5) problems.push(`${components.length} action rows (max 5)`);
    components.forEach((row, i) => {
      if (!isObj(row) || row.type !== ComponentType.ActionRow) {
        problems.push(
          `components[${i}] is not an action row (type 1); set IS_COMPONENTS_V2 for layout components`,
        );
        return;
      }
      checkActionRow(row, `components[${i}]`, problems, countId);
    });
  } else {
    // Components v2: any layout, at most 40 components in total (nested ones included).
    let total = 0;
    const walk = (list: unknown[], at: string) => {
      list.forEach((c, i) => {
        const here = `${at}[${i}]`;
        if (!isObj(c)) return;
        total += 1;
        if (c.type === ComponentType.ActionRow) {
          total += arr(c.components).length;
          checkActionRow(c, here, problems, countId);
          return;
        }
        if (c.type === ComponentType.Button) checkButton(c, here, problems);
        if (typeof c.type === "number" && SELECT_TYPES.has(c.type)) checkSelect(c, here, problems);
        countId(c);
        if (Array.isArray(c.components)) walk(c.components, `${here}.components`);
        if (isObj(c.accessory)) walk([c.accessory], `${here}.accessory`);
      });
    };
    walk(components, "components");
    if (total > 40) problems.push(`${total} components (max 40 with IS_COMPONENTS_V2)`);
  }

  for (const [id, n] of customIds) {
    if (n > 1) problems.push(`custom_id "${id}" is used ${n} times (must be unique within a message)`);
  }
}

function checkActionRow(row: Obj, at: string, problems: string[], countId: (c: Obj) => void): void {
  const children = arr(row.components);
  if (children.length === 0) problems.push(`${at} is an empty action row`);
  const buttons = children.filter((c) => isObj(c) && c.type === ComponentType.Button).length;
  const selects = children.filter(
    (c) => isObj(c) && typeof c.type === "number" && SELECT_TYPES.has(c.type),
  ).length;
  if (buttons > 5) problems.push(`${at} has ${buttons} buttons (max 5 per row)`);
  if (selects > 0 && children.length > 1)
    problems.push(`${at}: a select menu must be alone in its action row`);
  if (children.length > 5 && buttons <= 5) problems.push(`${at} has ${children.length} components (max 5)`);
  children.forEach((c, i) => {
    const here = `${at}.components[${i}]`;
    if (!isObj(c)) {
      problems.push(`${here} is not an object`);
      return;
    }
    countId(c);
    if (c.type === ComponentType.Button) checkButton(c, here, problems);
    else if (typeof c.type === "number" && SELECT_TYPES.has(c.type)) checkSelect(c, here, problems);
    else if (c.type === ComponentType.ActionRow) problems.push(`${here}: action rows cannot be nested`);
    else if (c.type === ComponentType.TextInput)
      problems.push(`${here}: text inputs are only allowed in modals`);
  });
}

function checkCustomId(c: Obj, at: string, problems: string[]): void {
  if (typeof c.custom_id !== "string" || c.custom_id.length === 0) {
    problems.push(`${at} has no custom_id`);
  } else if (c.custom_id.length > 100) {
    problems.push(`${at}.custom_id is ${c.custom_id.length} chars (max 100)`);
  }
}

function checkButton(b: Obj, at: string, problems: string[]): void {
  const style = b.style;
  if (typeof style !== "number" || style < 1 || style > 6)
    problems.push(`${at} has invalid button style ${String(style)}`);
  if (strLen(b.label) > 80) problems.push(`${at}.label is ${strLen(b.label)} chars (max 80)`);
  if (style === ButtonStyle.Link) {
    if (typeof b.url !== "string" || b.url.length === 0) problems.push(`${at}: link button without url`);
    if ("custom_id" in b) problems.push(`${at}: link button must not have a custom_id`);
  } else if (style === ButtonStyle.Premium) {
    if (typeof b.sku_id !== "string") problems.push(`${at}: premium button without sku_id`);
    if ("custom_id" in b || "url" in b || "label" in b)
      problems.push(`${at}: premium button must not have custom_id/url/label`);
  } else {
    checkCustomId(b, at, problems);
    if ("url" in b) problems.push(`${at}: only link buttons (style 5) can have a url`);
  }
  if (style !== ButtonStyle.Premium && strLen(b.label) === 0 && !isObj(b.emoji)) {
    problems.push(`${at}: button needs a label or an emoji`);
  }
}

function checkSelect(s: Obj, at: string, problems: string[]): void {
  checkCustomId(s, at, problems);
  if (strLen(s.placeholder) > 150)
    problems.push(`${at}.placeholder is ${strLen(s.placeholder)} chars (max 150)`);
  const min = typeof s.min_values === "number" ? s.min_values : 1;
  const max = typeof s.max_values === "number" ? s.max_values : 1;
  if (min < 0 || min > 25) problems.push(`${at}.min_values ${min} out of range 0..25`);
  if (max < 1 || max > 25) problems.push(`${at}.max_values ${max} out of range 1..25`);
  if (min > max) problems.push(`${at}.min_values ${min} > max_values ${max}`);
  if (s.type !== ComponentType.StringSelect) return;

  const options = arr(s.options);
  if (options.length < 1 || options.length > 25)
    problems.push(`${at} has ${options.length} options (must be 1..25)`);
  if (max > options.length) problems.push(`${at}.max_values ${max} > number of options ${options.length}`);
  if (min > options.length) problems.push(`${at}.min_values ${min} > number of options ${options.length}`);
  const values = new Set<string>();
  let defaults = 0;
  options.forEach((o, i) => {
    const here = `${at}.options[${i}]`;
    if (!isObj(o)) {
      problems.push(`${here} is not an object`);
      return;
    }
    if (strLen(o.label) < 1 || strLen(o.label) > 100)
      problems.push(`${here}.label is ${strLen(o.label)} chars (must be 1..100)`);
    if (strLen(o.value) < 1 || strLen(o.value) > 100)
      problems.push(`${here}.value is ${strLen(o.value)} chars (must be 1..100)`);
    if (strLen(o.description) > 100)
      problems.push(`${here}.description is ${strLen(o.description)} chars (max 100)`);
    if (typeof o.value === "string") {
      if (values.has(o.value)) problems.push(`${here}.value "${o.value}" is duplicated`);
      values.add(o.value);
    }
    if (o.default === true) defaults += 1;
  });
  if (defaults > max) problems.push(`${at} has ${defaults} default options but max_values is ${max}`);
}

/** Autocomplete responses: at most 25 choices, names 1..100, string values <= 100. */
export function checkAutocompleteChoices(choices: unknown): string[] {
  if (!Array.isArray(choices)) return ["autocomplete result without a choices array"];
  const problems: string[] = [];
  if (choices.length > 25) problems.push(`${choices.length} autocomplete choices (max 25)`);
  choices.forEach((c, i) => checkChoice(c, `choices[${i}]`, problems));
  return problems;
}

function checkChoice(c: unknown, at: string, problems: string[]): void {
  if (!isObj(c)) {
    problems.push(`${at} is not an object`);
    return;
  }
  if (strLen(c.name) < 1 || strLen(c.name) > 100)
    problems.push(`${at}.name is ${strLen(c.name)} chars (must be 1..100)`);
  for (const [code, text] of localized(c.name_localizations, at, problems))
    if (strLen(text) < 1 || strLen(text) > 100)
      problems.push(`${at}.name_localizations.${code} is ${strLen(text)} chars (must be 1..100)`);
  if (typeof c.value === "string" && c.value.length > 100)
    problems.push(`${at}.value is ${c.value.length} chars (max 100)`);
  if (typeof c.value !== "string" && typeof c.value !== "number")
    problems.push(`${at}.value must be a string or number`);
}

// Chat-input command and option names: lowercase, 1..32 of these characters (Discord's regex).
const NAME_RE = /^[-_'\p{L}\p{N}\p{sc=Devanagari}\p{sc=Thai}]{1,32}$/u;

// https://discord.com/developers/docs/reference#locales
const DISCORD_LOCALES = new Set(
  "id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi th zh-CN ja zh-TW ko".split(
    " ",
  ),
);

/** The entries of a `*_localizations` map, reporting a malformed map or an unknown locale code. */
function localized(map: unknown, at: string, problems: string[]): [string, unknown][] {
  if (map === undefined || map === null) return [];
  if (!isObj(map)) {
    problems.push(`${at}: localizations must be an object`);
    return [];
  }
  const entries = Object.entries(map);
  for (const [code] of entries)
    if (!DISCORD_LOCALES.has(code)) problems.push(`${at}: "${code}" is not a Discord locale`);
  return entries;
}

/** Names and descriptions (localised ones too) of a command or option. */
function checkNaming(node: Obj, at: string, problems: string[]): void {
  checkName(node.name, at, problems);
  checkDescription(node.description, at, problems);
  for (const [code, name] of localized(node.name_localizations, at, problems))
    checkName(name, `${at} [${code}]`, problems);
  for (const [code, text] of localized(node.description_localizations, at, problems))
    checkDescription(text, `${at} [${code}]`, problems);
}

/** Names must be unique among siblings in every locale, each falling back to its default name. */
function checkSiblingNames(nodes: unknown[], at: string, problems: string[]): void {
  const objs = nodes.filter(isObj);
  const codes = new Set(
    objs.flatMap((n) => (isObj(n.name_localizations) ? Object.keys(n.name_localizations) : [])),
  );
  for (const code of codes) {
    const seen = new Set<string>();
    for (const n of objs) {
      const loc = isObj(n.name_localizations) ? n.name_localizations[code] : undefined;
      const name = String(loc ?? n.name);
      if (seen.has(name)) problems.push(`${at}: name "${name}" is used twice in locale ${code}`);
      seen.add(name);
    }
  }
}

/**
 * Checks an application-command registration body: a bulk-overwrite array (PUT) or a single
 * command (POST/PATCH).
 */
export function checkCommandLimits(body: unknown): string[] {
  const problems: string[] = [];
  const commands = Array.isArray(body) ? body : [body];
  const perType = new Map<number, number>();
  const names = new Set<string>();
  commands.forEach((cmd, i) => {
    const at = `commands[${i}]`;
    if (!isObj(cmd)) {
      problems.push(`${at} is not an object`);
      return;
    }
    const type = typeof cmd.type === "number" ? cmd.type : 1;
    perType.set(type, (perType.get(type) ?? 0) + 1);
    const key = `${type}:${String(cmd.name)}`;
    if (names.has(key)) problems.push(`${at}: duplicate command name "${String(cmd.name)}"`);
    names.add(key);
    if (type === 1) {
      const label = `/${String(cmd.name)}`;
      checkNaming(cmd, label, problems);
      checkOptions(cmd.options, label, 0, problems);
      for (const locale of [undefined, ...localeCodes(cmd)]) {
        const total = commandTextLength(cmd, locale);
        if (total > 4000)
          problems.push(
            `${label}: ${total} chars of names/descriptions/choices${locale ? ` in ${locale}` : ""} (max 4000)`,
          );
      }
    } else {
      if (strLen(cmd.name) < 1 || strLen(cmd.name) > 32) problems.push(`${at}: name must be 1..32 chars`);
      if (strLen(cmd.description) > 0)
        problems.push(`${at}: context menu commands must have an empty description`);
    }
  });
  checkSiblingNames(
    commands.filter((c) => isObj(c) && (c.type ?? 1) === 1),
    "chat input commands",
    problems,
  );
  if ((perType.get(1) ?? 0) > 100) problems.push(`${perType.get(1)} chat input commands (max 100)`);
  if ((perType.get(2) ?? 0) > 15) problems.push(`${perType.get(2)} user commands (max 15)`);
  if ((perType.get(3) ?? 0) > 15) problems.push(`${perType.get(3)} message commands (max 15)`);
  return problems;
}

function checkName(name: unknown, at: string, problems: string[]): void {
  if (typeof name !== "string" || !NAME_RE.test(name)) {
    problems.push(`${at}: name "${String(name)}" must be 1..32 chars of letters, digits, - _ '`);
  } else if (name !== name.toLowerCase()) {
    problems.push(`${at}: name "${name}" must be lowercase`);
  }
}

function checkDescription(description: unknown, at: string, problems: string[]): void {
  const n = strLen(description);
  if (n < 1 || n > 100) problems.push(`${at}: description is ${n} chars (must be 1..100)`);
}

const OPT_SUBCOMMAND = 1;
const OPT_GROUP = 2;

function checkOptions(options: unknown, at: string, depth: number, problems: string[]): void {
  if (options === undefined || options === null) return;
  if (!Array.isArray(options)) {
    problems.push(`${at}: options is not an array`);
    return;
  }
  if (options.length > 25) problems.push(`${at}: ${options.length} options (max 25)`);
  const seen = new Set<string>();
  let sawOptional = false;
  let subs = 0;
  let plain = 0;
  for (const opt of options) {
    if (!isObj(opt)) {
      problems.push(`${at}: option is not an object`);
      continue;
    }
    const name = String(opt.name);
    const here = `${at} ${name}`;
    checkNaming(opt, here, problems);
    if (seen.has(name)) problems.push(`${here}: duplicate option name`);
    seen.add(name);
    const type = opt.type;
    if (typeof type !== "number" || type < 1 || type > 11)
      problems.push(`${here}: invalid option type ${String(type)}`);
    if (type === OPT_SUBCOMMAND || type === OPT_GROUP) {
      subs += 1;
      // Groups hold subcommands (depth 1); subcommands hold plain options. Nothing deeper.
      if (type === OPT_GROUP && depth > 0) problems.push(`${here}: subcommand groups cannot be nested`);
      if (type === OPT_SUBCOMMAND && depth > 1) problems.push(`${here}: subcommands nested too deep`);
      if (type === OPT_GROUP) {
        for (const child of arr(opt.options)) {
          if (isObj(child) && child.type !== OPT_SUBCOMMAND)
            problems.push(`${here}: a group may only contain subcommands`);
        }
      }
      checkOptions(opt.options, here, depth + 1, problems);
      continue;
    }
    plain += 1;
    if (opt.required === true && sawOptional)
      problems.push(`${here}: required options must come before optional ones`);
    if (opt.required !== true) sawOptional = true;
    const choices = opt.choices;
    if (choices !== undefined) {
      const list = arr(choices);
      if (list.length > 25) problems.push(`${here}: ${list.length} choices (max 25)`);
      list.forEach((c, i) => checkChoice(c, `${here} choices[${i}]`, problems));
      if (opt.autocomplete === true && list.length > 0)
        problems.push(`${here}: autocomplete and choices are exclusive`);
    }
    if (typeof opt.min_length === "number" && (opt.min_length < 0 || opt.min_length > 6000)) {
      problems.push(`${here}: min_length out of range 0..6000`);
    }
    if (typeof opt.max_length === "number" && (opt.max_length < 1 || opt.max_length > 6000)) {
      problems.push(`${here}: max_length out of range 1..6000`);
    }
  }
  if (subs > 0 && plain > 0) problems.push(`${at}: cannot mix subcommands/groups with other options`);
  checkSiblingNames(options, at, problems);
}

/** Every locale code any part of a command is localised into. */
function localeCodes(cmd: Obj): Set<string> {
  const codes = new Set<string>();
  const add = (node: Obj) => {
    for (const key of ["name_localizations", "description_localizations"] as const) {
      const map = node[key];
      if (isObj(map)) for (const code of Object.keys(map)) codes.add(code);
    }
    for (const c of arr(node.choices)) if (isObj(c)) add(c);
    for (const o of arr(node.options)) if (isObj(o)) add(o);
  };
  add(cmd);
  return codes;
}

/**
 * Characters of names, descriptions and choices, which Discord caps at 4000 for any one locale
 * (each part counted in that locale's text, or its default where it has none).
 */
function commandTextLength(cmd: Obj, locale?: string): number {
  const text = (node: Obj, field: "name" | "description") => {
    const map = node[`${field}_localizations`];
    const loc = locale && isObj(map) ? map[locale] : undefined;
    return strLen(loc ?? node[field]);
  };
  let total = text(cmd, "name") + text(cmd, "description");
  const walk = (options: unknown) => {
    for (const opt of arr(options)) {
      if (!isObj(opt)) continue;
      total += text(opt, "name") + text(opt, "description");
      for (const c of arr(opt.choices)) {
        if (isObj(c)) total += text(c, "name") + (typeof c.value === "string" ? c.value.length : 0);
      }
      walk(opt.options);
    }
  };
  walk(cmd.options);
  return total;
}
