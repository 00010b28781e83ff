import { MessageFlags, type ButtonInteraction, type StringSelectMenuInteraction } from "discord.js";
import { checkConcepts, endRound } from "../../engine/index.js";
import { memberStrings } from "../locale.js";
import type { BotContext } from "../context.js";
import type { CustomId } from "../custom-id.js";
import { renderConceptPicker, renderConceptResult } from "../render/explain.js";
import { releaseRound } from "./advance-round.js";
import { gateClick, replyGate } from "./gate.js";

/** "Check yourself": a private multi-select of the prompt's concepts. */
export async function openConceptPicker(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = memberStrings(i);
  const s = await ctx.rounds.get(cid.roundId);
  if (!s) return replyGate(i, t.roundEnded);
  const refusal = gateClick(s, i, cid);
  if (refusal && refusal !== t.questionClosed) return replyGate(i, refusal);
  await i.reply({ ...renderConceptPicker(s, cid.item), flags: MessageFlags.Ephemeral });
}

/** The ticked concepts: "You got N/M concepts" with the model answer. A private prompt then ends. */
export async function submitConcepts(
  ctx: BotContext,
  i: StringSelectMenuInteraction,
  cid: CustomId,
): Promise<void> {
  const t = memberStrings(i);
  const s = await ctx.rounds.get(cid.roundId);
  const item = s?.items[cid.item];
  if (!s || s.guildId !== i.guildId || !item || item.kind !== "prompt") return replyGate(i, t.roundEnded);
  if (s.solo && s.hostId !== i.user.id) return replyGate(i, t.notYourButton);
  const ticked = i.values.map(Number).filter(Number.isInteger);
  const r = checkConcepts(item.prompt, ticked);
  await i.update(renderConceptResult(s, cid.item, r, t.conceptsResult(r.got, r.total)));
  if (s.solo && s.status === "running") {
    const ended = await ctx.rounds.update(s.id, async (cur) => {
      const done = {
        ...endRound(cur, { now: ctx.now(), reason: "stopped" }),
        endReason: "finished" as const,
      };
      return { state: done, value: done };
    });
    if (ended) await releaseRound(ctx, ended);
  }
}
