import { MessageFlags, PermissionFlagsBits } from "discord.js";
import { memberStrings } from "../locale.js";
import { defineCommand } from "../command.js";
import { UserError } from "../errors.js";
import { plain } from "../render/plain.js";
import { endRoundEarly } from "../rounds/end-round.js";
import { privateKey } from "../rounds/claim-key.js";
import { releaseIfStale } from "../rounds/stale-claim.js";
import { requireGuild } from "../rounds/start-round.js";

export default defineCommand({
  name: "stop",
  description: "End the round running in this channel (or your private round)",
  options: [],
  async execute(ctx, i) {
    const t = memberStrings(i);
    const guildId = requireGuild(i);
    const mine = privateKey(guildId, i.user.id);
    const inChannel = await ctx.store.rounds.activeInChannel(i.channelId);
    const claimKey = inChannel ? i.channelId : mine;
    const roundId = inChannel ?? (await ctx.store.rounds.activeInChannel(mine));
    // A claim with no running round behind it is freed here, so the next /practice can start.
    if (!roundId || (await releaseIfStale(ctx, guildId, claimKey, roundId)))
      throw new UserError((t) => t.stopNone);
    const round = await ctx.rounds.get(roundId);
    if (!round || round.status !== "running") throw new UserError((t) => t.stopNone);
    const moderator = i.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false;
    if (round.hostId !== i.user.id && !moderator) throw new UserError((t) => t.stopNotAllowed);
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    await endRoundEarly(ctx, round.id, "stopped", i.user.id);
    await i.editReply({ content: t.stopDone(plain(round.deckTitle)) });
  },
});
