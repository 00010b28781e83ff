/**
 * The scrubber (src/scrub.ts) and the start-up paths that write before the logger exists: no
 * credential reaches the output, whatever its length or encoding, from a log line or a failure.
 */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createLogger, loggerOptionsFor } from "../../src/log.js";
import { createScrubber, secretsFromEnv, urlPasswords } from "../../src/scrub.js";
import { TEST_TOKEN } from "../e2e/harness.js";

/** Lines a logger configured for this STORE_URL writes. */
function logged(storeUrl: string, write: (log: ReturnType<typeof createLogger>) => void): string {
  const raw: string[] = [];
  const options = loggerOptionsFor(loadConfig({ DISCORD_TOKEN: TEST_TOKEN, STORE_URL: storeUrl }));
  write(createLogger("debug", { ...options, destination: { write: (s: string) => void raw.push(s) } }));
  for (const line of raw) expect(() => JSON.parse(line) as unknown).not.toThrow();
  return raw.join("");
}

describe("the scrubber", () => {
  it("scrubs the README's short Redis password, in the URL and on its own", () => {
    const out = logged("redis://:pass@redis:6379", (log) => {
      log.error({ err: new Error("connect redis://:pass@redis:6379 ECONNREFUSED") }, "store");
      log.warn({ detail: "AUTH failed: pass rejected" }, "auth pass");
      log.info({ url: "redis://:pass@redis:6379" }, "password check passes"); // "pass" inside words stays
    });
    expect(out).toContain("redis://:[redacted]@redis:6379");
    expect(out).not.toMatch(/(?<![A-Za-z])pass(?![A-Za-z])/);
    expect(out).toContain("AUTH failed: [redacted] rejected");
    expect(out).toContain('"msg":"password check passes"');
  });

  it("scrubs a percent-encoded password in both spellings", () => {
    const out = logged("postgres://app:p%40ss%2Fw0rd@db:5432/quiz", (log) => {
      log.error({ err: new Error("postgres://app:p%40ss%2Fw0rd@db:5432/quiz refused") }, "raw");
      log.error({ detail: "login p@ss/w0rd failed" }, "decoded");
    });
    expect(out).not.toContain("p%40ss%2Fw0rd");
    expect(out).not.toContain("p@ss/w0rd");
    expect(out).toContain("postgres://app:[redacted]@db:5432/quiz");
    expect(out).toContain("login [redacted] failed");
  });

  it("scrubs a password that fails URI decoding", () => {
    const url = "mysql://root:S3cret%E0%A4%Apw@db/x";
    expect(() => decodeURIComponent("S3cret%E0%A4%Apw")).toThrow(URIError);
    expect(urlPasswords(url)).toContain("S3cret%E0%A4%Apw");
    const out = logged(url, (log) => log.warn({ echo: "secret was S3cret%E0%A4%Apw" }, `bad ${url}`));
    expect(out).not.toContain("S3cret");
    expect(out).toContain("secret was [redacted]");
  });

  it("scrubs a password with raw reserved characters the URL parser cuts short", () => {
    const url = "postgres://u:pa#ss/w@rd@db:5432/x";
    const out = logged(url, (log) => log.error({}, `could not open ${url}`));
    expect(out).not.toContain("pa#ss");
    expect(out).not.toContain("w@rd");
    expect(out).toContain("postgres://u:[redacted]@db:5432/x");
  });

  it("scrubs the credentials of any URL structurally, even one nobody listed", () => {
    const scrub = createScrubber([]);
    expect(scrub("replica at postgres://reader:x@10.0.0.2/db, primary rediss://default:Zq@h:6380")).toBe(
      "replica at postgres://reader:[redacted]@10.0.0.2/db, primary rediss://default:[redacted]@h:6380",
    );
    // JSON-escaped lines stay valid JSON, and URLs without credentials are left alone.
    const line = JSON.stringify({ msg: "mysql://root:S3cretPw@db/x", api: "https://discord.com/api/v10" });
    expect(JSON.parse(scrub(line))).toEqual({
      msg: "mysql://root:[redacted]@db/x",
      api: "https://discord.com/api/v10",
    });
    expect(scrub("redis://default@h:1 and user@example.com")).toBe(
      "redis://default@h:1 and user@example.com",
    );
  });

  it("reads the environment's secrets before the configuration is parsed", () => {
    expect(
      secretsFromEnv({
        DISCORD_TOKEN: ` ${TEST_TOKEN} `,
        STORE_URL: "mysql://root:S3cretPw@db/x",
        REDIS_URL: "redis://:pass@r:1",
      }),
    ).toEqual([TEST_TOKEN, "S3cretPw", "S3cretPw", "pass", "pass"]);
  });
});

/** Runs an entry point with this environment and returns what it wrote, after it exits. */
async function run(
  entry: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const proc = spawn(process.execPath, ["--import", "tsx", entry], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  proc.stdout.on("data", (c: Buffer) => (output += c.toString("utf8")));
  proc.stderr.on("data", (c: Buffer) => (output += c.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => proc.once("exit", resolve));
  return { code, output };
}

describe("start-up failures", () => {
  it("does not echo a bad STORE_URL with its password: long, short, or failing URI decoding", async () => {
    for (const [url, password] of [
      ["mysql://root:S3cretPw@db/x", "S3cretPw"],
      ["mysql://root:pass@db/x", "pass"],
      ["mysql://root:p%Zw@db/x", "p%Zw"],
    ] as const) {
      const { code, output } = await run("src/index.ts", {
        DISCORD_TOKEN: TEST_TOKEN,
        STORE_URL: url,
        DISCORD_API_URL: "http://127.0.0.1:9",
      });
      expect(code).toBe(1);
      expect(output).toContain(
        "quizdeck: failed to start: Could not open STORE_URL mysql://root:[redacted]@db/x",
      );
      expect(output).not.toContain(password);
    }
  });

  it("scrubs the token from a crash before the logger exists", async () => {
    // An uncaught error thrown while loading the configuration module's consumers: simulated with an
    // entry that prints the token through console.error and then throws it.
    const { code, output } = await run("test/ops/fixtures/leaky-entry.ts", {
      DISCORD_TOKEN: TEST_TOKEN,
      STORE_URL: "redis://:pass@redis:6379",
    });
    expect(code).toBe(1);
    expect(output).toContain("console redis://:[redacted]@redis:6379 [redacted]");
    expect(output).toContain("quizdeck: crashed: Error: token [redacted]");
    expect(output).not.toContain(TEST_TOKEN);
    expect(output).not.toMatch(/\bpass\b/);
  });
});
