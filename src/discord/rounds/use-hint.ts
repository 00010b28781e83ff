import { MessageFlags, PermissionFlagsBits, type ButtonInteraction } from "discord.js";
import { takeHint } from "../../engine/index.js";
import { memberStrings } from "../locale.js";
import type { BotContext } from "../context.js";
import type { CustomId } from "../custom-id.js";
import { plain } from "../render/plain.js";
import { advanceRound } from "./advance-round.js";
import { gateClick, replyGate } from "./gate.js";

/** The Hint button: shows the hint privately and marks it used (halving that player's points). */
export async function useHint(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = memberStrings(i);
  const hint = await ctx.rounds.update<string>(cid.roundId, async (s) => {
    const refusal = gateClick(s, i, cid);
    if (refusal) return { state: s, value: refusal };
    const r = takeHint(s, { userId: i.user.id, itemIndex: cid.item, now: ctx.now() });
    return { state: r.state, value: r.hint === null ? t.noHint : t.hint(plain(r.hint)) };
  });
  await i.reply({ content: hint ?? t.roundEnded, flags: MessageFlags.Ephemeral });
}

/** The host's Reveal button: closes the open item now instead of waiting for its timer. */
export async function revealNow(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = memberStrings(i);
  const s = await ctx.rounds.get(cid.roundId);
  if (!s) return replyGate(i, t.roundEnded);
  const refusal = gateClick(s, i, cid);
  if (refusal) return replyGate(i, refusal);
  const moderator = i.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false;
  if (s.hostId !== i.user.id && !moderator) return replyGate(i, t.onlyHostReveals);
  await i.deferUpdate();
  await advanceRound(ctx, s.id, cid.item, "reveal");
}
