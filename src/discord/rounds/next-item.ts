import { ButtonStyle, type ButtonInteraction } from "discord.js";
import { nextItem, summarize, type RoundState } from "../../engine/index.js";
import { memberStrings } from "../locale.js";
import type { BotContext } from "../context.js";
import type { CustomId } from "../custom-id.js";
import { button, row } from "../render/common.js";
import { renderItem } from "../render/item.js";
import { renderSummary } from "../render/summary.js";
import { stringsFor } from "../render/locale.js";
import { releaseRound } from "./advance-round.js";
import { gateClick, replyGate } from "./gate.js";

export function nextButton(state: RoundState, last: boolean) {
  const t = stringsFor(state);
  return row(
    button(
      { kind: "next", roundId: state.id, item: state.index, arg: 0 },
      last ? t.seeResults : t.next,
      ButtonStyle.Success,
    ),
  );
}

/** Private rounds move on when their player asks: the same message shows the next item or the result. */
export async function showNextItem(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = memberStrings(i);
  const res = await ctx.rounds.update<RoundState | string>(cid.roundId, async (s) => {
    const refusal = gateClick(s, i, cid);
    if (refusal) return { state: s, value: refusal };
    const next = nextItem(s, { now: ctx.now() });
    return { state: next.state, value: next.state };
  });
  if (res === undefined || typeof res === "string") return replyGate(i, res ?? t.roundEnded);
  if (res.status === "running") {
    await i.update({ content: "", ...renderItem(res) });
    await ctx.store.rounds.setMessage(res.id, {
      channelId: res.channelId,
      messageId: null,
      interactionToken: i.token,
      applicationId: i.applicationId,
    });
    return;
  }
  const streaks = ctx.rounds.streaks.get(res.id) ?? new Map();
  await i.update({ content: "", ...renderSummary(res, summarize(res), streaks) });
  await releaseRound(ctx, res);
}
