// The command box: Discord-like completion of the commands the bot registered (subcommands,
// options, choices, and autocomplete answered by the bot), then parsing into an interaction.
import { el } from "./dom.js";

const SUB = 1;
const GROUP = 2;
const TYPE_NAMES = {
  3: "text",
  4: "integer",
  5: "True/False",
  6: "user",
  7: "channel",
  8: "role",
  9: "user or role",
  10: "number",
  11: "file",
};

/**
 * The commands as a client in `locale` (a Discord locale code) shows them: each command, option
 * and choice under its localised name and description. `apiName` keeps the name Discord sends the
 * bot, whatever the client's language.
 */
export function localizeCommands(commands, locale) {
  const here = (node, field) => node[`${field}_localizations`]?.[locale] ?? node[field];
  const node = (n) => ({
    ...n,
    apiName: n.name,
    name: here(n, "name"),
    description: here(n, "description"),
    ...(n.choices ? { choices: n.choices.map((c) => ({ ...c, name: here(c, "name") })) } : {}),
    ...(n.options ? { options: n.options.map(node) } : {}),
  });
  return commands.map(node);
}

/** The name Discord sends for an option shown as `name` among `defs`. */
export function apiNameOf(defs, name) {
  return defs.find((d) => d.name === name)?.apiName ?? name;
}

/**
 * Where the text stands: the command, its subcommand path, the options typed so far and what the
 * cursor is on (`stage`: "command", "subcommand", "option" name, or "value" of `focused`).
 */
export function parseCommandText(text, commands) {
  const m = /^\/(\S*)(\s?)(.*)$/s.exec(text);
  if (!m) return { stage: "none" };
  const [, name, space, rest] = m;
  // A complete command name goes straight on to its options, as Discord's box does.
  if (!space && !commands.some((c) => c.name === name)) return { stage: "command", prefix: name };
  const command = commands.find((c) => c.name === name);
  if (!command) return { stage: "unknown", name };
  let defs = command.options ?? [];
  const path = [];
  let remaining = rest;
  while (defs.some((d) => d.type === SUB || d.type === GROUP)) {
    const sm = /^(\S*)(\s?)(.*)$/s.exec(remaining);
    const word = sm[1];
    const sub = defs.find((d) => (d.type === SUB || d.type === GROUP) && d.name === word);
    if (!sm[2] || !sub)
      return {
        stage: "subcommand",
        command,
        path,
        defs: defs.filter((d) => d.type === SUB || d.type === GROUP),
        prefix: word,
      };
    path.push(sub);
    defs = sub.options ?? [];
    remaining = sm[3];
  }
  // Options are `name:value`; a value runs up to the next known `name:`.
  const names = defs.map((d) => d.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const marks = [];
  if (names.length) {
    const re = new RegExp(`(^|\\s)(${names.join("|")}):`, "g");
    let hit;
    while ((hit = re.exec(remaining)))
      marks.push({ name: hit[2], start: hit.index + hit[1].length, valueStart: re.lastIndex });
  }
  const values = {};
  marks.forEach((mk, i) => {
    const end = i + 1 < marks.length ? marks[i + 1].start : remaining.length;
    values[mk.name] = remaining.slice(mk.valueStart, end);
  });
  const last = marks.at(-1);
  const tail = last ? values[last.name] : remaining;
  const typingValue = last && !/\s$/.test(tail);
  const base = { command, path, defs, values };
  if (typingValue)
    return { ...base, stage: "value", focused: defs.find((d) => d.name === last.name), prefix: tail };
  const word = last ? "" : remaining.trim();
  return { ...base, stage: "option", prefix: /\s$/.test(remaining) || !remaining ? "" : word };
}

/** Converts the typed values to the option types the command declares; throws a sentence on bad input. */
export function optionValues(state, ctx) {
  const out = {};
  for (const def of state.defs) {
    const raw = state.values[def.name];
    if (raw === undefined) {
      if (def.required) throw new Error(`/${commandPath(state)} needs ${def.name}.`);
      continue;
    }
    const text = raw.trim();
    switch (def.type) {
      case 4:
      case 10: {
        const n = Number(text);
        if (text === "" || !Number.isFinite(n) || (def.type === 4 && !Number.isInteger(n)))
          throw new Error(`${def.name} must be ${def.type === 4 ? "a whole number" : "a number"}.`);
        if (def.min_value !== undefined && n < def.min_value)
          throw new Error(`${def.name} must be at least ${def.min_value}.`);
        if (def.max_value !== undefined && n > def.max_value)
          throw new Error(`${def.name} must be at most ${def.max_value}.`);
        out[def.apiName ?? def.name] = n;
        break;
      }
      case 5:
        if (!/^(true|false|yes|no)$/i.test(text)) throw new Error(`${def.name} must be True or False.`);
        out[def.apiName ?? def.name] = /^(true|yes)$/i.test(text);
        break;
      case 6:
      case 9: {
        const who = ctx.members.find((mb) =>
          [mb.name, mb.label, mb.id].some((n) => n.toLowerCase() === text.replace(/^@/, "").toLowerCase()),
        );
        out[def.apiName ?? def.name] = who ? who.id : text;
        break;
      }
      case 7: {
        const ch = ctx.channels.find((c) => c.name === text.replace(/^#/, "") || c.id === text);
        if (!ch) throw new Error(`${def.name}: no channel named ${text}.`);
        out[def.apiName ?? def.name] = ch.id;
        break;
      }
      case 11:
        if (!ctx.file) throw new Error(`${def.name}: drop a file on the page first.`);
        out[def.apiName ?? def.name] = { upload: ctx.file };
        break;
      default: {
        const choice = (def.choices ?? []).find((c) => c.name.toLowerCase() === text.toLowerCase());
        out[def.apiName ?? def.name] = choice ? choice.value : text;
      }
    }
  }
  return out;
}

export function commandPath(state) {
  return [state.command.name, ...state.path.map((p) => p.name)].join(" ");
}

/** The list under the box for the current state: { label, description, insert } items. */
export async function suggestionsFor(state, text, askBot) {
  const cut = (n) => text.slice(0, text.length - n);
  switch (state.stage) {
    case "command":
      return state.commands
        .filter((c) => c.name.startsWith(state.prefix.toLowerCase()))
        .map((c) => ({ label: `/${c.name}`, description: c.description, insert: `/${c.name} ` }));
    case "subcommand":
      return state.defs
        .filter((d) => d.name.startsWith(state.prefix))
        .map((d) => ({
          label: `${commandPath(state)} ${d.name}`,
          description: d.description,
          insert: `${cut(state.prefix.length)}${d.name} `,
        }));
    case "option":
      return state.defs
        .filter((d) => !(d.name in state.values) && d.name.startsWith(state.prefix))
        .sort((a, b) => Number(!!b.required) - Number(!!a.required))
        .map((d) => ({
          label: `${d.name}${d.required ? "" : " (optional)"}`,
          description: `${TYPE_NAMES[d.type] ?? ""} · ${d.description}`,
          insert: `${cut(state.prefix.length)}${/\s$|^\/\S+$/.test(cut(state.prefix.length)) ? "" : " "}${d.name}:`,
        }));
    case "value": {
      const def = state.focused;
      const typed = state.prefix;
      let choices = [];
      if (def.choices?.length) choices = def.choices;
      else if (def.type === 5)
        choices = [
          { name: "True", value: "True" },
          { name: "False", value: "False" },
        ];
      else if (def.autocomplete) choices = (await askBot(def.name, typed)) ?? [];
      else if (def.type === 11)
        return [
          { label: "Drop a file on the page", description: "it is attached to this option", insert: null },
        ];
      return choices
        .filter((c) => def.autocomplete || String(c.name).toLowerCase().includes(typed.toLowerCase()))
        .map((c) => ({
          label: String(c.name),
          description: def.name,
          insert: `${cut(typed.length)}${c.value} `,
        }));
    }
    default:
      return [];
  }
}

/** Draws the suggestion list; `onPick(item)` when one is clicked. */
export function drawSuggestions(list, items, active, onPick) {
  list.replaceChildren(
    ...items.map((item, i) => {
      const li = el(
        "li",
        {
          role: "option",
          class: i === active ? "active" : "",
          "aria-selected": i === active ? "true" : "false",
        },
        el("span", { class: "s-label" }, item.label),
        el("span", { class: "s-desc" }, item.description ?? ""),
      );
      li.addEventListener("mousedown", (ev) => {
        ev.preventDefault();
        onPick(item);
      });
      return li;
    }),
  );
  list.hidden = items.length === 0;
}
