import {
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type ButtonInteraction,
} from "discord.js";
import { overrideAnswer, type OverrideOutcome, type RoundState } from "../../engine/index.js";
import { awardAnswer } from "../../store/award-answer.js";
import { t } from "../../strings.js";
import type { BotContext } from "../context.js";
import { parseCustomId, type CustomId } from "../custom-id.js";
import { relativeTime } from "../render/common.js";
import { replyGate } from "./gate.js";
import { scheduleCard } from "./recall-card.js";

/**
 * "I was right" (after a typed miss or an Again self-grade), once per item. The round notes it; the
 * answer then counts as correct where the player's own record is kept: a question through
 * awardAnswer, the same function that recorded the miss (with `override`, so no points and no
 * boards), a card through its review schedule (graded Good).
 */
export async function overrideClick(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const res = await ctx.rounds.update<{ outcome: OverrideOutcome; state: RoundState } | string>(
    cid.roundId,
    async (s) => {
      if (s.guildId !== i.guildId) return { state: s, value: t.badButton };
      const r = overrideAnswer(s, { userId: i.user.id, itemIndex: cid.item });
      return { state: r.state, value: r };
    },
  );
  if (res === undefined || typeof res === "string") return replyGate(i, res ?? t.roundEnded);
  const { outcome, state } = res;
  if (outcome.type === "already") return replyGate(i, t.overrideAlready);
  if (outcome.type === "invalid") return replyGate(i, t.overrideNothing);

  const now = ctx.now();
  let done: string;
  if (outcome.kind === "card") {
    const item = state.items[cid.item];
    if (item?.kind !== "card") return replyGate(i, t.badButton);
    const schedule = await scheduleCard(ctx, state, i.user.id, item.card.id, "good", now);
    done = t.overrideCardDone(relativeTime(schedule.due));
  } else {
    const settings = await ctx.store.settings.get(state.guildId);
    await awardAnswer(ctx.store, {
      awardId: `${state.id}:${cid.item}:${i.user.id}:override`,
      guildId: state.guildId,
      userId: i.user.id,
      deckId: state.deckId,
      correct: true,
      points: 0,
      now,
      timeZone: settings.timezone,
      override: true,
    });
    done = t.overrideDone;
  }
  // The button goes; whatever else the message holds (the reveal, Next, the next card) stays.
  await i.update({ content: done, components: withoutOverride(i.message.components.map((c) => c.toJSON())) });
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

function withoutOverride(rows: unknown[]): Row[] {
  return (rows as Row[])
    .filter((r) => r.type === ComponentType.ActionRow)
    .map((r) => ({
      ...r,
      components: r.components.filter(
        (c) => !("custom_id" in c) || parseCustomId(c.custom_id)?.kind !== "override",
      ),
    }))
    .filter((r) => r.components.length > 0);
}
