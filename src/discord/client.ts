import { Client, GatewayIntentBits, Routes } from "discord.js";
import { alignShardEnv, type Config } from "../config.js";
import type { Command } from "./command.js";

/** The discord.js client: Guilds intent only (slash commands need no message content). */
export function createClient(config: Config): Client {
  alignShardEnv(config);
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // Nothing the bot says may ping anyone, whatever a deck or a display name contains.
    allowedMentions: { parse: [], repliedUser: false },
    rest: config.apiUrl ? { api: config.apiUrl } : {},
    // A plain `npm start` runs every shard in this one process: as many as Discord recommends, or
    // SHARD_COUNT. Under the sharding manager config.shardCount is the manager's number.
    ...(config.shardCount === "auto" ? { shards: "auto" as const } : {}),
  });
}

/** Bulk-overwrites the slash commands: in DEV_GUILD_ID only when set (instant), else globally. */
export async function registerCommands(
  client: Client,
  applicationId: string,
  commands: readonly Command[],
  devGuildId?: string,
) {
  const body = commands.map((c) => c.toJSON());
  const route = devGuildId
    ? Routes.applicationGuildCommands(applicationId, devGuildId)
    : Routes.applicationCommands(applicationId);
  await client.rest.put(route, { body });
  return body.length;
}
