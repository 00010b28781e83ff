import { MessageFlags, type Interaction, type RepliableInteraction } from "discord.js";
import type { RoundState } from "../../engine/index.js";
import { memberStrings } from "../locale.js";
import type { CustomId } from "../custom-id.js";

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

export async function replyGate(i: RepliableInteraction, message: string): Promise<void> {
  await i.reply({ content: message, flags: MessageFlags.Ephemeral });
}
