/**
 * Draws the reference pictures from fixed data: test/images/reference/ (what the tests compare
 * against) and docs/img/ (what the README shows). Run after changing a drawing on purpose:
 * `npm run images:reference`, then look at the files before committing them.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { renderImage, type ImageJob } from "../src/images/index.js";
import { REFERENCE_JOBS } from "../test/images/fixtures.js";

mkdirSync("test/images/reference", { recursive: true });
mkdirSync("docs/img", { recursive: true });
for (const [name, job] of Object.entries(REFERENCE_JOBS) as [string, ImageJob][]) {
  const png = renderImage(job);
  writeFileSync(`test/images/reference/${name}.png`, png);
  writeFileSync(`docs/img/${name}.png`, png);
  console.log(`${name}.png ${png.length} bytes`);
}
