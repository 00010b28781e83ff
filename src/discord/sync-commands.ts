import { REST, Routes } from "discord.js";
import { ConfigError, loadConfig, prepareProcess } from "../config.js";
import { registerCommands } from "./client.js";
import { COMMANDS } from "./commands/index.js";
import { createClient } from "./client.js";

/** `npm run commands:sync`: registers the slash commands without starting the bot. */
prepareProcess();
try {
  const config = loadConfig();
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const app = (await rest.get(Routes.currentApplication())) as { id: string };
  const client = createClient(config);
  client.rest.setToken(config.token);
  const n = await registerCommands(client, app.id, COMMANDS, config.devGuildId);
  console.log(
    `Registered ${n} commands ${config.devGuildId ? `in server ${config.devGuildId}` : "globally"}.`,
  );
  await client.destroy();
} catch (err) {
  console.error(
    `quizdeck: ${err instanceof ConfigError || err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
}
