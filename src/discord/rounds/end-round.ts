import { endRound, type RoundState } from "../../engine/index.js";
import { stringsFor } from "../render/locale.js";
import type { BotContext } from "../context.js";
import { renderClosed } from "../render/item.js";
import { editRoundMessage, finishRound, releaseRound } from "./advance-round.js";

/**
 * Ends a round before its last item: `/stop`, a shutdown, start-up finding a round a crash left
 * behind, or the idle sweep (a private round abandoned for an hour). Its message is edited to say why; points already awarded stay (they were stored per click).
 */
export async function endRoundEarly(
  ctx: BotContext,
  roundId: string,
  reason: "stopped" | "restart" | "interrupted" | "idle",
  stoppedBy: string | null,
): Promise<RoundState | undefined> {
  return ctx.rounds.update(roundId, async (s) => {
    if (s.status !== "running") return { state: s, value: s };
    // An idle round was abandoned by its player: as far as the round is concerned, they stopped it.
    const ended = endRound(s, { now: ctx.now(), reason: reason === "idle" ? "stopped" : reason });
    const item = ended.items[ended.index];
    const closedView = item
      ? renderClosed(ended, ended.index, item.result ?? null)
      : { embeds: [], components: [] };
    const t = stringsFor(ended);
    const notice = { restart: t.restarting, interrupted: t.interrupted, idle: t.idleEnded } as const;
    const content = reason === "stopped" ? t.stoppedBy(stoppedBy ? `<@${stoppedBy}>` : null) : notice[reason];
    await editRoundMessage(ctx, ended, { ...closedView, content });
    if (reason === "stopped") await finishRound(ctx, ended);
    else await releaseRound(ctx, ended);
    return { state: ended, value: ended };
  });
}
