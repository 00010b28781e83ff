import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type BrowserSession } from "./harness.js";

/**
 * The page's modal (interaction callback type 9), drawn from the callback data alone: it opens from
 * a bot's payload and hands back what was typed, keyed by the text inputs' custom_ids. (The round
 * trip to the bot, MODAL_SUBMIT included, is in play.test.ts.)
 */
describe("playground modal", () => {
  let chrome: BrowserSession;
  let script: string;

  beforeAll(async () => {
    const out = await build({
      entryPoints: ["src/playground/page/modal.js"],
      bundle: true,
      format: "iife",
      globalName: "PlayModal",
      write: false,
      logLevel: "silent",
    });
    script = out.outputFiles[0]!.text;
    chrome = await launchBrowser();
  }, 60_000);

  afterAll(async () => {
    await chrome?.close();
  });

  it("opens from a type-9 callback's data, with labels and both text input styles, and submits the values", async () => {
    const page = await chrome.browser.newPage();
    await page.setContent("<!doctype html><body></body>");
    await page.addScriptTag({ content: script });
    const modal = {
      custom_id: "v1:answer:abc:0",
      title: "Type your answer",
      components: [
        {
          type: 1,
          components: [
            {
              type: 4,
              custom_id: "answer",
              label: "Your answer",
              style: 1,
              required: true,
              placeholder: "e.g. 42",
            },
          ],
        },
        {
          type: 18,
          label: "How did you get there?",
          description: "Optional",
          component: { type: 4, custom_id: "why", style: 2, required: false },
        },
      ],
    };
    const submitted = page.evaluate(`PlayModal.openModal(${JSON.stringify(modal)})`);
    await page.getByRole("dialog", { name: "Type your answer" }).waitFor();
    expect(await page.locator(".modal-label").allInnerTexts()).toEqual([
      "Your answer",
      "How did you get there?",
    ]);
    expect(await page.locator("textarea[name='why']").count()).toBe(1);
    // A required input left empty keeps the modal open, as Discord's does.
    await page.getByRole("button", { name: "Submit" }).click();
    expect(await page.getByRole("dialog").count()).toBe(1);
    await page.locator("input[name='answer']").fill("3");
    await page.locator("textarea[name='why']").fill("negative index");
    await page.getByRole("button", { name: "Submit" }).click();
    expect(await submitted).toEqual({
      customId: "v1:answer:abc:0",
      values: { answer: "3", why: "negative index" },
    });
    expect(await page.getByRole("dialog").count()).toBe(0);
  });
});
