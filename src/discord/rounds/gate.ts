import { MessageFlags, type Interaction, type RepliableInteraction } from "discord.js";
import type { RoundState } from "../../engine/index.js";
import { memberStrings } from "../locale.js";
import type { CustomId } from "../custom-id.js";
import type { BotContext } from "../context.js";

/**
 * Checks that apply to every click on a round's button, before the engine sees it. Returns the
 * refusal to show, or null. A custom_id naming a round of another server is treated as forged.
 */
export function gateClick(
  s: RoundState,
  i: Pick<Interaction, "guildId" | "user" | "locale">,
  cid: CustomId,
): string | null {
  const t = memberStrings(i);
  if (s.guildId !== i.guildId) return t.badButton;
  if (s.solo && s.hostId !== i.user.id) return t.notYourButton;
  if (s.status !== "running") return t.roundEnded;
  if (cid.item < s.index) return t.notCurrent;
  if (cid.item > s.index) return t.badButton;
  return null;
}

/**
 * The refusal of an answer (a click or a typed submit) that needs no lock: an answer to the current
 * or an earlier item that is refused stays refused, as a round only moves forward. Answers to a
 * question whose reveal is still being sent (a rate-limited edit can take seconds) are refused at
 * once instead of queueing behind it past Discord's 3-second deadline. (A later item's message can
 * be out before its state is saved: those answers wait for the lock.)
 */
export async function refuseEarly(
  ctx: BotContext,
  i: Pick<Interaction, "guildId" | "user" | "locale">,
  cid: CustomId,
): Promise<string | null> {
  const seen = await ctx.rounds.get(cid.roundId);
  if (!seen || cid.item > seen.index) return null;
  return gateClick(seen, i, cid) ?? (seen.items[cid.item]?.closed ? memberStrings(i).questionClosed : null);
}

export async function replyGate(i: RepliableInteraction, message: string): Promise<void> {
  await i.reply({ content: message, flags: MessageFlags.Ephemeral });
}
