/**
 * `npm run screenshots`: refreshes the README's pictures (docs/img/*.png) from the playground:
 * a question, a reveal, a round summary and /stats, as Alice sees them after Alice and Bob played,
 * and Carol's private round with her client in German.
 * Needs Chromium at /usr/bin/chromium (or CHROMIUM_PATH).
 */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { loadDeckText } from "../src/decks/load.js";
import { launchBrowser, openAs, runCommand, startPlayground } from "../test/playground/harness.js";

const OUT = "docs/img";

const message = (page: Page, text: RegExp) =>
  page.locator(".message", { has: page.locator(".embed-title", { hasText: text }) }).last();

/** The letter of the right answer to the question on screen, looked up in the deck file. */
async function correctLetter(page: Page, title: RegExp): Promise<string> {
  const loaded = loadDeckText(await readFile("decks/python-asyncio.yaml"), "python-asyncio.yaml");
  if (!loaded.ok) throw new Error("decks/python-asyncio.yaml does not load");
  const text = await message(page, title).locator(".embed-description").innerText();
  const q = loaded.deck.questions.find((x) => text.includes(x.prompt.trim().split("\n")[0]!));
  if (!q) throw new Error("the question on screen is not in decks/python-asyncio.yaml");
  for (const line of text.split("\n")) {
    const m = /^([A-Z])\. (.*)$/.exec(line.trim());
    if (m && m[2]!.trim() === q.answer.trim()) return m[1]!;
  }
  throw new Error(`no choice on screen reads "${q.answer}"`);
}

async function main() {
  const [play, chrome] = await Promise.all([startPlayground(), launchBrowser()]);
  try {
    const alice = await openAs(chrome.browser, play.url, "Alice");
    const bob = await openAs(chrome.browser, play.url, "Bob");
    await runCommand(alice, "/practice deck:python-asyncio questions:1 difficulty:medium timer:60");
    const question = /Question 1\/1/;
    await message(alice, question).waitFor();
    // Alice gets it right and Bob does not, so the pictures show both kinds of feedback.
    const right = await correctLetter(alice, question);
    const wrong = right === "A" ? "B" : "A";
    await message(bob, question).getByRole("button", { name: wrong, exact: true }).click();
    await message(alice, question).getByRole("button", { name: right, exact: true }).click();
    await alice.locator(".message.ephemeral").last().waitFor();
    await alice.waitForTimeout(300);
    await alice.screenshot({ path: `${OUT}/question.png` });

    await message(alice, question).getByRole("button", { name: "Reveal (host)" }).click();
    await alice.locator(".field-name", { hasText: "Answer" }).first().waitFor();
    const summary = message(alice, /Round over/);
    await summary.waitFor();
    await alice.waitForTimeout(300);
    await message(alice, question).screenshot({ path: `${OUT}/reveal.png` });
    await summary.screenshot({ path: `${OUT}/summary.png` });

    await runCommand(alice, "/stats");
    const stats = alice.locator(".message", { has: alice.locator(".used", { hasText: "/stats" }) }).last();
    await stats.waitFor();
    await alice.waitForTimeout(300);
    await stats.screenshot({ path: `${OUT}/play-stats.png` });

    // The page's client language: command names and replies as a German Discord client shows them.
    const carol = await openAs(chrome.browser, play.url, "Carol", "practice");
    await carol.selectOption("#language", "de");
    await runCommand(carol, "/üben stapel:python-asyncio fragen:1 schwierigkeit:easy solo:True");
    await message(carol, /Frage 1\/1/).waitFor();
    await carol.locator("#command").pressSequentially("/stapel ");
    await carol.locator("#suggestions li").first().waitFor();
    await carol.waitForTimeout(300);
    await carol.screenshot({ path: `${OUT}/play-german.png` });
    await carol.selectOption("#language", "en-US");
    process.stdout.write(
      `wrote ${OUT}/question.png, reveal.png, summary.png, play-stats.png, play-german.png\n`,
    );
  } finally {
    await chrome.close();
    await play.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`screenshots: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
