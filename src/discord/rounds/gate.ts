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

/** An answer the round has taken in (or a duplicate of one), with the round before and after. */
export interface Taken<O> {
  outcome: O;
  before: RoundState;
  state: RoundState;
  now: number;
}

type Refused = { type: "closed" } | { type: "invalid" } | { type: "ended" };

/**
 * Takes a player's answer (a click or a typed submit) into the round: the early refusal, then the
 * gate and `submit` under the round's lock. The round's own refusals are answered here (undefined
 * comes back); what is left is an accepted answer or a duplicate, for the caller to word.
 */
export async function takeAnswer<O extends { type: string }>(
  ctx: BotContext,
  i: RepliableInteraction,
  cid: CustomId,
  submit: (s: RoundState, now: number) => { state: RoundState; outcome: O },
): Promise<Taken<Exclude<O, Refused>> | undefined> {
  const t = memberStrings(i);
  const early = await refuseEarly(ctx, i, cid);
  if (early) return void (await replyGate(i, early));
  const res = await ctx.rounds.update<Taken<O> | string>(
    cid.roundId,
    async (s) => {
      const refusal = gateClick(s, i, cid);
      if (refusal) return { state: s, value: refusal };
      const now = ctx.now();
      const { state, outcome } = submit(s, now);
      return { state: outcome.type === "accepted" ? state : s, value: { outcome, before: s, state, now } };
    },
    // The round state is not what the player is told about; the award after it is.
    { awaitWrite: false },
  );
  if (res === undefined || typeof res === "string") return void (await replyGate(i, res ?? t.roundEnded));
  const type = res.outcome.type;
  if (type === "closed" || type === "invalid") return void (await replyGate(i, t.questionClosed));
  if (type === "ended") return void (await replyGate(i, t.roundEnded));
  return res as Taken<Exclude<O, Refused>>;
}
