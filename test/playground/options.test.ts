import { describe, expect, it } from "vitest";
import { parsePlayOptions, PlayOptionsError } from "../../src/playground/options.js";
import { startPlayground } from "./harness.js";

describe("npm run play options", () => {
  it("defaults to port 3000, a temporary store and no deck", () => {
    expect(parsePlayOptions([], {})).toEqual({ port: 3000, storeUrl: undefined, deckFile: undefined });
  });

  it("takes PLAY_PORT, --store (over STORE_URL) and one deck file", () => {
    expect(
      parsePlayOptions(["--store", "sqlite://x.sqlite", "decks/a.yaml"], {
        PLAY_PORT: "4000",
        STORE_URL: "redis://r",
      }),
    ).toEqual({
      port: 4000,
      storeUrl: "sqlite://x.sqlite",
      deckFile: "decks/a.yaml",
    });
    expect(parsePlayOptions([], { STORE_URL: "redis://r" }).storeUrl).toBe("redis://r");
  });

  it("refuses a real DISCORD_TOKEN, a bad port and extra arguments, saying what to do", () => {
    expect(() => parsePlayOptions([], { DISCORD_TOKEN: "abc.def.ghi" })).toThrow(
      /DISCORD_TOKEN is set.*Unset it/,
    );
    expect(() => parsePlayOptions([], { PLAY_PORT: "http" })).toThrow(/PLAY_PORT must be a port number/);
    expect(() => parsePlayOptions(["a.yaml", "b.yaml"], {})).toThrow(PlayOptionsError);
    expect(() => parsePlayOptions(["--token", "x"], {})).toThrow(/Usage: npm run play/);
  });

  it("the command itself exits before starting anything when DISCORD_TOKEN is set", async () => {
    const started = startPlayground([], {
      DISCORD_TOKEN: "MTEwMDAwMDAwMDAwMDAwMDAxMA.GfAkEx.a-real-looking-token-0123456789",
    });
    await expect(started).rejects.toThrow(/exited \(2\)[\s\S]*DISCORD_TOKEN is set/);
  }, 30_000);
});
