import type { APIEmbed, APIEmbedField } from "discord.js";

/**
 * Discord's embed limits (docs: resources/message#embed-object-embed-limits). A message whose
 * embeds break any of them is refused as a whole, so a reveal that is one character over never
 * shows at all. Every renderer passes its embeds through `fitEmbeds` (or `fitted`) last.
 */
export const EMBED_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  /** Title, description, field names and values, footer and author of every embed of a message. */
  total: 6000,
} as const;

/** A field cut shorter than this says too little to keep its place: it is dropped instead. */
const MIN_FIELD_VALUE = 80;
const ELLIPSIS = "…";
const FENCE = "```";
/** How far back a cut may move to end on a whole word, line or list entry. */
const WORD_LOOKBACK = 40;

/**
 * Shortens markdown to `max` characters, marking the cut. A cut inside a fenced code block closes
 * the fence (else the rest of the embed would render as code), and a mention or timestamp cut in
 * half (`<@12…`) is dropped whole rather than shown as raw text.
 */
export function clipMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max < 8) return text.slice(0, max - 1) + ELLIPSIS;
  const cutAt = (n: number) => {
    const head = text.slice(0, n).replace(/<(?:[@#/:at][^<>\s]{0,40})?$/, "");
    // End on a whole line, list entry or word when one ends near the cut.
    const lookback = Math.min(WORD_LOOKBACK, Math.floor(n / 4));
    const boundary = Math.max(head.lastIndexOf("\n"), head.lastIndexOf(" "));
    const whole = boundary >= head.length - lookback && boundary > 0 ? head.slice(0, boundary) : head;
    return whole.replace(/[\s,;]+$/, "");
  };
  const insideCode = (s: string) => (s.split(FENCE).length - 1) % 2 === 1;
  const cut = cutAt(max - 1);
  if (!insideCode(cut)) return cut + ELLIPSIS;
  const shorter = cutAt(max - 1 - (FENCE.length + 1));
  return insideCode(shorter) ? `${shorter}${ELLIPSIS}\n${FENCE}` : shorter + ELLIPSIS;
}

const len = (s: string | undefined) => s?.length ?? 0;

/** Each part cut to its own limit; fields past the 25th dropped. */
function clipParts(e: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...e };
  if (e.title !== undefined) out.title = clipMarkdown(e.title, EMBED_LIMITS.title);
  if (e.description !== undefined) out.description = clipMarkdown(e.description, EMBED_LIMITS.description);
  if (e.footer) out.footer = { ...e.footer, text: clipMarkdown(e.footer.text, EMBED_LIMITS.footer) };
  if (e.author) out.author = { ...e.author, name: clipMarkdown(e.author.name, EMBED_LIMITS.author) };
  if (e.fields) {
    out.fields = e.fields.slice(0, EMBED_LIMITS.fields).map((f) => ({
      ...f,
      name: clipMarkdown(f.name, EMBED_LIMITS.fieldName),
      value: clipMarkdown(f.value, EMBED_LIMITS.fieldValue),
    }));
  }
  return out;
}

/** Characters of an embed that count towards the 6,000 total. */
export function embedLength(e: APIEmbed): number {
  return (
    len(e.title) +
    len(e.description) +
    len(e.footer?.text) +
    len(e.author?.name) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * The largest length `cap` such that cutting every part longer than `cap` down to it makes the
 * parts fit in `room`: the longest parts are cut first and evenly, short ones stay whole.
 */
function waterLevel(lengths: number[], room: number): number {
  const sorted = [...lengths].sort((a, b) => a - b);
  let used = 0;
  for (let k = 0; k < sorted.length; k++) {
    const left = sorted.length - k;
    const cap = Math.floor((room - used) / left);
    if (cap < sorted[k]!) return Math.max(0, cap);
    used += sorted[k]!;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * One embed made to fit Discord's limits within `budget` characters of the message's total.
 * Fields give way first, longest first: the longest values are cut to a common length, short
 * ones (the answer, the counts) stay whole, and a field that would be cut below a useful length
 * is dropped, longest first. The description (the question itself) is cut only if that is not
 * enough, then the title, footer and author.
 */
export function fitEmbed(embed: APIEmbed, budget: number = EMBED_LIMITS.total): APIEmbed {
  const e = clipParts(embed);
  let fields: APIEmbedField[] = e.fields ? [...e.fields] : [];
  const rest = () => len(e.title) + len(e.footer?.text) + len(e.author?.name) + len(e.description);
  for (;;) {
    const names = fields.reduce((n, f) => n + f.name.length, 0);
    const values = fields.map((f) => f.value.length);
    const room = budget - rest() - names;
    if (values.reduce((a, b) => a + b, 0) <= room) break;
    const cap = waterLevel(values, room);
    if (cap < MIN_FIELD_VALUE) {
      // Cutting would leave stubs: give up the longest field instead, then try again.
      const longest = fields.reduce((a, f) => (f.value.length > a.value.length ? f : a));
      fields = fields.filter((f) => f !== longest);
      continue;
    }
    fields = fields.map((f) => ({ ...f, value: clipMarkdown(f.value, cap) }));
    break;
  }
  const fieldsLength = fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  let over = rest() + fieldsLength - budget;
  if (over > 0 && e.description !== undefined) {
    e.description = clipMarkdown(e.description, Math.max(0, e.description.length - over));
    over = rest() + fieldsLength - budget;
  }
  if (over > 0) {
    // Only a title, footer and author too long for what is left of the message's total.
    const share = Math.floor(Math.max(0, budget - len(e.description)) / 3);
    if (e.title !== undefined) e.title = clipMarkdown(e.title, share);
    if (e.footer) e.footer = { ...e.footer, text: clipMarkdown(e.footer.text, share) };
    if (e.author) e.author = { ...e.author, name: clipMarkdown(e.author.name, share) };
  }
  if (e.fields) e.fields = fields;
  if (e.description === "") delete e.description;
  return e;
}

/** A message's embeds made to fit, sharing the 6,000 total in order (the first gets what it needs). */
export function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  let left: number = EMBED_LIMITS.total;
  return embeds.slice(0, 10).map((embed) => {
    const fit = fitEmbed(embed, left);
    left -= embedLength(fit);
    return fit;
  });
}

/** A message body with its embeds budgeted: the last step of every renderer. */
export function fitted<T extends { embeds?: APIEmbed[] }>(body: T): T {
  return body.embeds ? { ...body, embeds: fitEmbeds(body.embeds) } : body;
}
