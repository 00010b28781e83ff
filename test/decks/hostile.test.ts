import { describe, expect, it } from "vitest";
import { loadDeckText } from "../../src/decks/load.js";
import { expectErrors, loadFixture, onlyError } from "./helpers.js";

// Each case must come back quickly with one clear error, and never throw. (No timing assertions:
// CI machines vary; the vitest timeout catches a hang.)
describe("hostile input", () => {
  it("a billion-laughs alias bomb is stopped by the alias cap", () => {
    const error = onlyError(loadFixture("billion-laughs.yaml"));
    expect(error.message).toMatch(/^more than 100 aliases \(\*name\) are used/);
    expect(error.line).toBeGreaterThan(1);
  });

  it("an alias that contains itself is refused", () => {
    expect(onlyError(loadDeckText("title: &x [a, *x]\n", "s.yaml")).message).toMatch(
      /refers to the value that contains it/,
    );
  });

  it("an unknown alias is an error", () => {
    const errors = expectErrors(loadDeckText("title: *nope\ncards: [{front: f, back: b}]\n", "a.yaml"));
    expect(errors.map((e) => e.message)).toContain("unknown alias *nope; define &nope before using it");
  });

  it("a 10 MB file is refused by size before parsing (text and bytes)", () => {
    const big = `title: t\ndescription: ${"x".repeat(10 * 1024 * 1024)}\n`;
    expect(onlyError(loadDeckText(big, "big.yaml")).message).toMatch(
      /^file is 10241 KB; the limit is 1024 KB/,
    );
    expect(onlyError(loadDeckText(new Uint8Array(10 * 1024 * 1024), "big.yaml")).message).toMatch(
      /^file is 10240 KB; the limit is 1024 KB/,
    );
  });

  it("a smaller limit can be passed (uploads)", () => {
    const text = `title: t\ndescription: ${"x".repeat(600 * 1024)}\n`;
    expect(onlyError(loadDeckText(text, "u.yaml", { maxBytes: 512 * 1024 })).message).toMatch(
      /the limit is 512 KB/,
    );
  });

  it("binary content is refused as not UTF-8 text", () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    expect(onlyError(loadDeckText(png, "image.yaml")).message).toMatch(/^file is not UTF-8 text/);
    const latin1 = new Uint8Array([...Buffer.from("title: caf"), 0xe9, 0x0a]);
    expect(onlyError(loadDeckText(latin1, "latin1.yaml")).message).toMatch(/^file is not UTF-8 text/);
    expect(onlyError(loadDeckText("title: a\0b\n", "nul.yaml")).message).toMatch(/^file is not UTF-8 text/);
    expect(onlyError(loadDeckText("title: \uD800\n", "surrogate.yaml")).message).toMatch(
      /^file is not UTF-8 text/,
    );
  });

  it.each([
    ["flow", "[".repeat(1000) + "]".repeat(1000)],
    ["flow mappings", "{a: ".repeat(1000) + "}".repeat(1000)],
    ["block", Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i)}k:`).join("\n")],
    ["compact lists", "- ".repeat(1000) + "x"],
    ["unclosed megabyte", "[".repeat(1024 * 1024 - 10)],
  ])("1000-deep nesting (%s) is refused", (_name, text) => {
    const error = onlyError(loadDeckText(text, "deep.yaml"));
    expect(error.message).toMatch(/^nesting is deeper than 20 levels/);
  });

  it("nesting hidden behind aliases is caught while converting", () => {
    // Each anchor is shallow in the file, but every alias adds the depth of its anchor.
    const lines = ["a0: &a0 [x]"];
    for (let i = 1; i <= 6; i++) lines.push(`a${i}: &a${i} [[[[[*a${i - 1}]]]]]`);
    expect(onlyError(loadDeckText(lines.join("\n"), "alias-deep.yaml")).message).toMatch(
      /^nesting is deeper than 20 levels/,
    );
  });

  it("a root that is not a mapping, YAML syntax errors and duplicate keys are errors, not exceptions", () => {
    expect(onlyError(loadDeckText('"just text"', "s.yaml")).message).toMatch(/not text \("just text"\)$/);
    expect(onlyError(loadDeckText('title: "unclosed\n', "q.yaml")).message).toMatch(
      /^YAML: Missing closing "quote/,
    );
    const duplicate = "title: a\ncards: [{front: f, back: b, front: g}]\n";
    expect(onlyError(loadDeckText(duplicate, "k.yaml"))).toMatchObject({
      line: 2,
      column: 29,
      path: "cards[0].front",
      message: expect.stringMatching(/^duplicate field "front"/),
    });
  });

  it("a file that is nothing but errors reports the first 100 and a count of the rest", () => {
    const garbage = Array.from({ length: 2000 }, (_, i) => `${i}: [\n- {\n`).join("");
    const errors = expectErrors(loadDeckText(garbage, "garbage.yaml"));
    expect(errors).toHaveLength(101);
    expect(errors[100]?.message).toMatch(/^…and \d+ more errors not shown/);
  });

  it("megabytes of tiny values are refused before the slow parse", () => {
    const text = "- a\n".repeat(250_000);
    expect(onlyError(loadDeckText(text, "tiny.yaml")).message).toMatch(/too many separate values/);
  });

  it("keys like __proto__ are just unknown fields", () => {
    const result = loadDeckText(
      'title: t\n"__proto__": {polluted: yes}\ncards: [{front: f, back: b}]\n',
      "p.yaml",
    );
    expect(onlyError(result).message).toMatch(/^unknown field "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
