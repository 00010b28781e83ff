import type { AwardResult } from "../../store/index.js";
import type { BotContext } from "../context.js";

/**
 * Keeps the server's board of running daily streaks (/streak) current. A player's daily streak
 * changes at most once a day, so this costs one small write per player per day, not per answer.
 * Never throws: a failure only leaves the board stale until that player's next day.
 */
export async function noteDailyStreak(
  ctx: BotContext,
  guildId: string,
  userId: string,
  award: AwardResult,
  now: number,
  timeZone: string,
) {
  const { before, after } = award.dailyStreak;
  if (award.duplicate || before.lastDay === after.lastDay) return;
  await ctx.store.dailies
    .noteStreak(guildId, userId, after, now, timeZone)
    .catch((err: unknown) =>
      ctx.log.warn({ err, guild: guildId, user: userId }, "could not update the running streaks board"),
    );
}
