import {
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type ButtonInteraction,
} from "discord.js";
import { overrideAnswer, type OverrideOutcome, type RoundItem, type RoundState } from "../../engine/index.js";
import { memberStrings } from "../locale.js";
import type { Strings } from "../../strings.js";
import type { BotContext } from "../context.js";
import { parseCustomId, type CustomId } from "../custom-id.js";
import { relativeTime } from "../render/common.js";
import { replyGate } from "./gate.js";
import { scheduleCard } from "./recall-card.js";
import { recordAnswer } from "./record-answer.js";

/**
 * "I was right" (after a typed miss or an Again self-grade), once per item. The round notes it; the
 * answer then counts as correct where the player's own record is kept: a question through
 * recordAnswer, the same function that recorded the miss (with `override`, so no points and no
 * boards), a card through its review schedule (graded Good).
 */
export async function overrideClick(ctx: BotContext, i: ButtonInteraction, cid: CustomId): Promise<void> {
  const t = memberStrings(i);
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
  try {
    done = await countAsRight(ctx, state, i.user.id, cid.item, outcome.kind, now, t);
  } catch (err) {
    // Not stored: the round forgets the press, so the player can try again.
    await ctx.rounds
      .update(cid.roundId, async (s) => ({ state: forgetOverride(s, cid.item, i.user.id), value: undefined }))
      .catch((e: unknown) =>
        ctx.log.warn({ err: e, roundId: cid.roundId }, "could not take back an unsaved override"),
      );
    throw err;
  }
  // The button goes; whatever else the message holds (the reveal, Next, the next card) stays.
  await i.update({ content: done, components: withoutOverride(i.message.components.map((c) => c.toJSON())) });
}

/** Stores the override where the player's record is kept; returns what to tell them. */
async function countAsRight(
  ctx: BotContext,
  state: RoundState,
  userId: string,
  index: number,
  kind: RoundItem["kind"],
  now: number,
  t: Strings,
) {
  if (kind === "card") {
    const item = state.items[index];
    if (item?.kind !== "card") return t.overrideNothing;
    const schedule = await scheduleCard(ctx, state, userId, item.card.id, "good", now);
    return t.overrideCardDone(relativeTime(schedule.due));
  }
  const settings = await ctx.store.settings.get(state.guildId);
  await recordAnswer(ctx, state, {
    userId,
    itemIndex: index,
    correct: true,
    points: 0,
    now,
    timeZone: settings.timezone,
    override: true,
  });
  return t.overrideDone;
}

function forgetOverride(s: RoundState, index: number, userId: string): RoundState {
  const item = s.items[index];
  if (!item?.overrides?.includes(userId)) return s;
  const overrides = item.overrides.filter((u) => u !== userId);
  return { ...s, items: s.items.map((it, k) => (k === index ? { ...item, overrides } : it)) };
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
