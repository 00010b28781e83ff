import type { ChatInputCommandInteraction } from "discord.js";
import type { BotContext } from "./context.js";
import { UserError } from "./errors.js";

/** How long a member waits between two uses of one heavy command (/stats, /leaderboard, /deck list). */
export const HEAVY_COMMAND_COOLDOWN_MS = 5000;
/** Entries beyond this are pruned of expired ones: the map stays bounded by recent users. */
const PRUNE_AT = 10_000;

const until = new Map<string, number>();

/**
 * A per-member cooldown for commands that read much of the store: any member could otherwise make
 * the bot repeat them back to back. In memory: one process owns a server's interactions.
 */
export function assertCooldown(
  ctx: Pick<BotContext, "now">,
  i: ChatInputCommandInteraction,
  command: string,
): void {
  const now = ctx.now();
  const key = `${command}:${i.guildId ?? ""}:${i.user.id}`;
  const end = until.get(key);
  if (end !== undefined && end > now) throw new UserError((t) => t.cooldown(Math.ceil((end - now) / 1000)));
  if (until.size >= PRUNE_AT) for (const [k, v] of until) if (v <= now) until.delete(k);
  until.set(key, now + HEAVY_COMMAND_COOLDOWN_MS);
}
