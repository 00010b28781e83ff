/**
 * The baseline for `npm run bench`: a bare discord.js client whose only handler replies, run as its
 * own process against the same fake Discord, so the bot's throughput can be compared with the floor
 * that discord.js, the gateway and the fake impose. Env: DISCORD_TOKEN, DISCORD_API_URL.
 * Plain JavaScript, run by node directly, as the bot runs its compiled dist/ (no transpiler loaded).
 */
import process from "node:process";
import { Client, Events, GatewayIntentBits, MessageFlags } from "discord.js";

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  allowedMentions: { parse: [] },
  rest: { api: process.env.DISCORD_API_URL ?? "" },
});

client.on(Events.InteractionCreate, (i) => {
  if (!i.isRepliable()) return;
  i.reply({ content: "ok", flags: MessageFlags.Ephemeral }).catch((err) => {
    process.stderr.write(`${JSON.stringify({ level: "error", msg: "reply failed", err: String(err) })}\n`);
  });
});
client.once(Events.ClientReady, () =>
  process.stderr.write(`${JSON.stringify({ level: "info", msg: "ready" })}\n`),
);
process.on("SIGTERM", () => {
  void client.destroy().finally(() => process.exit(0));
});
await client.login(process.env.DISCORD_TOKEN);
