/** Creates an element with attributes and children (strings become text nodes, never HTML). */
export function el(tag, attrs = {}, ...kids) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const kid of kids.flat()) if (kid !== undefined && kid !== null) node.append(kid);
  return node;
}

/** `#rrggbb` from Discord's integer colours. */
export function hexColor(n) {
  return `#${(Number(n) >>> 0).toString(16).padStart(6, "0").slice(-6)}`;
}
