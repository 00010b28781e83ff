import { gradeCard, type CardSchedule, type RecallGrade } from "../../engine/index.js";
import { KeyedMutex } from "../../store/mutex.js";
import type { BotContext } from "../context.js";

const lock = new KeyedMutex();

/**
 * One grade per player, round and card: a repeated click (a second copy of the grade buttons, a
 * retry) must not re-schedule the card again. The same grade again changes nothing; another grade
 * replaces the first (a misclick fixed), computed from the schedule as it was before the first.
 */
export async function gradeOnce(
  ctx: BotContext,
  a: { guildId: string; userId: string; roundId: string; item: number; cardKey: string; grade: RecallGrade },
): Promise<CardSchedule> {
  return lock.run(`${a.roundId}:${a.item}:${a.userId}`, async () => {
    const { schedules } = ctx.store;
    const [earlier, current] = await Promise.all([
      schedules.gradeOf(a.guildId, a.userId, a.roundId, a.item),
      schedules.get(a.guildId, a.userId, a.cardKey),
    ]);
    if (earlier?.grade === a.grade && current) return current;
    const before = earlier ? earlier.before : (current ?? null);
    const schedule = gradeCard(before ?? undefined, a.grade, ctx.now());
    await schedules.setGraded(a.guildId, a.userId, a.cardKey, schedule, {
      roundId: a.roundId,
      item: a.item,
      grade: a.grade,
      before,
    });
    return schedule;
  });
}
