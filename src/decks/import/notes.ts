/** One Anki note (its fields, already turned into markdown) → cards, or a reason it was skipped. */
import { clozeCards } from "./cloze.js";
import type { FieldText } from "./html.js";
import type { ImportedItems, Origin } from "./types.js";

export function noteToCards(
  fields: readonly FieldText[],
  cloze: boolean,
  from: Origin,
  out: ImportedItems,
): void {
  const [first, second] = fields;
  if (cloze) {
    const cards = clozeCards(first?.text ?? "");
    if (cards.length === 0) {
      out.skipped.push({
        from,
        reason: first?.hadMedia
          ? "only images or sounds, which are not shown yet"
          : "a Cloze note without any {{c1::...}} deletion",
      });
      return;
    }
    for (const c of cards) {
      if (!c.back) out.skipped.push({ from: `${from} (c${c.n})`, reason: "the cloze deletion is empty" });
      else
        out.cards.push({ front: c.front, back: c.back, from: cards.length > 1 ? `${from} (c${c.n})` : from });
    }
    return;
  }
  const front = first?.text ?? "";
  const back = second?.text ?? "";
  if (front && back) {
    out.cards.push({ front, back, from });
    return;
  }
  const media = (!front && first?.hadMedia) || (!back && second?.hadMedia);
  out.skipped.push({
    from,
    reason: media
      ? "only images or sounds, which are not shown yet"
      : fields.length < 2
        ? "the note has only one field; a card needs a front and a back"
        : `the ${front ? "back" : "front"} is empty`,
  });
}
