import type { APIEmbed } from "discord.js";
import { DIFFICULTIES } from "../../decks/schema.js";
import type { RoundState, RoundSummary } from "../../engine/index.js";
import { stringsFor } from "./locale.js";
import { fitted } from "./budget.js";
import { clip, COLORS, userRef } from "./common.js";
import { plain } from "./plain.js";

export interface StreakChange {
  before: number;
  after: number;
}

const VERDICT = { strong: "strong", "needs work": "needsWork", weak: "weak" } as const;

/** End of a round: scores, streak changes and where to look next. */
export function renderSummary(state: RoundState, summary: RoundSummary, streaks: Map<string, StreakChange>) {
  const t = stringsFor(state);
  const lines: string[] = [];
  const deckTitle = plain(state.deckTitle);
  if (state.mode === "review") {
    const mine = summary.scores[0];
    lines.push(t.reviewFinished(summary.questions, mine?.correct ?? 0, mine?.answered ?? 0));
  } else if (state.mode === "recall" || state.mode === "explain") {
    lines.push(t.finishedItems(summary.questions, state.mode === "recall" ? "cards" : "prompts"));
  } else if (summary.scores.length === 0) {
    lines.push(t.summary.nobody);
  } else {
    summary.scores.slice(0, 20).forEach((s, i) => {
      const streak = streaks.get(s.userId);
      const change =
        streak && streak.after !== streak.before ? t.summary.streak(streak.before, streak.after) : "";
      lines.push(
        `**${i + 1}.** ${userRef(s.userId)}: ${t.summary.score(s.points, s.correct, s.answered)}${change}`,
      );
    });
    if (summary.scores.length > 20) lines.push(t.andMoreLine(summary.scores.length - 20));
  }
  const embed: APIEmbed = {
    title: clip(t.summary.title(deckTitle), 256),
    description: clip(lines.join("\n"), 4096),
    color: COLORS.info,
    footer: { text: t.summary.footer },
  };
  if (summary.test) {
    const v = summary.test;
    embed.title = clip(t.testResult.title(deckTitle), 256);
    embed.description = t.testResult.score(VERDICT[v.verdict], v.correct, v.total, v.percent);
    embed.fields = DIFFICULTIES.filter((d) => v.byDifficulty[d].total > 0).map((d) => ({
      name: t.testResult.difficulty(d),
      value: `${t.number(v.byDifficulty[d].correct)}/${t.number(v.byDifficulty[d].total)}`,
      inline: true,
    }));
    embed.footer = { text: t.testResult.footer };
  }
  return fitted({ embeds: [embed], components: [] });
}
