import { LETTERS, type QuestionResult, type RoundItem, type RoundState } from "./round-types.js";

export function letterOf(index: number): string {
  return LETTERS[index] ?? "?";
}

/** Copy-on-write update of one item: callers' states are never mutated (they may still hold them). */
export function withItem(state: RoundState, index: number, item: RoundItem): RoundState {
  const items = state.items.slice();
  items[index] = item;
  return { ...state, items };
}

function buildResult(
  item: Extract<RoundItem, { kind: "question" }>,
  index: number,
  reason: QuestionResult["reason"],
): QuestionResult {
  const q = item.question;
  const distribution = q.choices.map(() => 0);
  const points: Record<string, number> = {};
  let fastest: QuestionResult["fastest"] = null;
  let fastestAt = Infinity;
  // Sorted ids so ties on speed resolve the same way after a reload.
  const byUser = [...item.answers].sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  for (const a of byUser) {
    const userId = a.userId;
    if (a.choice >= 0) distribution[a.choice] = (distribution[a.choice] ?? 0) + 1; // typed answers: -1
    points[userId] = a.points;
    const faster = fastest === null || a.elapsedMs < fastest.elapsedMs;
    const tieButEarlier = fastest !== null && a.elapsedMs === fastest.elapsedMs && a.at < fastestAt;
    if (a.correct && (faster || tieButEarlier)) {
      fastest = { userId, elapsedMs: a.elapsedMs };
      fastestAt = a.at;
    }
  }
  return {
    index,
    itemId: q.id,
    correctIndex: q.correctIndex,
    correctLetter: letterOf(q.correctIndex),
    distribution,
    fastest,
    points,
    answered: Object.keys(points).length,
    reason,
  };
}

/**
 * Closes the current item. Idempotent, because a timer firing and a host reveal can race: the
 * second close gets the first one's result and the unchanged state.
 */
export function closeItem(
  state: RoundState,
  c: { now: number; reason: QuestionResult["reason"] },
): { state: RoundState; result: QuestionResult | null } {
  const item = state.items[state.index];
  if (!item) return { state, result: null };
  if (item.closed) return { state, result: item.result ?? null };
  if (item.kind !== "question") {
    return { state: withItem(state, state.index, { ...item, closed: true, closedAt: c.now }), result: null };
  }
  const result = buildResult(item, state.index, c.reason);
  return { state: withItem(state, state.index, { ...item, closed: true, closedAt: c.now, result }), result };
}
