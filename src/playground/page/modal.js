// A modal opened by the bot (interaction callback type 9), drawn from the callback data alone:
// text inputs in action rows, or inside labels (type 18).
import { el } from "./dom.js";

/** Opens the modal; resolves with { customId, values } on submit, or null when closed. */
export function openModal(data) {
  return new Promise((resolve) => {
    const inputs = [];
    const form = el("form", {
      class: "modal",
      role: "dialog",
      "aria-modal": "true",
      "aria-label": data.title ?? "Modal",
    });
    form.append(el("h2", {}, data.title ?? ""));
    for (const c of data.components ?? []) {
      const fields =
        c.type === 1
          ? (c.components ?? [])
          : c.type === 18
            ? [{ ...c.component, label: c.label, description: c.description }]
            : [c];
      for (const f of fields) {
        if (f.type !== 4) continue;
        const attrs = {
          name: f.custom_id,
          placeholder: f.placeholder ?? "",
          required: f.required !== false,
          minlength: f.min_length,
          maxlength: f.max_length,
        };
        const input =
          f.style === 2 ? el("textarea", { ...attrs, rows: 4 }) : el("input", { ...attrs, type: "text" });
        if (f.value) input.value = f.value;
        inputs.push(input);
        form.append(
          el(
            "label",
            {},
            el("span", { class: "modal-label" }, f.label ?? f.custom_id),
            f.description ? el("small", {}, f.description) : null,
            input,
          ),
        );
      }
    }
    const cancel = el("button", { type: "button", class: "button secondary" }, "Cancel");
    form.append(
      el(
        "div",
        { class: "modal-actions" },
        cancel,
        el("button", { type: "submit", class: "button primary" }, "Submit"),
      ),
    );
    const backdrop = el("div", { class: "modal-backdrop" }, form);
    const close = (result) => {
      backdrop.remove();
      resolve(result);
    };
    cancel.addEventListener("click", () => close(null));
    form.addEventListener("submit", (ev) => {
      ev.preventDefault();
      close({ customId: data.custom_id, values: Object.fromEntries(inputs.map((i) => [i.name, i.value])) });
    });
    document.body.append(backdrop);
    inputs[0]?.focus();
  });
}
