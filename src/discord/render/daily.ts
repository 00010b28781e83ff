import type { APIEmbed, APIEmbedField } from "discord.js";
import type { RoundState } from "../../engine/index.js";
import type { DailyConfig, RunningStreak } from "../../store/index.js";
import { t as english, type Strings } from "../../strings.js";
import { stringsFor } from "./locale.js";
import { parseCustomId } from "../custom-id.js";
import { fitEmbed } from "./budget.js";
import { COLORS, userRef, type Row } from "./common.js";
import { plain } from "./plain.js";
import { renderItem } from "./item.js";

/**
 * A daily question as posted: the usual question message without the host's Reveal button (a
 * daily has no host; it reveals on its timer), under a line saying which day it belongs to.
 */
export function renderDailyQuestion(state: RoundState, n: number, of: number) {
  const body = renderItem(state);
  const components = body.components
    .map((r): Row => ({
      ...r,
      components: r.components.filter(
        (c) => !("custom_id" in c) || parseCustomId(c.custom_id)?.kind !== "reveal",
      ),
    }))
    .filter((r) => r.components.length > 0);
  return { ...body, components, content: stringsFor(state).dailyPost(state.daily?.day ?? "", n, of) };
}

const stamp = (ms: number) => `<t:${Math.floor(ms / 1000)}:F> (<t:${Math.floor(ms / 1000)}:R>)`;

export function renderDailyStatus(
  c: DailyConfig,
  deckTitle: string | undefined,
  tz: string,
  t: Strings = english,
): APIEmbed {
  const fields: APIEmbedField[] = [
    { name: t.dailyStatus.status, value: c.enabled ? t.dailyStatusOn : t.dailyStatusOff, inline: true },
    {
      name: t.dailyStatus.nextPost,
      value: c.enabled && c.nextRunAt !== null ? stamp(c.nextRunAt) : "—",
      inline: true,
    },
    { name: t.dailyStatus.time, value: `${c.time} (${tz})`, inline: true },
    { name: t.dailyStatus.channel, value: `<#${c.channelId}>`, inline: true },
    {
      name: t.dailyStatus.deck,
      value: deckTitle ? `${plain(deckTitle)} (\`${c.deckId}\`)` : `\`${c.deckId}\``,
      inline: true,
    },
    { name: t.dailyStatus.questions, value: t.number(c.questions), inline: true },
  ];
  return fitEmbed({
    title: t.dailyTitle,
    color: c.enabled ? COLORS.info : COLORS.done,
    ...(c.disabledReason ? { description: t.dailyDisabled[c.disabledReason] } : {}),
    fields,
    footer: { text: t.dailyFooter(tz) },
  });
}

export function renderStreaks(
  userId: string,
  mine: { current: number; best: number },
  board: RunningStreak[],
  t: Strings = english,
): APIEmbed {
  const medal = ["🥇", "🥈", "🥉"];
  const lines = board.map(
    (s, k) => `${medal[k] ?? `**${k + 1}.**`} ${userRef(s.userId)}: ${t.streakDays(s.current)}`,
  );
  return fitEmbed({
    title: t.streakTitle,
    description: `${userRef(userId)}\n${t.streakYours(mine.current, mine.best)}`,
    color: COLORS.info,
    fields: [{ name: t.streakBoard, value: lines.length ? lines.join("\n") : t.streakBoardEmpty }],
  });
}
