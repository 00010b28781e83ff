import { z } from "zod";
import { weekKey } from "../engine/streaks.js";
import type { Kv } from "./kv.js";
import type { KeyedMutex } from "./mutex.js";
import { bump, countAbove, path, ROOT, type Position } from "./rank-tree.js";

export type BoardPeriod = { kind: "all" } | { kind: "week"; week: string };
export interface LeaderboardEntry {
  userId: string;
  points: number;
  rank: number;
}
export interface PlayerRank {
  rank: number;
  points: number;
  players: number;
}

export interface LeaderboardRepo {
  /** Adds non-negative integer points; a player's first add (even of 0) puts them on the board. */
  add(guildId: string, userId: string, points: number, period: BoardPeriod): Promise<void>;
  /** The best n players (n is capped at TOP_SIZE); ties share a rank (1, 2, 2, 4). */
  top(
    guildId: string,
    period: "all" | "week",
    n: number,
    now: number,
    timeZone: string,
  ): Promise<LeaderboardEntry[]>;
  rank(
    guildId: string,
    userId: string,
    period: "all" | "week",
    now: number,
    timeZone: string,
  ): Promise<PlayerRank | null>;
}

/**
 * Why this shape: Keyv has no sorted sets, and reading every player per /leaderboard would not
 * scale. Per board (all-time, or one ISO week) we keep:
 * - `lbp:{board}:{user}`  the player's points;
 * - `lbn:{board}:{level}:{node}` / `lbr:{board}` a count tree over scores (see rank-tree.ts),
 *   giving "players above p" from 4 small keys, and the player count from the root;
 * - `lbt:{board}` the exact top TOP_SIZE, ordered by points desc then user id. Points only grow, so
 *   a player outside the list can only enter by beating its last entry: the list stays exact.
 * All writes run under the guild's mutex; the aggregates are hot, so they live in the Kv cache.
 */
export const TOP_SIZE = 50;
/** Old weekly boards expire instead of piling up. */
const WEEK_TTL_MS = 8 * 7 * 86_400_000;

const pointsSchema = z.object({ version: z.literal(1), points: z.number().int().min(0) });
const nodeSchema = z.object({ version: z.literal(1), c: z.record(z.string(), z.number().int().min(0)) });
const rootSchema = nodeSchema.extend({ players: z.number().int().min(0) });
const topSchema = z.object({
  version: z.literal(1),
  top: z.array(z.tuple([z.string(), z.number().int().min(0)])),
});
type TopList = [userId: string, points: number][];

export function boardId(guildId: string, period: BoardPeriod): string {
  return period.kind === "all" ? `${guildId}:all` : `${guildId}:w${period.week}`;
}

const keys = {
  player: (board: string, userId: string) => `lbp:${board}:${userId}`,
  node: (board: string, pos: Position) =>
    pos.level === ROOT ? `lbr:${board}` : `lbn:${board}:${pos.level}:${pos.node}`,
  top: (board: string) => `lbt:${board}`,
};

const ahead = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export class KvLeaderboard implements LeaderboardRepo {
  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  async add(guildId: string, userId: string, points: number, period: BoardPeriod): Promise<void> {
    await this.prefetch(guildId, userId, [period]);
    await this.kv.transact(this.mutex, guildKey(guildId), () => this.plan(guildId, userId, points, period));
  }

  /** Warms the cache outside the guild lock so concurrent adds don't queue behind storage reads. */
  async prefetch(guildId: string, userId: string, periods: BoardPeriod[]): Promise<void> {
    const ks = periods.map((p) => keys.player(boardId(guildId, p), userId));
    await this.kv.getMany(ks, pointsSchema, true);
  }

  /**
   * Reads everything an add needs, then returns a synchronous apply that stages the writes. The
   * split means a failed read stages nothing, so a board is never left half-updated. Run it through
   * Kv.transact under the guild's lock.
   */
  async plan(guildId: string, userId: string, points: number, period: BoardPeriod): Promise<() => void> {
    if (!Number.isSafeInteger(points) || points < 0)
      throw new RangeError(`points must be a non-negative integer, got ${points}`);
    const board = boardId(guildId, period);
    const playerKey = keys.player(board, userId);
    const before = (await this.kv.get(playerKey, pointsSchema, true))?.points;
    if (before !== undefined && points === 0) return () => {};
    const after = (before ?? 0) + points;

    // Per level: take the player out of the old group and into the new one, up to the first level
    // where both scores share a group (from there up nothing changes).
    const changes: { pos: Position; delta: number }[] = [];
    const to = path(after);
    const from = before === undefined ? undefined : path(before);
    for (const [level, pos] of to.entries()) {
      const old = from?.[level];
      if (old && old.node === pos.node && old.slot === pos.slot) break;
      if (old) changes.push({ pos: old, delta: -1 });
      changes.push({ pos, delta: 1 });
    }

    const nodeKeys = [...new Set(changes.map((c) => keys.node(board, c.pos)))];
    const [stored, top] = await Promise.all([
      this.kv.getMany(
        nodeKeys,
        nodeKeys.map((k) => (k.startsWith("lbr:") ? rootSchema : nodeSchema)),
        true,
      ),
      this.kv.get(keys.top(board), topSchema, true),
    ]);

    return () => {
      const ttl = period.kind === "week" ? WEEK_TTL_MS : undefined;
      const empty = (key: string): Node =>
        key.startsWith("lbr:") ? { version: 1, c: {}, players: 0 } : { version: 1, c: {} };
      // Fresh copies (cached objects are shared with readers), then edited in place.
      const nodes = new Map(nodeKeys.map((k, i): [string, Node] => [k, copyNode(stored[i] ?? empty(k))]));
      for (const { pos, delta } of changes) {
        const node = nodes.get(keys.node(board, pos)) as Node;
        bump(node.c, pos.slot, delta);
        // The root also holds the player count; a new player passes through every level.
        if (pos.level === ROOT && before === undefined) node.players = (node.players ?? 0) + 1;
      }
      for (const [key, value] of nodes) this.kv.set(key, value, { ttl, cache: true });
      this.kv.set(playerKey, { version: 1, points: after }, { ttl, cache: true });
      const list = nextTop(top?.top ?? [], [userId, after]);
      if (list) this.kv.set(keys.top(board), { version: 1, top: list }, { ttl, cache: true });
    };
  }

  async top(
    guildId: string,
    period: "all" | "week",
    n: number,
    now: number,
    timeZone: string,
  ): Promise<LeaderboardEntry[]> {
    const board = boardId(guildId, this.period(period, now, timeZone));
    const list = (await this.kv.get(keys.top(board), topSchema, true))?.top ?? [];
    const out: LeaderboardEntry[] = [];
    for (const [i, [userId, points]] of list.slice(0, Math.max(0, Math.min(n, TOP_SIZE))).entries()) {
      const prev = out[i - 1];
      out.push({ userId, points, rank: prev && prev.points === points ? prev.rank : i + 1 });
    }
    return out;
  }

  async rank(
    guildId: string,
    userId: string,
    period: "all" | "week",
    now: number,
    timeZone: string,
  ): Promise<PlayerRank | null> {
    const board = boardId(guildId, this.period(period, now, timeZone));
    const player = await this.kv.get(keys.player(board, userId), pointsSchema, true);
    if (!player) return null;
    const positions = path(player.points);
    const nodes = await this.kv.getMany(
      positions.map((pos) => keys.node(board, pos)),
      positions.map((pos) => (pos.level === ROOT ? rootSchema : nodeSchema)),
      true,
    );
    let above = 0;
    for (const [i, pos] of positions.entries()) above += countAbove(nodes[i]?.c ?? {}, pos.slot);
    const root = nodes[ROOT] as z.infer<typeof rootSchema> | undefined;
    return { rank: above + 1, points: player.points, players: root?.players ?? 0 };
  }

  private period(period: "all" | "week", now: number, timeZone: string): BoardPeriod {
    return period === "all" ? { kind: "all" } : { kind: "week", week: weekKey(now, timeZone) };
  }
}

type Node = z.infer<typeof nodeSchema> & { players?: number };
const copyNode = (n: Node): Node => ({ ...n, c: { ...n.c } });

/** The top list after `entry` changed, or null when it is unchanged. */
function nextTop(list: TopList, entry: [string, number]): TopList | null {
  const last = list[list.length - 1];
  const at = list.findIndex(([id]) => id === entry[0]);
  if (at < 0 && list.length >= TOP_SIZE && last && ahead(last, entry) <= 0) return null;
  const next = at < 0 ? [...list] : list.filter((_, i) => i !== at);
  // Binary insertion: the list is sorted and this runs on every award of a top player.
  let lo = 0;
  let hi = next.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ahead(next[mid] as [string, number], entry) < 0) lo = mid + 1;
    else hi = mid;
  }
  next.splice(lo, 0, entry);
  if (next.length > TOP_SIZE) next.length = TOP_SIZE;
  return next;
}

export const guildKey = (guildId: string) => `guild:${guildId}`;
