import type { APIEmbed } from "discord.js";
import { t } from "../../strings.js";
import { defineCommand } from "../command.js";
import { assertCooldown } from "../cooldown.js";
import { COLORS, userRef } from "../render/common.js";
import { requireGuild } from "../rounds/start-round.js";

export default defineCommand({
  name: "leaderboard",
  description: "This server's top 10, with your own rank",
  options: [{ type: "string", name: "period", description: "This week or all time (default: week)", choices: ["week", "all"] }],
  async execute(ctx, i, args) {
    const guildId = requireGuild(i);
    assertCooldown(ctx, i, "leaderboard");
    const period = args.period ?? "week";
    const { timezone } = await ctx.store.settings.get(guildId);
    const now = ctx.now();
    const [top, mine] = await Promise.all([
      ctx.store.leaderboard.top(guildId, period, 10, now, timezone),
      ctx.store.leaderboard.rank(guildId, i.user.id, period, now, timezone),
    ]);
    const medal = ["🥇", "🥈", "🥉"];
    const lines = top.map((e) => `${medal[e.rank - 1] ?? `**${e.rank}.**`} ${userRef(e.userId)}: ${e.points} pts`);
    const embed: APIEmbed = {
      title: period === "week" ? t.leaderboardWeek : t.leaderboardAll,
      description: lines.length ? lines.join("\n") : t.leaderboardEmpty,
      color: COLORS.info,
      footer: { text: mine ? t.yourRank(mine.rank, mine.players, mine.points) : t.notRanked },
    };
    await i.reply({ embeds: [embed] });
  },
});
