/**
 * The big Anki package of the import bench: N notes in the current default layout (collection.anki21b,
 * zstd), with the HTML real decks have (bold, lists, line breaks, entities), one note in ten a Cloze
 * note. `npx tsx bench/big-apkg.ts 20000 /tmp/big.apkg` writes one to look at.
 */
import { writeFile } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { anki21bPackage, type Note21b } from "../test/decks/import/packages.js";

export function benchNotes(n: number): Note21b[] {
  return Array.from({ length: n }, (_, i) =>
    i % 10 === 9
      ? {
          fields: [
            `In {{c1::${1900 + (i % 120)}}} the <b>event ${i}</b> happened in {{c2::city ${i % 300}}}.`,
            "<i>from the history deck</i>",
          ],
          cloze: true,
        }
      : {
          fields: [
            `<div>What is <b>term ${i}</b>&nbsp;in chapter ${i % 40}?</div>`,
            `<div>The definition of term ${i}:<br><ul><li>part <i>one</i> of ${i}</li><li>part two &amp; three</li></ul></div>`,
          ],
        },
  );
}

export function bigApkg(notes: number): Promise<Uint8Array> {
  return anki21bPackage(`Bench::Big ${notes}`, benchNotes(notes));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const n = Number(process.argv[2] ?? 20_000);
  const out = process.argv[3] ?? `big-${n}.apkg`;
  const bytes = await bigApkg(n);
  await writeFile(out, bytes);
  console.log(`${out}: ${n} notes, ${(bytes.byteLength / 2 ** 20).toFixed(1)} MB`);
}
