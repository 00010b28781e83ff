import type { RoundState } from "../../engine/index.js";

/** A private round is keyed by its player, so it never blocks the channel for anyone else. */
export const privateKey = (guildId: string, userId: string) => `user:${guildId}:${userId}`;

/** What a round holds while it runs: its channel, or its player's private slot. */
export const claimKey = (s: Pick<RoundState, "solo" | "guildId" | "hostId" | "channelId">) =>
  s.solo ? privateKey(s.guildId, s.hostId) : s.channelId;
