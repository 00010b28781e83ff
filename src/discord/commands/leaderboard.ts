import type { APIEmbed } from "discord.js";
import type { LeaderboardImageData } from "../../images/types.js";
import { publicLocale } from "../locale.js";
import { tr } from "../../strings.js";
import { defineCommand } from "../command.js";
import { fitEmbed } from "../render/budget.js";
import { assertCooldown } from "../cooldown.js";
import { COLORS, userRef } from "../render/common.js";
import { displayNames, withPicture } from "../render/pictures.js";
import { requireGuild } from "../rounds/start-round.js";

export default defineCommand({
  name: "leaderboard",
  description: "This server's top 10, with your own rank",
  options: [
    {
      type: "string",
      name: "period",
      description: "This week or all time (default: week)",
      choices: ["week", "all"],
    },
  ],
  async execute(ctx, i, args) {
    const guildId = requireGuild(i);
    assertCooldown(ctx, i, "leaderboard");
    const period = args.period ?? "week";
    const settings = await ctx.store.settings.get(guildId);
    const { timezone, images } = settings;
    // A public reply: in the server's language, pictures too.
    const locale = publicLocale(settings, i.guildLocale);
    const t = tr(locale);
    if (images) await i.deferReply();
    const now = ctx.now();
    const [top, mine] = await Promise.all([
      ctx.store.leaderboard.top(guildId, period, 10, now, timezone),
      ctx.store.leaderboard.rank(guildId, i.user.id, period, now, timezone),
    ]);
    const medal = ["🥇", "🥈", "🥉"];
    const lines = top.map(
      (e) => `${medal[e.rank - 1] ?? `**${e.rank}.**`} ${userRef(e.userId)}: ${t.points(e.points)}`,
    );
    const title = period === "week" ? t.leaderboardWeek : t.leaderboardAll;
    const embed: APIEmbed = {
      title,
      description: lines.length ? lines.join("\n") : t.leaderboardEmpty,
      color: COLORS.info,
      footer: { text: mine ? t.yourRank(mine.rank, mine.players, mine.points) : t.notRanked },
    };
    if (!images) return void (await i.reply({ embeds: [fitEmbed(embed)] }));
    if (top.length === 0) return void (await i.editReply({ embeds: [fitEmbed(embed)] }));

    const outside = mine && !top.some((e) => e.userId === i.user.id);
    const names = await displayNames(i.guild, [...top.map((e) => e.userId), ...(outside ? [i.user.id] : [])]);
    const row = (userId: string, rank: number, points: number) => ({
      rank,
      points,
      name: names.get(userId) ?? userId,
      me: userId === i.user.id,
    });
    const data: LeaderboardImageData = {
      locale,
      title,
      rows: top.map((e) => row(e.userId, e.rank, e.points)),
      mine: outside && mine ? row(i.user.id, mine.rank, mine.points) : null,
    };
    await i.editReply(await withPicture(ctx, fitEmbed(embed), { kind: "leaderboard", data }));
  },
});
