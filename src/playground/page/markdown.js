// Discord's markdown subset (the parser follows Discord's own rules: simple-markdown based), rendered
// with DOM nodes only, so deck text can never inject HTML. Code blocks are highlighted like Discord's.
import { parse } from "discord-markdown-parser";
import hljs from "highlight.js/lib/common";
import { el } from "./dom.js";

/** Member and channel names by id, so `<@id>` and `<#id>` mentions read like Discord's (set once the page knows its members). */
const names = new Map();
export function setMentionNames(entries) {
  for (const [id, name] of entries) names.set(id, name);
}

/** Renders `text` into a fragment. `inline` (titles, field names) turns code blocks into inline code. */
export function markdown(text, { inline = false } = {}) {
  const frag = document.createDocumentFragment();
  let nodes;
  try {
    nodes = parse(String(text ?? ""), "extended");
  } catch {
    nodes = [{ type: "text", content: String(text ?? "") }];
  }
  // Like Discord, the line break right after a code block is part of the block, not an empty line.
  nodes.forEach((node, i) => {
    if (node.type === "br" && nodes[i - 1]?.type === "codeBlock") return;
    frag.append(renderNode(node, inline));
  });
  return frag;
}

function children(content, inline) {
  const frag = document.createDocumentFragment();
  if (typeof content === "string") frag.append(content);
  else if (Array.isArray(content)) for (const n of content) frag.append(renderNode(n, inline));
  return frag;
}

function renderNode(node, inline) {
  switch (node.type) {
    case "text":
      return document.createTextNode(node.content);
    case "br":
    case "newline":
      return el("br");
    case "strong":
      return el("strong", {}, children(node.content, inline));
    case "em":
      return el("em", {}, children(node.content, inline));
    case "underline":
      return el("u", {}, children(node.content, inline));
    case "strikethrough":
      return el("s", {}, children(node.content, inline));
    case "inlineCode":
      return el("code", { class: "inline" }, node.content);
    case "spoiler": {
      const s = el(
        "span",
        { class: "spoiler", title: "Spoiler: click to reveal" },
        children(node.content, inline),
      );
      s.addEventListener("click", () => s.classList.add("revealed"));
      return s;
    }
    case "blockQuote":
      return el("blockquote", {}, children(node.content, inline));
    case "heading":
      return el(`h${Math.min(3, node.level ?? 1)}`, {}, children(node.content, inline));
    case "subtext":
      return el("small", { class: "subtext" }, children(node.content, inline));
    case "codeBlock":
      return inline ? el("code", { class: "inline" }, node.content) : codeBlock(node.content, node.lang);
    case "link":
    case "url":
    case "autolink": {
      const href = safeHref(node.target);
      const label = children(node.content, inline);
      return href
        ? el("a", { href, target: "_blank", rel: "noreferrer noopener" }, label)
        : el("span", {}, label);
    }
    case "timestamp":
      return timestamp(Number(node.timestamp), node.format);
    case "user":
      return el("span", { class: "mention" }, `@${names.get(node.id) ?? "unknown-user"}`);
    case "channel":
      return el("span", { class: "mention" }, `#${names.get(node.id) ?? "unknown-channel"}`);
    case "role":
      return el("span", { class: "mention" }, `@role`);
    case "everyone":
      return el("span", { class: "mention" }, "@everyone");
    case "here":
      return el("span", { class: "mention" }, "@here");
    case "twemoji":
      return document.createTextNode(node.name);
    case "emoji":
      return el("span", { class: "emoji" }, `:${node.name}:`);
    default:
      return children(node.content ?? "", inline);
  }
}

function safeHref(target) {
  try {
    const url = new URL(String(target));
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function codeBlock(code, lang) {
  const pre = el("pre", { class: "codeblock" });
  const codeEl = el("code", { class: "hljs" });
  const language = lang && hljs.getLanguage(lang) ? lang : undefined;
  if (language) {
    // highlight.js escapes the code itself; its output is the only HTML the page inserts.
    codeEl.innerHTML = hljs.highlight(code, { language, ignoreIllegals: true }).value;
    codeEl.dataset.language = language;
  } else codeEl.textContent = code;
  pre.append(codeEl);
  return pre;
}

/** `<t:unix:F>` as Discord shows it; relative ones (`R`) are refreshed every second by the page. */
function timestamp(seconds, format) {
  const span = el("time", { class: "timestamp", datetime: new Date(seconds * 1000).toISOString() });
  span.dataset.ts = String(seconds);
  span.dataset.format = format || "f";
  span.textContent = formatTimestamp(seconds, span.dataset.format);
  span.title = new Date(seconds * 1000).toLocaleString();
  return span;
}

export function formatTimestamp(seconds, format) {
  const d = new Date(seconds * 1000);
  switch (format) {
    case "R":
      return relative(seconds - Date.now() / 1000);
    case "t":
      return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
    case "T":
      return d.toLocaleTimeString();
    case "d":
      return d.toLocaleDateString();
    case "D":
      return d.toLocaleDateString([], { dateStyle: "long" });
    case "F":
      return d.toLocaleString([], { dateStyle: "full", timeStyle: "short" });
    default:
      return d.toLocaleString([], { dateStyle: "long", timeStyle: "short" });
  }
}

function relative(delta) {
  const abs = Math.abs(delta);
  const units = [
    [86400, "day"],
    [3600, "hour"],
    [60, "minute"],
    [1, "second"],
  ];
  for (const [size, unit] of units) {
    if (abs >= size || size === 1) {
      const n = Math.max(0, Math.round(abs / size));
      const label = `${n} ${unit}${n === 1 ? "" : "s"}`;
      return delta >= 0 ? `in ${label}` : `${label} ago`;
    }
  }
  return "now";
}

/** Keeps every relative timestamp on the page counting. */
export function tickTimestamps(root) {
  for (const t of root.querySelectorAll("time.timestamp[data-format='R']"))
    t.textContent = formatTimestamp(Number(t.dataset.ts), "R");
}
