import type { APIEmbedField } from "discord.js";
import type { RoundItem } from "../../engine/index.js";
import { t as english, type Strings } from "../../strings.js";
import { userRef } from "./common.js";

/** Mentions of the players who answered right, fastest first, as many as fit in a field. */
export function correctTodayField(item: RoundItem, t: Strings = english): APIEmbedField {
  const ids = item.answers
    .filter((a) => a.correct)
    .sort((a, b) => a.at - b.at)
    .map((a) => a.userId);
  if (ids.length === 0) return { name: t.dailyCorrectToday, value: t.dailyNobodyCorrect };
  const shown: string[] = [];
  let length = 0;
  for (const [k, id] of ids.entries()) {
    const mention = userRef(id);
    // Whole mentions only (a cut one would show as raw text), leaving room for the "and N more".
    if (length + mention.length + 2 > 1024 - 24) {
      shown.push(t.andMore(ids.length - k));
      break;
    }
    shown.push(mention);
    length += mention.length + 2;
  }
  return { name: t.dailyCorrectToday, value: shown.join(", ") };
}
