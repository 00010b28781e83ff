/**
 * A score histogram cut into small keys: a radix tree of counts over the points value.
 *
 * With fan-out F = 64, level k groups scores by floor(p / 64^k). Node `n` at level k covers the 64
 * groups n*64 .. n*64+63 and stores how many players are in each (sparse: slot -> count). Level 0
 * slots are exact scores. The top level is a single sparse root keyed by floor(p / 64^ROOT).
 *
 * Players strictly above p = for each level, the counts in p's node at slots greater than p's slot
 * (each higher score differs from p first at exactly one level, where its digit is larger). That is
 * ROOT+1 keys of <= 64 entries each, whatever the number of players: no scan. Moving a player from
 * old to new touches each level only until the two scores share a group, so most awards rewrite
 * one 64-entry leaf. Scores must be non-negative safe integers.
 */
export const FANOUT = 64;
/** Levels 0..ROOT-1 are 64-slot nodes; ROOT is the single root (covers any safe integer). */
export const ROOT = 3;

export type Counts = Record<string, number>;

export interface Position {
  level: number;
  /** Node id within the level (always 0 for the root). */
  node: number;
  slot: number;
}

/** Where score p is counted at each level, leaf first. */
export function path(p: number): Position[] {
  const out: Position[] = [];
  let group = p;
  for (let level = 0; level < ROOT; level++) {
    const node = Math.floor(group / FANOUT);
    out.push({ level, node, slot: group - node * FANOUT });
    group = node;
  }
  out.push({ level: ROOT, node: 0, slot: group });
  return out;
}

/** Players counted in `counts` at slots above `slot`. */
export function countAbove(counts: Counts, slot: number): number {
  let n = 0;
  for (const key in counts) if (Number(key) > slot) n += counts[key] ?? 0;
  return n;
}

/** Adds delta to a slot in place, dropping slots that reach zero to keep nodes sparse. */
export function bump(counts: Counts, slot: number, delta: number): void {
  const value = (counts[slot] ?? 0) + delta;
  if (value > 0) counts[slot] = value;
  else delete counts[slot];
}
