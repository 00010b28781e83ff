import type { BotContext } from "../context.js";
import { DueLoop } from "../due-loop.js";
import { runReminder } from "./remind.js";

const DEFAULT_MAX_SLEEP_MS = 60_000;

/**
 * One timer for every player's review reminder: the same loop as the daily quizzes, over the
 * per-server indexes of reminders that are on (this process's servers only, as under sharding).
 */
export class ReminderScheduler {
  private readonly loop: DueLoop;

  constructor(private readonly ctx: BotContext) {
    this.loop = new DueLoop(
      {
        name: "reminder",
        nextRuns: async () => {
          const runs = await ctx.store.reminders.schedule(ctx.client.guilds.cache.keys());
          return runs.map((r) => [`${r.guildId}/${r.userId}`, r.at]);
        },
        run: async (key, now) => {
          const [guildId = "", userId = ""] = key.split("/");
          const outcome = await runReminder(ctx, guildId, userId, now);
          ctx.log.debug({ guild: guildId, user: userId, outcome }, "reminder run");
        },
      },
      ctx,
      ctx.config.dailyTickMs ?? DEFAULT_MAX_SLEEP_MS,
    );
  }

  async start(): Promise<void> {
    await this.loop.start();
    this.ctx.log.info({ maxSleepMs: this.loop.maxSleepMs }, "reminder scheduler started");
  }

  poke(): void {
    this.loop.poke();
  }

  stop(): void {
    this.loop.stop();
  }
}
