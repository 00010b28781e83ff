/** One Anki note (its fields, already turned into markdown) → cards, or a reason it was skipped. */
import { clozeCards } from "./cloze.js";
import type { FieldText } from "./html.js";
import { say } from "./messages.js";
import { noteOrigin, type ImportedItems, type NoteAt } from "./types.js";

export function noteToCards(
  fields: readonly FieldText[],
  cloze: boolean,
  at: NoteAt,
  out: ImportedItems,
): void {
  const [first, second] = fields;
  const from = noteOrigin(at);
  if (cloze) {
    const cards = clozeCards(first?.text ?? "");
    if (cards.length === 0) {
      out.skipped.push({
        from,
        reason: first?.hadMedia ? say("mediaOnly") : say("clozeWithoutDeletion", { example: "{{c1::...}}" }),
      });
      return;
    }
    for (const c of cards) {
      if (!c.back) out.skipped.push({ from: noteOrigin(at, c.n), reason: say("clozeDeletionEmpty") });
      else
        out.cards.push({ front: c.front, back: c.back, from: cards.length > 1 ? noteOrigin(at, c.n) : from });
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
    reason: say(
      media ? "mediaOnly" : fields.length < 2 ? "noteOneField" : front ? "backEmpty" : "frontEmpty",
    ),
  });
}
