// One message as Discord draws it: author line, content, embeds, attachments and components.
import { el, hexColor } from "./dom.js";
import { markdown } from "./markdown.js";

const BUTTON_STYLE = { 1: "primary", 2: "secondary", 3: "success", 4: "danger", 5: "link", 6: "premium" };

/**
 * @param actions {{ button(messageId, customId), select(messageId, customId, values),
 *   commandName?(path): string }} `commandName` shows a command as the client's language names it.
 */
export function renderMessage(m, actions) {
  const li = el("li", { class: `message${m.ephemeral ? " ephemeral" : ""}`, "data-id": m.id });
  if (m.usedBy)
    li.append(
      el(
        "div",
        { class: "used" },
        el("strong", {}, m.usedBy.name),
        ` used `,
        el(
          "span",
          { class: "command-name" },
          `/${actions.commandName?.(m.usedBy.command) ?? m.usedBy.command}`,
        ),
      ),
    );
  const head = el(
    "div",
    { class: "head" },
    el("span", { class: "avatar", "aria-hidden": "true" }, m.author.name.slice(0, 1).toUpperCase()),
    el("span", { class: "author" }, m.author.name),
    m.author.bot ? el("span", { class: "bot-tag" }, "APP") : null,
    el(
      "time",
      { class: "sent", datetime: m.timestamp },
      new Date(m.timestamp).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }),
    ),
  );
  const body = el("div", { class: "body" });
  if (m.loading) body.append(el("div", { class: "thinking" }, `${m.author.name} is thinking…`));
  if (m.content)
    body.append(
      el(
        "div",
        { class: "content" },
        markdown(m.content),
        m.edited ? el("span", { class: "edited" }, " (edited)") : null,
      ),
    );
  for (const e of m.embeds) body.append(renderEmbed(e));
  for (const a of m.attachments) body.append(renderAttachment(a));
  const comps = renderComponents(m.components, m.id, actions);
  if (comps) body.append(comps);
  if (m.ephemeral) body.append(el("div", { class: "only-you" }, "👁 Only you can see this"));
  li.append(head, body);
  return li;
}

function renderEmbed(e) {
  const box = el("article", { class: "embed" });
  if (typeof e.color === "number") box.style.borderLeftColor = hexColor(e.color);
  const main = el("div", { class: "embed-main" });
  if (e.author?.name) main.append(el("div", { class: "embed-author" }, e.author.name));
  if (e.title) {
    const title = el("div", { class: "embed-title" }, markdown(e.title, { inline: true }));
    main.append(
      e.url ? el("a", { href: e.url, target: "_blank", rel: "noreferrer noopener" }, title) : title,
    );
  }
  if (e.description) main.append(el("div", { class: "embed-description" }, markdown(e.description)));
  if (Array.isArray(e.fields) && e.fields.length) {
    const fields = el("div", { class: "embed-fields" });
    for (const f of e.fields)
      fields.append(
        el(
          "div",
          { class: `embed-field${f.inline ? " inline" : ""}` },
          el("div", { class: "field-name" }, markdown(f.name, { inline: true })),
          el("div", { class: "field-value" }, markdown(f.value)),
        ),
      );
    main.append(fields);
  }
  if (e.image?.url) main.append(el("img", { class: "embed-image", src: e.image.url, alt: "" }));
  box.append(main);
  if (e.thumbnail?.url) box.append(el("img", { class: "embed-thumbnail", src: e.thumbnail.url, alt: "" }));
  if (e.footer?.text || e.timestamp) {
    const when = e.timestamp ? new Date(e.timestamp).toLocaleString() : "";
    main.append(el("div", { class: "embed-footer" }, [e.footer?.text, when].filter(Boolean).join(" • ")));
  }
  return box;
}

function renderAttachment(a) {
  if (a.contentType?.startsWith("image/"))
    return el("img", { class: "attachment-image", src: a.url, alt: a.filename });
  return el("a", { class: "attachment", href: a.url, download: a.filename }, `📄 ${a.filename}`);
}

function renderComponents(list, messageId, actions) {
  if (!Array.isArray(list) || !list.length) return null;
  const wrap = el("div", { class: "components" });
  for (const c of list) {
    const node = renderComponent(c, messageId, actions);
    if (node) wrap.append(node);
  }
  return wrap;
}

function renderComponent(c, messageId, actions) {
  switch (c.type) {
    case 1: // action row
      return el(
        "div",
        { class: "row" },
        ...(c.components ?? []).map((x) => renderComponent(x, messageId, actions)),
      );
    case 2:
      return renderButton(c, messageId, actions);
    case 3:
    case 5:
    case 6:
    case 7:
    case 8:
      return renderSelect(c, messageId, actions);
    case 10: // text display (components v2)
      return el("div", { class: "text-display" }, markdown(c.content));
    case 9: // section
      return el(
        "div",
        { class: "section" },
        el("div", {}, ...(c.components ?? []).map((x) => renderComponent(x, messageId, actions))),
        c.accessory ? renderComponent(c.accessory, messageId, actions) : null,
      );
    case 14:
      return el("hr", { class: "separator" });
    case 17: {
      const box = el(
        "div",
        { class: "container" },
        ...(c.components ?? []).map((x) => renderComponent(x, messageId, actions)),
      );
      if (typeof c.accent_color === "number") box.style.borderLeftColor = hexColor(c.accent_color);
      return box;
    }
    case 12:
      return el(
        "div",
        { class: "gallery" },
        ...(c.items ?? []).map((i) => el("img", { src: i.media?.url ?? "", alt: i.description ?? "" })),
      );
    default:
      return el("div", { class: "unknown-component" }, `(component type ${c.type})`);
  }
}

function renderButton(c, messageId, actions) {
  const style = BUTTON_STYLE[c.style] ?? "secondary";
  const label = [c.emoji?.name ? `${c.emoji.name} ` : "", c.label ?? ""].join("");
  if (c.style === 5)
    return el(
      "a",
      { class: "button link", href: c.url, target: "_blank", rel: "noreferrer noopener" },
      `${label} ↗`,
    );
  const b = el(
    "button",
    { type: "button", class: `button ${style}`, disabled: !!c.disabled, "data-custom-id": c.custom_id },
    label,
  );
  b.addEventListener("click", () => actions.button(messageId, c.custom_id));
  return b;
}

function renderSelect(c, messageId, actions) {
  const max = c.max_values ?? 1;
  const select = el("select", {
    class: "select",
    disabled: !!c.disabled,
    "data-custom-id": c.custom_id,
    multiple: max > 1,
  });
  if (max <= 1)
    select.append(
      el("option", { value: "", disabled: true, selected: true }, c.placeholder ?? "Make a selection"),
    );
  for (const o of c.options ?? [])
    select.append(
      el(
        "option",
        { value: o.value, title: o.description ?? "" },
        [o.emoji?.name, o.label].filter(Boolean).join(" "),
      ),
    );
  if (max <= 1) {
    select.addEventListener("change", () => actions.select(messageId, c.custom_id, [select.value]));
    return select;
  }
  const send = el("button", { type: "button", class: "button primary" }, "Done");
  send.addEventListener("click", () =>
    actions.select(
      messageId,
      c.custom_id,
      [...select.selectedOptions].map((o) => o.value),
    ),
  );
  return el(
    "div",
    { class: "multi-select" },
    el("div", { class: "placeholder" }, c.placeholder ?? ""),
    select,
    send,
  );
}
