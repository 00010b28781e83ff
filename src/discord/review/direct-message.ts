import { DiscordAPIError, Routes } from "discord.js";
import type { BotContext } from "../context.js";
import { toApiBody, type MessageBody } from "../messenger.js";

/** Sends a direct message: opens (or reuses) the DM channel, then posts in it. */
export async function sendDirectMessage(ctx: BotContext, userId: string, body: MessageBody): Promise<void> {
  const channel = (await ctx.client.rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
    id: string;
  };
  await ctx.client.rest.post(Routes.channelMessages(channel.id), { body: toApiBody(body) });
}

/**
 * Discord's answer when it will not deliver to this user (DMs closed, bot blocked, no shared server
 * any more): 50007 "Cannot send messages to this user", or a 403. Other errors (an outage) may pass.
 */
export function isDmRefused(err: unknown): boolean {
  return err instanceof DiscordAPIError && (err.code === 50007 || err.code === 10013 || err.status === 403);
}
