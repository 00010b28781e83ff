/**
 * Slash-command registration in every locale: each description, option and choice has its
 * translation, within Discord's limits, and any localised name follows Discord's naming rules.
 */
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/discord/commands/index.js";
import { commandCatalogues } from "../../src/i18n/commands/index.js";
import { DISCORD_CODES } from "../../src/i18n/locales.js";

interface Node {
  name: string;
  name_localizations?: Record<string, string>;
  description?: string;
  description_localizations?: Record<string, string>;
  options?: Node[];
  choices?: { name: string; name_localizations?: Record<string, string>; value: unknown }[];
}

// https://discord.com/developers/docs/interactions/application-commands#application-command-object-application-command-naming
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const codes = Object.values(DISCORD_CODES).flat();

/** Every node of every command with its catalogue path, and every choice. */
function* nodes(): Generator<{ path: string; node: Node; depth: number }> {
  function* walk(
    node: Node,
    path: string,
    depth: number,
  ): Generator<{ path: string; node: Node; depth: number }> {
    yield { path, node, depth };
    for (const o of node.options ?? []) yield* walk(o, `${path}.${o.name}`, depth + 1);
  }
  for (const c of COMMANDS) yield* walk(c.toJSON() as Node, c.name, 0);
}

/** The catalogue keys the command tree asks for (the language picker's choices are self-names). */
function expectedKeys(): string[] {
  const keys: string[] = [];
  for (const { path, node } of nodes()) {
    keys.push(`${path}.name`, `${path}.description`);
    if (path !== "config.set.language")
      for (const c of node.choices ?? []) keys.push(`${path}.choice.${String(c.value)}`);
  }
  return keys.sort();
}

describe("command registration", () => {
  it.each(Object.keys(commandCatalogues))(
    "the %s catalogue covers every description and choice, and nothing else",
    (locale) => {
      const catalogue = commandCatalogues[locale as keyof typeof commandCatalogues];
      expect(Object.keys(catalogue).sort()).toEqual(expectedKeys());
    },
  );

  it("carries description localisations for every Discord code of every locale, within 1-100 characters", () => {
    for (const { path, node } of nodes()) {
      const loc = node.description_localizations ?? {};
      expect(Object.keys(loc).sort(), path).toEqual([...codes].sort());
      for (const [code, text] of Object.entries(loc)) {
        expect(text.length, `${path} ${code}`).toBeGreaterThan(0);
        expect(text.length, `${path} ${code}`).toBeLessThanOrEqual(100);
      }
    }
  });

  it("localises choice names (1-100 characters) except the language picker, which shows each language's own name", () => {
    for (const { path, node } of nodes()) {
      for (const c of node.choices ?? []) {
        const loc = c.name_localizations;
        if (path === "config.set.language") {
          expect(loc).toBeUndefined();
          continue;
        }
        expect(Object.keys(loc ?? {}).sort(), `${path} ${String(c.value)}`).toEqual([...codes].sort());
        for (const text of Object.values(loc ?? {})) {
          expect(text.length).toBeGreaterThan(0);
          expect(text.length).toBeLessThanOrEqual(100);
        }
      }
    }
  });

  it("keeps every command and option name, localised or not, within Discord's naming rules", () => {
    for (const { path, node } of nodes()) {
      const names = [node.name, ...Object.values(node.name_localizations ?? {})];
      for (const name of names) {
        expect(name, path).toMatch(NAME);
        expect(name, path).toBe(name.toLowerCase());
      }
    }
  });

  it("localises every command, subcommand and option name for every Discord code of every locale", () => {
    for (const { path, node } of nodes())
      expect(Object.keys(node.name_localizations ?? {}).sort(), path).toEqual([...codes].sort());
  });

  it("keeps localised names unique among their siblings, as Discord requires, in every locale", () => {
    const siblings: Node[][] = [COMMANDS.map((c) => c.toJSON() as Node)];
    for (const { node } of nodes()) if (node.options?.length) siblings.push(node.options);
    for (const group of siblings)
      for (const code of codes) {
        const names = group.map((n) => n.name_localizations?.[code] ?? n.name);
        expect(new Set(names).size, `${code}: ${names.join(", ")}`).toBe(names.length);
      }
  });

  it("would catch a name that breaks the rules", () => {
    for (const bad of ["Práctica", "deck list", "", "x".repeat(33)])
      expect(NAME.test(bad) && bad === bad.toLowerCase()).toBe(false);
    for (const good of ["práctica", "練習", "übung", "deck-list"])
      expect(NAME.test(good) && good === good.toLowerCase()).toBe(true);
  });
});
