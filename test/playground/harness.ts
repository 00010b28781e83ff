import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** Debian's Chromium (`.ci/run` installs it when missing; browser downloads are not possible here). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface Playground {
  url: string;
  output: string[];
  proc: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Runs `npm run play` (its script, src/playground/main.ts through tsx) on a free port, with the
 * given arguments, and resolves once it printed its URL.
 */
export async function startPlayground(
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<Playground> {
  const proc = spawn(process.execPath, ["--import", "tsx", "src/playground/main.ts", ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PLAY_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`playground did not start:\n${output.join("")}`)),
      60_000,
    );
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString("utf8"));
      const found = /quizdeck playground: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output.join(""));
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    proc.stdout!.on("data", onData);
    proc.stderr!.on("data", onData);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`playground exited (${code}):\n${output.join("")}`));
    });
  });
  return {
    url,
    output,
    proc,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
      await exited;
    },
  };
}

export interface BrowserSession {
  browser: BrowserContext;
  close(): Promise<void>;
}

/** Headless Chromium with a fresh profile, no network but loopback in practice (nothing else is opened). */
export async function launchBrowser(): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (as .ci/run does)`);
  const profile = await mkdtemp(join(tmpdir(), "quizdeck-chromium-"));
  // A persistent context is how Playwright takes a profile folder of our choosing.
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the playground as `member` (the switcher's label) in #`channel`. */
export async function openAs(
  browser: BrowserContext,
  url: string,
  member: string,
  channel = "general",
): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.locator("#member option").first().waitFor({ state: "attached" });
  await page.selectOption("#member", { label: member });
  await page.locator(`.channel[data-channel="${channel}"]`).click();
  return page;
}

/** Types a command line into the box and sends it with Enter. */
export async function runCommand(page: Page, line: string): Promise<void> {
  const box = page.locator("#command");
  await box.fill(line);
  await box.press("Escape");
  await box.press("Enter");
}
