import { currentDailyStreak } from "../../engine/index.js";
import { defineCommand } from "../command.js";
import { renderStreaks } from "../render/daily.js";
import { requireGuild } from "../rounds/start-round.js";
import { publicLocale } from "../locale.js";
import { tr } from "../../strings.js";

export default defineCommand({
  name: "streak",
  description: "Your daily streak, and this server's longest running streaks",
  options: [],
  async execute(ctx, i) {
    const guildId = requireGuild(i);
    const now = ctx.now();
    const settings = await ctx.store.settings.get(guildId);
    const { timezone } = settings;
    const [stats, board] = await Promise.all([
      ctx.store.stats.get(guildId, i.user.id),
      ctx.store.dailies.runningStreaks(guildId, 10, now, timezone),
    ]);
    const mine = {
      current: currentDailyStreak(stats.dailyStreak, now, timezone),
      best: stats.dailyStreak.best,
    };
    await i.reply({
      embeds: [renderStreaks(i.user.id, mine, board, tr(publicLocale(settings, i.guildLocale)))],
    });
  },
});
