/**
 * YAML (and JSON, which is YAML) → plain value, remembering where every value came from so that schema
 * errors can be reported at a line and column. Hostile input is stopped before the slow parts run:
 * nesting and size are judged from the lexer's token stream before the parser (which is recursive and
 * slow on deep input) ever sees it, and aliases and values are counted while converting.
 */
import { isAlias, isMap, isScalar, isSeq, Lexer, LineCounter, parseDocument, type Document } from "yaml";
import { formatPath, type PathPart, type Severity } from "./errors.js";
import { say } from "./messages.js";
import { verbatim, type Said } from "./said.js";

export const MAX_DEPTH = 20;
export const MAX_ALIASES = 100;
/** A full deck (2000 items of ~15 values) is ~30k values; anything far beyond that is abuse. */
export const MAX_VALUES = 200_000;
/**
 * A 2000-item deck with every list full is under 400k lexer tokens. The yaml parser needs seconds
 * for a megabyte of tiny tokens, so such files are refused after the (much faster) lexer pass.
 */
export const MAX_TOKENS = 500_000;

export interface SourceIssue extends Said {
  offset: number;
  /** Where in the deck, when known (formatted like `questions[3].answer`). */
  path?: string;
  severity: Severity;
}

export interface YamlTree {
  /** undefined when the file could not be read as a single YAML document. */
  value: unknown;
  issues: SourceIssue[];
  /** Paths whose key is present with an empty value (`hint:`); the value is left out of `value`. */
  empty: Set<string>;
  /** Offset of the value at `path`, or of the key when `at` is "key"; falls back to the nearest parent. */
  locate(path: readonly PathPart[], at?: "key" | "value"): number;
  position(offset: number): { line: number; column: number };
}

const DEPTH_MESSAGE = say("tooDeep", { max: MAX_DEPTH });

/** Hints for the YAML mistakes deck authors make most, keyed by the yaml package's error codes. */
const HINTS: Record<string, Said> = {
  BLOCK_AS_IMPLICIT_KEY: say("hintQuoteColon"),
  BAD_SCALAR_START: say("hintQuoteStart"),
  TAB_AS_INDENT: say("hintTabs"),
  MULTIPLE_DOCS: say("hintOneDocument"),
  BAD_INDENT: say("hintIndent"),
};

export function parseYamlTree(text: string): YamlTree {
  const lineCounter = new LineCounter();
  const locations = new Map<string, { value: number; key?: number }>();
  const tree: YamlTree = {
    value: undefined,
    issues: [],
    empty: new Set(),
    locate: (path, at = "value") => locate(locations, path, at),
    position: (offset) => {
      // Before parsing (the pre-scan stops early) the line counter is empty, so count by hand.
      if (lineCounter.lineStarts.length === 0) return positionByScan(text, offset);
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };

  const excess = findExcessiveStructure(text);
  if (excess !== undefined) {
    tree.issues.push({ ...excess, severity: "error" });
    return tree;
  }

  // uniqueKeys is off because the converter checks duplicates itself, after keys become text (`1` and
  // "1" are the same field), and in linear time: yaml's own check is quadratic in the number of keys.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, version: "1.2" });
  for (const e of doc.errors) {
    const hint = HINTS[e.code];
    // The yaml package's own words are shown as they are; ours (the hints) are said.
    const detail = e.code === "MULTIPLE_DOCS" ? say("multipleDocs") : verbatim(e.message);
    tree.issues.push({
      offset: e.pos[0],
      ...(hint ? say("yamlHint", { detail, hint }) : say("yaml", { detail })),
      severity: "error",
    });
  }
  for (const w of doc.warnings) {
    tree.issues.push({
      offset: w.pos[0],
      ...say("yaml", { detail: verbatim(w.message) }),
      severity: "warning",
    });
  }
  if (doc.errors.length > 0) return tree;

  const converter = new Converter(doc, locations, tree);
  try {
    tree.value = converter.convert(doc.contents, [], 0, undefined);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    tree.value = undefined;
    tree.issues.push({ offset: e.offset, ...e.said, severity: "error" });
  }
  return tree;
}

/** Ends conversion: the rest of the file is not worth looking at. */
class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly said: Said,
  ) {
    super(said.message);
  }
}

class Converter {
  private aliases = 0;
  private values = 0;
  private readonly expanding = new Set<unknown>();

  constructor(
    private readonly doc: Document,
    private readonly locations: Map<string, { value: number; key?: number }>,
    private readonly tree: YamlTree,
  ) {}

  convert(node: unknown, path: PathPart[], depth: number, keyOffset: number | undefined): unknown {
    if (node === null || node === undefined) return null;
    const offset = rangeStart(node) ?? keyOffset ?? 0;
    if (++this.values > MAX_VALUES) {
      throw new Stop(offset, say("tooManyValues", { max: MAX_VALUES }));
    }
    if (depth > MAX_DEPTH) throw new Stop(offset, DEPTH_MESSAGE);
    this.locations.set(formatPath(path), { value: offset, key: keyOffset });

    if (isAlias(node)) return this.expandAlias(node, path, depth, offset);
    if (isScalar(node)) {
      const v = node.value;
      // Numbers and booleans stay text exactly as written: `answer: 0.50` must match `- 0.50`.
      return typeof v === "string" || v === null ? v : (node.source ?? String(v));
    }
    if (isSeq(node))
      return node.items.map((item, i) => this.convert(item, [...path, i], depth + 1, undefined));
    if (isMap(node)) return this.convertMap(node.items, path, depth);
    return null;
  }

  private expandAlias(
    node: { source: string; resolve(doc: Document): unknown },
    path: PathPart[],
    depth: number,
    offset: number,
  ) {
    if (++this.aliases > MAX_ALIASES) {
      throw new Stop(offset, say("tooManyAliases", { max: MAX_ALIASES }));
    }
    const target = node.resolve(this.doc);
    if (target === undefined) {
      this.tree.issues.push({
        offset,
        path: formatPath(path),
        ...say("unknownAlias", { name: node.source }),
        severity: "error",
      });
      return null;
    }
    if (this.expanding.has(target)) throw new Stop(offset, say("selfAlias", { name: node.source }));
    this.expanding.add(target);
    const value = this.convert(target, path, depth, undefined);
    this.expanding.delete(target);
    this.locations.set(formatPath(path), { value: offset });
    return value;
  }

  private convertMap(pairs: readonly { key: unknown; value: unknown }[], path: PathPart[], depth: number) {
    const out: Record<string, unknown> = {};
    for (const pair of pairs) {
      const keyOffset = rangeStart(pair.key) ?? rangeStart(pair.value) ?? 0;
      const key = isScalar(pair.key) ? scalarText(pair.key) : undefined;
      if (key === undefined || key === "") {
        this.tree.issues.push({
          offset: keyOffset,
          ...say("keyNotText"),
          severity: "error",
        });
        continue;
      }
      const childPath = [...path, key];
      if (Object.hasOwn(out, key) || this.tree.empty.has(formatPath(childPath))) {
        this.tree.issues.push({
          offset: keyOffset,
          path: formatPath(childPath),
          ...say("duplicateField", { key }),
          severity: "error",
        });
        continue;
      }
      const value = this.convert(pair.value, childPath, depth + 1, keyOffset);
      if (value === null) {
        // `hint:` with nothing after it reads as "no hint"; required fields report it as empty.
        this.tree.empty.add(formatPath(childPath));
        continue;
      }
      // defineProperty, because `out["__proto__"] = …` would replace the prototype instead.
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
}

function scalarText(node: { value: unknown; source?: string }): string | undefined {
  const v = node.value;
  if (typeof v === "string") return v;
  if (v === null || typeof v === "object") return undefined;
  return node.source ?? String(v);
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range?.[0];
}

function locate(
  locations: Map<string, { value: number; key?: number }>,
  path: readonly PathPart[],
  at: "key" | "value",
): number {
  for (let i = path.length; i >= 0; i--) {
    const loc = locations.get(formatPath(path.slice(0, i)));
    if (loc === undefined) continue;
    return at === "key" && i === path.length ? (loc.key ?? loc.value) : loc.value;
  }
  return 0;
}

function positionByScan(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Finds where nesting first gets deeper than MAX_DEPTH, or the token count passes MAX_TOKENS, judged
 * from the lexer's tokens (the lexer is linear and lazy, so this stops a megabyte of `[[[[` after 21
 * tokens). Block nesting
 * is approximated by a stack of indentation columns, like Python's; a list written at the same column
 * as its parent key is undercounted, so the real depth is at most about twice this estimate, which the
 * parser handles easily. The converter then enforces the exact limit.
 */
function findExcessiveStructure(text: string): ({ offset: number } & Said) | undefined {
  const columns: number[] = [];
  let flow = 0;
  let offset = 0;
  let column = 0;
  let lineStarted = false;
  let afterIndicator = false;

  const blockContent = (contentColumn: number) => {
    if (!lineStarted) {
      while (columns.length > 0 && (columns.at(-1) ?? 0) >= contentColumn) columns.pop();
      columns.push(contentColumn);
    } else if (afterIndicator) {
      columns.push(contentColumn); // compact nesting on one line: `- - x`, `- key: value`
    }
  };

  let tokens = 0;
  for (const token of new Lexer().lex(text)) {
    if (++tokens > MAX_TOKENS) {
      return { offset, ...say("tooManyTokens") };
    }
    // \x02 (document) and \x1f (scalar) are markers that take no room in the source; \x18 ends
    // every open flow collection (`[`) when a line is not indented enough.
    if (token === "\x18") flow = 0;
    if (token === "\x02" || token === "\x18" || token === "\x1f") continue;
    const start = offset;
    offset += token.length;
    const contentColumn = column + token.length - token.trimStart().length;
    const newline = token.lastIndexOf("\n");
    column = newline === -1 ? column + token.length : token.length - newline - 1;
    if (token.trim() === "" || token.startsWith("#")) {
      if (newline !== -1) lineStarted = afterIndicator = false;
      continue;
    }

    if (token === "[" || token === "{") {
      if (flow === 0) blockContent(contentColumn);
      flow++;
    } else if (token === "]" || token === "}") {
      flow = Math.max(0, flow - 1);
    } else if (flow > 0) {
      continue; // inside [ ] and { } only the brackets count
    } else if (token === "---" || token === "...") {
      columns.length = 0;
    } else if (token !== ":" && token !== "," && !token.startsWith("&") && !token.startsWith("!")) {
      blockContent(contentColumn); // separators and node properties do not start a level
    }
    lineStarted = newline === -1 || token.slice(newline + 1).trim() !== "";
    afterIndicator = token === "-" || token === "?";
    if (columns.length + flow > MAX_DEPTH) return { offset: start, ...DEPTH_MESSAGE };
  }
  return undefined;
}
