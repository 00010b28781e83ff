// The playground page: a Discord-like channel view of the emulator, live over a WebSocket.
import {
  apiNameOf,
  drawSuggestions,
  localizeCommands,
  optionValues,
  parseCommandText,
  suggestionsFor,
} from "./composer.js";
import { el } from "./dom.js";
import { setMentionNames, tickTimestamps } from "./markdown.js";
import { renderMessage } from "./message.js";
import { openModal } from "./modal.js";

const $ = (id) => document.getElementById(id);
const state = {
  world: null,
  /** The registered commands as Discord sent them, and as the chosen client language shows them. */
  registered: [],
  commands: [],
  /** The client language the member's interactions carry (Discord's `locale`). */
  locale: "en-US",
  guild: null,
  channel: null,
  member: null,
  file: null,
  items: [],
  active: -1,
  rendered: new Map(),
};

async function api(path, body) {
  const res = await fetch(
    path,
    body
      ? { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }
      : {},
  );
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(data.error ?? `${res.status}`);
  return data;
}

/** A private note from the page itself (something could not be sent), like Discord's own. */
function note(text) {
  const n = el(
    "div",
    { class: "note", role: "alert" },
    el("strong", {}, "Playground: "),
    text,
    el("span", { class: "only-you" }, " · Only you can see this"),
  );
  $("notes").append(n);
  setTimeout(() => n.remove(), 8000);
}

/** Sends an action as the current member; opens a modal if the bot answers with one. */
async function act(path, body) {
  try {
    const result = await api(path, {
      member: state.member,
      channel: state.channel.id,
      locale: state.locale,
      ...body,
    });
    if (result.modal) {
      const filled = await openModal(result.modal);
      if (filled)
        await act("/api/modal", {
          ...filled,
          openedBy: result.openedBy,
          ...(body.messageId ? { messageId: body.messageId } : {}),
        });
    }
    return result;
  } catch (err) {
    note(err.message);
    return undefined;
  }
}

const actions = {
  button: (messageId, customId) => act("/api/button", { messageId, customId }),
  select: (messageId, customId, values) => act("/api/select", { messageId, customId, values }),
  /** "deck add" as the chosen client language shows it ("stapel hinzufügen"). */
  commandName: (path) => {
    let defs = state.commands;
    return path
      .split(" ")
      .map((word) => {
        const node = defs.find((d) => d.apiName === word);
        defs = node?.options ?? [];
        return node?.name ?? word;
      })
      .join(" ");
  },
};

// ---- Layout: servers, channels, member switcher -----------------------------------------------

function drawServers() {
  $("servers").replaceChildren(
    ...state.world.guilds.map((g) => {
      const b = el(
        "button",
        {
          type: "button",
          class: `server${g === state.guild ? " active" : ""}`,
          title: g.name,
          "aria-label": g.name,
        },
        initials(g.name),
      );
      b.addEventListener("click", () => openChannel(g, g.channels[0]));
      return b;
    }),
  );
  $("server-name").textContent = state.guild.name;
  $("channels").replaceChildren(
    ...state.guild.channels.map((c) => {
      const b = el(
        "button",
        { type: "button", class: `channel${c === state.channel ? " active" : ""}`, "data-channel": c.name },
        el("span", { class: "hash" }, "#"),
        c.name,
      );
      b.addEventListener("click", () => openChannel(state.guild, c));
      return b;
    }),
  );
  $("channel-name").replaceChildren(el("span", { class: "hash" }, "#"), state.channel.name);
  $("command").placeholder = `Message #${state.channel.name}: type / for commands, or drop a deck file`;
}

const initials = (name) =>
  name
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .slice(0, 3);

function openChannel(guild, channel) {
  state.guild = guild;
  state.channel = channel;
  state.rendered.clear();
  $("messages").replaceChildren();
  drawServers();
  watch();
}

// ---- Live messages -----------------------------------------------------------------------------

let socket;
function connect() {
  socket = new WebSocket(`${location.origin.replace(/^http/, "ws")}/live`);
  socket.addEventListener("open", watch);
  socket.addEventListener("message", (ev) => {
    const msg = JSON.parse(ev.data);
    if (msg.type === "messages" && msg.channel === state.channel.id) drawMessages(msg.messages);
  });
  socket.addEventListener("close", () => setTimeout(connect, 1000));
}

function watch() {
  if (socket?.readyState === WebSocket.OPEN)
    socket.send(JSON.stringify({ member: state.member, channel: state.channel.id }));
}

/** Replaces only the messages that changed, so open menus and the scroll position survive. */
function drawMessages(messages) {
  const list = $("messages");
  const atBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  const seen = new Set();
  let prev = null;
  for (const m of messages) {
    seen.add(m.id);
    const key = JSON.stringify(m);
    let entry = state.rendered.get(m.id);
    if (!entry || entry.key !== key) {
      const node = renderMessage(m, actions);
      if (entry) entry.node.replaceWith(node);
      entry = { key, node };
      state.rendered.set(m.id, entry);
    }
    const want = prev ? prev.nextSibling : list.firstChild;
    if (want !== entry.node) list.insertBefore(entry.node, want);
    prev = entry.node;
  }
  for (const [id, entry] of state.rendered)
    if (!seen.has(id)) {
      entry.node.remove();
      state.rendered.delete(id);
    }
  tickTimestamps(list);
  if (atBottom) list.scrollTop = list.scrollHeight;
}

// ---- Command box -------------------------------------------------------------------------------

function currentState() {
  const parsed = parseCommandText($("command").value, state.commands);
  return { ...parsed, commands: state.commands };
}

let suggestSeq = 0;
async function refreshSuggestions() {
  const text = $("command").value;
  const parsed = currentState();
  const seq = ++suggestSeq;
  const askBot = async (focused, typed) => {
    const values = { ...parsed.values, [focused]: typed };
    const options = {};
    for (const [k, v] of Object.entries(values))
      if (k === focused || v.trim())
        options[apiNameOf(parsed.defs, k)] = k === focused ? v : coerce(parsed.defs, k, v.trim());
    const sub = subcommandOf(parsed);
    const res = await api("/api/autocomplete", {
      member: state.member,
      channel: state.channel.id,
      locale: state.locale,
      name: parsed.command.apiName,
      ...sub,
      options,
      focused: apiNameOf(parsed.defs, focused),
    }).catch(() => ({ choices: [] }));
    return res.choices;
  };
  const items = await suggestionsFor(parsed, text, askBot).catch(() => []);
  if (seq !== suggestSeq) return; // a newer keystroke won
  state.items = items;
  state.active = -1;
  drawSuggestions($("suggestions"), items, state.active, pick);
}

/** Autocomplete sends the other options as typed; numbers and booleans in their own types. */
function coerce(defs, name, text) {
  const def = defs.find((d) => d.name === name);
  if (def?.type === 4 || def?.type === 10) return Number(text);
  if (def?.type === 5) return /^(true|yes)$/i.test(text);
  return text;
}

function subcommandOf(parsed) {
  const [a, b] = parsed.path;
  if (!a) return {};
  return a.type === 2
    ? { subcommandGroup: a.apiName, ...(b ? { subcommand: b.apiName } : {}) }
    : { subcommand: a.apiName };
}

function pick(item) {
  if (item.insert === null) return;
  $("command").value = item.insert;
  $("command").focus();
  void refreshSuggestions();
}

async function submit() {
  const parsed = currentState();
  if (!$("command").value.trim()) return;
  if (parsed.stage === "none")
    return note("The bot only reads slash commands: start with / (it never sees plain messages).");
  if (parsed.stage === "command" || parsed.stage === "unknown")
    return note(`There is no command ${$("command").value.trim()}.`);
  if (parsed.stage === "subcommand")
    return note(
      `Choose what /${parsed.command.name} should do: ${parsed.defs.map((d) => d.name).join(", ")}.`,
    );
  let options;
  try {
    options = optionValues(parsed, {
      members: state.world.members,
      channels: state.guild.channels,
      file: state.file,
    });
  } catch (err) {
    return note(err.message);
  }
  const line = $("command").value;
  $("command").value = "";
  drawSuggestions($("suggestions"), [], -1, pick);
  const hadFile = parsed.defs.some((d) => d.type === 11 && d.name in parsed.values);
  const result = await act("/api/command", {
    name: parsed.command.apiName,
    ...subcommandOf(parsed),
    options,
  });
  if (result === undefined)
    $("command").value = line; // not sent: keep it to fix
  else if (hadFile) setFile(null);
}

function onKey(ev) {
  const n = state.items.length;
  if (ev.key === "ArrowDown" && n) {
    ev.preventDefault();
    state.active = (state.active + 1) % n;
  } else if (ev.key === "ArrowUp" && n) {
    ev.preventDefault();
    state.active = (state.active - 1 + n) % n;
  } else if (
    (ev.key === "Tab" || ev.key === "Enter") &&
    n &&
    (state.active >= 0 || ev.key === "Tab" || currentState().stage === "command")
  ) {
    ev.preventDefault();
    pick(state.items[Math.max(0, state.active)]);
    return;
  } else if (ev.key === "Enter") {
    ev.preventDefault();
    void submit();
    return;
  } else if (ev.key === "Escape") {
    state.items = [];
  } else return;
  drawSuggestions($("suggestions"), state.items, state.active, pick);
}

// ---- File drop for /deck add -------------------------------------------------------------------

function setFile(file) {
  state.file = file;
  const box = $("attachment");
  box.hidden = !file;
  if (!file) return box.replaceChildren();
  const remove = el("button", { type: "button", class: "remove", "aria-label": "Remove file" }, "✕");
  remove.addEventListener("click", () => setFile(null));
  box.replaceChildren(el("span", {}, `📄 ${file.name}`), remove);
}

async function takeFile(file) {
  if (file.size > 2 * 1024 * 1024) return note(`${file.name} is too large for a deck file.`);
  setFile({ name: file.name, base64: await base64Of(file) });
  const input = $("command");
  if (!input.value.trim()) input.value = `/deck add file:${file.name}`;
  else if (!/file:/.test(input.value)) input.value = `${input.value.trimEnd()} file:${file.name}`;
  input.focus();
  void refreshSuggestions();
}

/** The file's bytes as base64 (binary deck formats must arrive intact). */
function base64Of(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function setUpDrop() {
  let depth = 0;
  const overlay = $("drop");
  window.addEventListener("dragenter", (ev) => {
    if (!ev.dataTransfer?.types.includes("Files")) return;
    depth += 1;
    overlay.hidden = false;
  });
  window.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (!depth) overlay.hidden = true;
  });
  window.addEventListener("dragover", (ev) => ev.preventDefault());
  window.addEventListener("drop", (ev) => {
    ev.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = ev.dataTransfer?.files?.[0];
    if (file) void takeFile(file);
  });
}

// ---- Start -------------------------------------------------------------------------------------

async function start() {
  state.world = await api("/api/world");
  state.registered = await api("/api/commands");
  state.locale = localStorage.getItem("quizdeck-play-locale") ?? "en-US";
  state.commands = localizeCommands(state.registered, state.locale);
  $("language").value = state.locale;
  $("language").addEventListener("change", () => {
    state.locale = $("language").value;
    localStorage.setItem("quizdeck-play-locale", state.locale);
    state.commands = localizeCommands(state.registered, state.locale);
    void refreshSuggestions();
    // Redraw: "used /command" lines show the command in the new language.
    state.rendered.clear();
    $("messages").replaceChildren();
    watch();
  });
  state.member = state.world.defaultMember;
  setMentionNames([
    ...state.world.members.map((m) => [m.id, m.name]),
    ...state.world.guilds.flatMap((g) => g.channels.map((c) => [c.id, c.name])),
  ]);
  $("member").replaceChildren(
    ...state.world.members.map((m) =>
      el("option", { value: m.id, selected: m.id === state.member }, m.label),
    ),
  );
  $("member").addEventListener("change", () => {
    state.member = $("member").value;
    state.rendered.clear();
    $("messages").replaceChildren();
    watch();
  });
  const input = $("command");
  input.addEventListener("input", () => void refreshSuggestions());
  input.addEventListener("keydown", onKey);
  input.addEventListener("blur", () =>
    setTimeout(() => drawSuggestions($("suggestions"), [], -1, pick), 150),
  );
  $("composer").addEventListener("submit", (ev) => ev.preventDefault());
  setUpDrop();
  const guild = state.world.guilds[0];
  openChannel(guild, guild.channels[0]);
  connect();
  setInterval(() => tickTimestamps($("messages")), 1000);
}

void start();
