import { Client, GatewayIntentBits, Routes } from "discord.js";
import type { Config } from "../config.js";
import type { Command } from "./command.js";

/** The discord.js client: Guilds intent only (slash commands need no message content). */
export function createClient(config: Config): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // Nothing the bot says may ping anyone, whatever a deck or a display name contains.
    allowedMentions: { parse: [], repliedUser: false },
    rest: config.apiUrl ? { api: config.apiUrl } : {},
  });
}

/** Bulk-overwrites the slash commands: in DEV_GUILD_ID only when set (instant), else globally. */
export async function registerCommands(client: Client, applicationId: string, commands: readonly Command[], devGuildId?: string) {
  const body = commands.map((c) => c.toJSON());
  const route = devGuildId ? Routes.applicationGuildCommands(applicationId, devGuildId) : Routes.applicationCommands(applicationId);
  await client.rest.put(route, { body });
  return body.length;
}
