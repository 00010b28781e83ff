import { nextRunAt, parseTime } from "../../engine/daily.js";
import type { BotContext } from "../context.js";

/**
 * The server's time zone changed: its daily's stored next post moves to the new zone's local time,
 * and the scheduler looks again now (it may be sleeping until the old time, hours away). A post
 * already made today is not repeated: the day claim is per local day.
 */
export async function rescheduleDaily(
  ctx: BotContext,
  guildId: string,
  timezone: string,
): Promise<number | null> {
  const now = ctx.now();
  const saved = await ctx.store.dailies.update(guildId, (c) => {
    const time = c?.enabled ? parseTime(c.time) : null;
    if (!c || !time) return c;
    return { ...c, nextRunAt: nextRunAt(time, timezone, now), updatedAt: now };
  });
  ctx.daily?.poke();
  return saved?.nextRunAt ?? null;
}
