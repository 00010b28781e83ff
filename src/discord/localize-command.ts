import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import { localizations } from "../i18n/commands/index.js";

interface Node {
  name: string;
  name_localizations?: Record<string, string>;
  description?: string;
  description_localizations?: Record<string, string>;
  options?: Node[];
  choices?: { name: string; name_localizations?: Record<string, string>; value: unknown }[];
}

/**
 * Adds `name_localizations` and `description_localizations` to a command and each of its options,
 * and `name_localizations` to each choice, from the command catalogues (src/i18n/commands), keyed by
 * the path in the tree. Interactions still carry the English names, so the code reads them as before.
 */
export function localizeCommand(
  json: RESTPostAPIChatInputApplicationCommandsJSONBody,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return walk(json as Node, json.name) as RESTPostAPIChatInputApplicationCommandsJSONBody;
}

function walk(node: Node, path: string): Node {
  const name = localizations(`${path}.name`);
  const description = localizations(`${path}.description`);
  return {
    ...node,
    ...(name ? { name_localizations: name } : {}),
    ...(description ? { description_localizations: description } : {}),
    ...(node.choices
      ? {
          choices: node.choices.map((c) => {
            const names = localizations(`${path}.choice.${String(c.value)}`);
            return names ? { ...c, name_localizations: names } : c;
          }),
        }
      : {}),
    ...(node.options ? { options: node.options.map((o) => walk(o, `${path}.${o.name}`)) } : {}),
  };
}
