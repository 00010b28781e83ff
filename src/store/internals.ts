import type { KvActivity } from "./activity.js";
import type { Kv } from "./kv.js";
import type { KvLeaderboard } from "./leaderboard.js";
import type { KeyedMutex } from "./mutex.js";
import type { KvStats } from "./stats.js";

/** What awardAnswer needs beyond the public repositories, to do its writes under one guild lock. */
export interface StoreInternals {
  kv: Kv;
  mutex: KeyedMutex;
  stats: KvStats;
  leaderboard: KvLeaderboard;
  activity: KvActivity;
}

const registry = new WeakMap<object, StoreInternals>();

export function registerInternals(store: object, internals: StoreInternals): void {
  registry.set(store, internals);
}

export function internalsOf(store: object): StoreInternals {
  const internals = registry.get(store);
  if (!internals) throw new TypeError("awardAnswer needs a store created by openStore()");
  return internals;
}
