import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { tr } from "../../src/strings.js";
import {
  launchBrowser,
  openAs,
  runCommand,
  startPlayground,
  type BrowserSession,
  type Playground,
} from "./harness.js";

/** A deck a user would drop on the page: one question, so a round of it is quick to finish. */
const DROPPED_DECK = `title: Dropped deck
description: Uploaded by drag and drop in the playground test.
questions:
  - difficulty: easy
    prompt: "What does \`[1, 2, 3][-1]\` give in Python?"
    code: |
      print([1, 2, 3][-1])
    language: python
    choices: ["3", "1"]
    answer: "3"
    explanation: Negative indexes count from the end.
`;

/** Drops a file on the page the way a browser does (a drop event carrying a File). */
async function dropFile(page: Page, name: string, text: string) {
  // Runs in the page (the test's TypeScript has no DOM types, so it is sent as source).
  const transfer = await page.evaluateHandle(
    `(() => { const dt = new DataTransfer(); dt.items.add(new File([${JSON.stringify(text)}], ${JSON.stringify(name)}, { type: "text/yaml" })); return dt; })()`,
  );
  await page.dispatchEvent("#chat", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent("#chat", "drop", { dataTransfer: transfer });
}

const questionOf = (page: Page, title: RegExp) =>
  page.locator(".message", { has: page.locator(".embed-title", { hasText: title }) }).last();

describe("playground in a real browser", () => {
  let play: Playground;
  let chrome: BrowserSession;

  beforeAll(async () => {
    [play, chrome] = await Promise.all([startPlayground(), launchBrowser()]);
  }, 90_000);

  afterAll(async () => {
    await chrome?.close();
    await play?.stop();
  });

  it("runs /practice as one member; two members answer, each sees only their own feedback; reveal and summary", async () => {
    const alice = await openAs(chrome.browser, play.url, "Alice");
    const bob = await openAs(chrome.browser, play.url, "Bob");

    // Completion comes from the registered commands, and deck names from the bot's autocomplete.
    await alice.locator("#command").pressSequentially("/prac");
    await expect
      .poll(() => alice.locator("#suggestions li").allInnerTexts())
      .toEqual([expect.stringContaining("/practice")]);
    await alice.locator("#command").press("Enter");
    await alice.locator("#command").pressSequentially("deck:djan");
    await expect
      .poll(() => alice.locator("#suggestions li").allInnerTexts())
      .toContainEqual(expect.stringContaining("Async in Django"));

    await runCommand(alice, "/practice deck:django-async questions:1");
    const title = /Question 1\/1/;
    await questionOf(alice, title).waitFor();
    await questionOf(bob, title).waitFor();
    await expect.poll(() => alice.locator(".used").last().innerText()).toMatch(/Alice used \/practice/);

    // "closes <t:…:R>" counts down on the page, as in Discord.
    const countdown = questionOf(alice, title).locator("time.timestamp[data-format='R']");
    const before = await countdown.innerText();
    expect(before).toMatch(/^in \d+ seconds$/);
    await expect.poll(() => countdown.innerText(), { timeout: 5000 }).not.toBe(before);

    await questionOf(alice, title).getByRole("button", { name: "A", exact: true }).click();
    await questionOf(bob, title).getByRole("button", { name: "B", exact: true }).click();

    const feedback = (page: Page) =>
      page.locator(".message.ephemeral").filter({ hasText: /Correct|Not quite/ });
    await expect.poll(() => feedback(alice).count()).toBe(1);
    await expect.poll(() => feedback(bob).count()).toBe(1);
    const aliceSees = await feedback(alice).innerText();
    const bobSees = await feedback(bob).innerText();
    expect(aliceSees).toContain("Only you can see this");
    expect(bobSees).toContain("Only you can see this");
    // A and B cannot both be right, so the two notes differ: each page shows only its own.
    expect(aliceSees).not.toEqual(bobSees);
    if (/you chose \*?\*?B/.test(bobSees) || bobSees.includes("chose B"))
      expect(aliceSees).not.toContain("chose B");

    await questionOf(alice, title).getByRole("button", { name: "Reveal (host)" }).click();
    for (const page of [alice, bob]) {
      const revealed = questionOf(page, title);
      await expect.poll(() => revealed.locator(".field-name").allInnerTexts()).toContain("Answer");
      await expect.poll(() => revealed.innerText()).toContain("(2 in all)");
      await page.locator(".embed-title", { hasText: /Round over: Async in Django/ }).waitFor();
    }
  }, 90_000);

  it("uploads a dropped deck file with /deck add as the moderator, and plays it", async () => {
    const morgan = await openAs(chrome.browser, play.url, "Morgan (moderator)", "practice");
    await dropFile(morgan, "dropped-deck.yaml", DROPPED_DECK);
    await expect.poll(() => morgan.locator("#command").inputValue()).toBe("/deck add file:dropped-deck.yaml");
    await expect.poll(() => morgan.locator("#attachment").innerText()).toContain("dropped-deck.yaml");
    await morgan.locator("#command").press("Enter");
    await morgan.locator(".message.ephemeral .embed-title", { hasText: "Dropped deck" }).waitFor();

    await runCommand(morgan, "/practice deck:dropped-deck questions:1");
    const question = questionOf(morgan, /Dropped deck · Question 1\/1/);
    await question.waitFor();
    // The code block is highlighted as Python, as Discord does.
    expect(
      await question.locator("pre.codeblock code[data-language='python'] .hljs-built_in").count(),
    ).toBeGreaterThan(0);
    // Choices are shuffled per round: answer with the letter the page shows for "3".
    const letter = /([A-B])\. 3\n/.exec(`${await question.locator(".embed-description").innerText()}\n`)?.[1];
    expect(letter).toBeDefined();
    await question.getByRole("button", { name: letter!, exact: true }).click();
    await morgan.locator(".message.ephemeral", { hasText: "Correct!" }).waitFor();
  }, 60_000);

  it("opens the typed-answer modal, submits what the member typed and shows the bot's private verdict", async () => {
    const morgan = await openAs(chrome.browser, play.url, "Morgan (moderator)", "practice");
    await dropFile(morgan, "typed-deck.yaml", DROPPED_DECK.replace("Dropped deck", "Typed deck"));
    await morgan.locator("#command").press("Enter");
    await morgan.locator(".message.ephemeral .embed-title", { hasText: "Typed deck" }).waitFor();

    await runCommand(morgan, "/practice deck:typed-deck questions:1 mode:typed solo:True");
    const question = morgan
      .locator(".message.ephemeral", { has: morgan.locator(".embed-title", { hasText: /Typed deck/ }) })
      .last();
    await question.getByRole("button", { name: /Answer/ }).click();
    const modal = morgan.locator(".modal");
    await modal.waitFor();
    await modal.locator("input, textarea").first().fill("3");
    await modal.getByRole("button", { name: "Submit" }).click();
    await morgan.locator(".message.ephemeral", { hasText: "Correct" }).waitFor();
    expect(await morgan.locator(".modal").count()).toBe(0);
  }, 60_000);

  it("ticks concepts in a select menu (/explain, private round) and shows the result in place", async () => {
    const carol = await openAs(chrome.browser, play.url, "Carol", "practice");
    await runCommand(carol, "/explain deck:django-async solo:True");
    await carol.getByRole("button", { name: /Check yourself/ }).click();
    const picker = carol.locator(".message.ephemeral", { has: carol.locator("select[multiple]") });
    await picker.waitFor();
    const options = await picker.locator("select option").allInnerTexts();
    expect(options.length).toBeGreaterThan(1);
    await picker.locator("select").selectOption([{ index: 0 }, { index: 1 }]);
    await picker.getByRole("button", { name: "Done" }).click();
    // The private reply is updated in place (a live edit): the picker becomes the result.
    await carol.locator(".message.ephemeral", { hasText: /You got \d+\/\d+ concepts/ }).waitFor();
  }, 60_000);

  it("completes subcommands and option choices, and has two servers with their own channels", async () => {
    const bob = await openAs(chrome.browser, play.url, "Bob");
    const box = bob.locator("#command");
    const suggestions = () => bob.locator("#suggestions li .s-label").allInnerTexts();
    await box.pressSequentially("/deck ");
    await expect.poll(suggestions).toEqual(expect.arrayContaining(["deck add", "deck list", "deck info"]));
    await box.fill("");
    await box.pressSequentially("/practice deck:django-async difficulty:");
    await expect.poll(suggestions).toEqual(["easy", "medium", "hard", "mixed"]);
    await box.pressSequentially("h");
    await expect.poll(suggestions).toEqual(["hard"]);
    await box.press("Tab");
    await expect.poll(() => box.inputValue()).toBe("/practice deck:django-async difficulty:hard ");
    await box.fill("");

    await bob.getByRole("button", { name: "Book Club" }).click();
    await expect
      .poll(() => bob.locator("#channels .channel").allInnerTexts())
      .toEqual(["#general", "#quiz-night"]);
    await expect.poll(() => bob.locator("#server-name").innerText()).toBe("Book Club");
  });

  it("speaks the client language picked on the page: German command names to type, German private replies", async () => {
    const carol = await openAs(chrome.browser, play.url, "Carol", "practice");
    await carol.selectOption("#language", "de");
    try {
      const box = carol.locator("#command");
      const suggestions = () => carol.locator("#suggestions li .s-label").allInnerTexts();
      await box.pressSequentially("/üb");
      await expect.poll(suggestions).toEqual(["/üben"]);
      await box.fill("");
      await box.pressSequentially("/stapel ");
      await expect.poll(suggestions).toEqual(expect.arrayContaining(["stapel liste", "stapel info"]));
      await box.fill("");
      // Typed in German; the bot receives /practice deck:… (Discord sends the English names).
      await runCommand(carol, "/üben stapel:python-asyncio fragen:1 solo:True");
      const de = tr("de");
      const question = carol
        .locator(".message.ephemeral", { has: carol.locator(".embed-title", { hasText: /Frage 1\/1/ }) })
        .last();
      await question.waitFor();
      expect(await question.innerText()).toContain(de.question.footerSolo);
      await question.getByRole("button", { name: "A", exact: true }).click();
      await carol.locator(".message.ephemeral", { hasText: de.question.why }).first().waitFor();
      expect(await carol.locator(".used .command-name").last().innerText()).toBe("/üben");
    } finally {
      // The browser profile (and its saved language) is shared with the other tests.
      await carol.selectOption("#language", "en-US");
    }
  }, 60_000);

  it("answers only its own page: other origins, other host names and non-JSON posts are refused", async () => {
    const body = JSON.stringify({
      member: "1100000000000000100",
      channel: "1100000000000000002",
      name: "stats",
    });
    const post = (headers: Record<string, string>) =>
      fetch(new URL("/api/command", play.url), { method: "POST", headers, body });
    expect((await post({ "content-type": "application/json", origin: "https://evil.example" })).status).toBe(
      403,
    );
    expect((await post({ "content-type": "text/plain" })).status).toBe(415);
    const rebound = await new Promise<number>((resolve, reject) => {
      const url = new URL(play.url);
      const req = request(
        { host: url.hostname, port: url.port, path: "/api/world", headers: { host: "attacker.example" } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on("error", reject);
      req.end();
    });
    expect(rebound).toBe(403);
    expect(play.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it("says what is wrong instead of sending a command Discord would refuse", async () => {
    const carol = await openAs(chrome.browser, play.url, "Carol");
    await runCommand(carol, "/practice deck:django-async questions:99");
    await expect.poll(() => carol.locator(".note").innerText()).toContain("questions must be at most 20");
    await runCommand(carol, "/deck add file:x.yaml");
    await expect.poll(() => carol.locator(".note").last().innerText()).toContain("drop a file");
  }, 30_000);
});

describe("deck author's preview: npm run play -- my-deck.yaml", () => {
  let play: Playground;
  let chrome: BrowserSession;
  let dir: string;
  let file: string;
  const deck = (title: string) => DROPPED_DECK.replace("title: Dropped deck", `title: ${title}`);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "quizdeck-preview-"));
    file = join(dir, "my-deck.yaml");
    await writeFile(file, deck("First draft"));
    [play, chrome] = await Promise.all([startPlayground([file]), launchBrowser()]);
  }, 90_000);

  afterAll(async () => {
    await chrome?.close();
    await play?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("adds the deck to the first server and opens a round; after an edit, reloading shows the new version", async () => {
    const page = await chrome.browser.newPage();
    await page.goto(play.url);
    // The preview acts as the moderator, so the page opens as them and shows the upload's reply too.
    await expect.poll(() => page.locator("#member option:checked").innerText()).toBe("Morgan (moderator)");
    await questionOf(page, /First draft · Question 1\/1/).waitFor();
    await page.locator(".message.ephemeral .embed-title", { hasText: "First draft" }).waitFor();

    await writeFile(file, deck("Second draft"));
    await page.reload();
    await questionOf(page, /Second draft · Question 1\/1/).waitFor();
    // The first draft's round was stopped, not left running beside the new one.
    await expect
      .poll(() => page.locator(".content", { hasText: /Round stopped by/ }).count())
      .toBeGreaterThan(0);
  }, 60_000);
});
