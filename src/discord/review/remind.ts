import { parseTime } from "../../engine/daily.js";
import { afterAttempt, decideReminder, summarizeDue } from "../../engine/index.js";
import type { ReminderConfig } from "../../store/index.js";
import { toLocale, tr } from "../../strings.js";
import type { BotContext } from "../context.js";
import { isDmRefused, sendDirectMessage } from "./direct-message.js";
import { deckTitles, reviewIndexOf } from "./review-index.js";

export type ReminderOutcome =
  "off" | "waiting" | "skipped" | "already-sent" | "nothing-due" | "sent" | "refused" | "turned-off";

/** Deck text may hold mention syntax: a zero-width space keeps it from ever reading as one. */
const noMentions = (text: string) => text.replaceAll("@", "@\u200b");

const setNextRun = (ctx: BotContext, guildId: string, userId: string, at: number | null) =>
  ctx.store.reminders.update(guildId, userId, (c) => c && (c.nextRunAt === at ? c : { ...c, nextRunAt: at }));

/**
 * A player's reminder at `now`: when its time has come and nothing was sent today, one DM if
 * anything is due. The day is claimed before sending: a crash mid-send loses the day's reminder
 * rather than sending it twice. A refused DM counts towards turning the reminder off.
 */
export async function runReminder(
  ctx: BotContext,
  guildId: string,
  userId: string,
  now: number,
): Promise<ReminderOutcome> {
  const cfg = await ctx.store.reminders.get(guildId, userId);
  const time = cfg && parseTime(cfg.time);
  if (!cfg || !cfg.enabled || !time) {
    if (cfg?.nextRunAt != null) await setNextRun(ctx, guildId, userId, null);
    return "off";
  }
  const { timezone } = await ctx.store.settings.get(guildId);
  const plan = decideReminder(time, timezone, cfg.nextRunAt ?? now, now);
  if (plan.action !== "send") {
    await setNextRun(ctx, guildId, userId, plan.nextRunAt);
    return plan.action === "wait" ? "waiting" : "skipped";
  }
  if (!(await ctx.store.reminders.claimDay(guildId, userId, plan.day, now))) {
    await setNextRun(ctx, guildId, userId, plan.nextRunAt);
    return "already-sent";
  }
  const due = summarizeDue(await reviewIndexOf(ctx, guildId, userId), now);
  const top = due.byDeck[0];
  if (!top) {
    await setNextRun(ctx, guildId, userId, plan.nextRunAt);
    return "nothing-due";
  }
  const title = (await deckTitles(ctx, guildId)).get(top.deckId) ?? top.deckId;
  const t = tr(toLocale(cfg.locale));
  const server = ctx.client.guilds.cache.get(guildId)?.name;
  let ok = true;
  try {
    await sendDirectMessage(ctx, userId, {
      content: t.reminderDm(
        due.total,
        noMentions(title),
        due.byDeck.length - 1,
        server === undefined ? t.reminderServerUnknown : noMentions(server),
      ),
    });
  } catch (err) {
    if (!isDmRefused(err)) {
      await setNextRun(ctx, guildId, userId, plan.nextRunAt);
      throw err;
    }
    ctx.log.info({ guild: guildId, user: userId, err }, "review reminder DM refused");
    ok = false;
  }
  const after = afterAttempt(cfg.failures, ok);
  await ctx.store.reminders.update(
    guildId,
    userId,
    (c): ReminderConfig | undefined =>
      c && {
        ...c,
        failures: after.failures,
        enabled: c.enabled && !after.turnOff,
        disabledReason: after.turnOff ? "dm-failed" : c.disabledReason,
        nextRunAt: after.turnOff || !c.enabled ? null : plan.nextRunAt,
        updatedAt: now,
      },
  );
  if (after.turnOff)
    ctx.log.warn(
      { guild: guildId, user: userId, failures: after.failures },
      "review reminder turned off: DMs refused",
    );
  else if (ok)
    ctx.log.info({ guild: guildId, user: userId, day: plan.day, due: due.total }, "review reminder sent");
  return after.turnOff ? "turned-off" : ok ? "sent" : "refused";
}
