import { describe, expect, it } from "vitest";
import { plain } from "../../src/discord/render/plain.js";

// What Discord's markdown would turn into a mention pill or a masked link.
const MENTION = /<(@[!&]?\d+|#\d+|\/[^>:]+:\d+)>|@(everyone|here)\b/;
const MASKED_LINK = /\[[^\]]*\]\(/;

describe("plain(): deck text can't spoof links or mentions", () => {
  it("shows a masked link's real target next to its text", () => {
    expect(plain("See [docs.python.org](https://evil.example/login) for more")).toBe(
      "See docs.python.org (https://evil.example/login) for more",
    );
    expect(plain('[a](<https://x.example> "title")')).toBe("a (https://x.example)");
    expect(plain("[](https://x.example)")).toBe("https://x.example");
  });

  it("leaves no masked link, however it is nested or bracketed", () => {
    for (const hostile of [
      "[[inner](https://a.example)](https://b.example)",
      "[text](https://x.example/a_(b))",
      "[text]( https://x.example )",
      "[multi\nline](https://x.example)",
    ]) {
      expect(plain(hostile)).not.toMatch(MASKED_LINK);
    }
  });

  it("escapes user, role, channel, command and mass mentions, keeping what a reader sees", () => {
    const text =
      "Ask <@123456789012345678>, <@!123456789012345678>, <@&1100000000000000003> in <#1100000000000000002> via </practice:123> @everyone @here";
    const out = plain(text);
    expect(out).not.toMatch(MENTION);
    expect(out.replaceAll("\u200b", "")).toBe(text);
  });

  it("leaves ordinary markdown and code alone", () => {
    const text = "**bold** `x = a[1](2)`? No: `<T>` generics, a < b, #include <stdio.h>, user@example.com";
    expect(plain(text).replaceAll("\u200b", "")).toBe(text);
    // Inside code nothing visible changes, but a mention or link still can't form, whatever the
    // backticks around this text in the message turn out to pair with.
    const code = "```\n[a](https://x.example) <@1>\n```";
    expect(plain(code).replaceAll("\u200b", "")).toBe(code);
    expect(plain(code)).not.toMatch(MENTION);
    expect(plain(code)).not.toMatch(MASKED_LINK);
    expect(plain("`await` returns **the value**")).toBe("`await` returns **the value**");
  });
});
