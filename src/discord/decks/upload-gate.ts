/**
 * One upload at a time per server: each parse gets a worker thread, and a server should not be able
 * to keep several busy at once. A second upload waits for the first (a few seconds at most: every
 * parse has a budget); past MAX_WAITING queued uploads, more are refused. Other servers are not held up.
 */
import { KeyedMutex } from "../../store/mutex.js";

export const MAX_WAITING = 10;

const mutex = new KeyedMutex();
const waiting = new Map<string, number>();

/** Runs `work` after this server's earlier uploads; undefined when too many are already waiting. */
export async function oneUploadAtATime<T>(
  guildId: string,
  work: () => Promise<T>,
): Promise<{ value: T } | undefined> {
  const queued = waiting.get(guildId) ?? 0;
  if (queued >= MAX_WAITING) return undefined;
  waiting.set(guildId, queued + 1);
  try {
    return { value: await mutex.run(guildId, work) };
  } finally {
    const left = (waiting.get(guildId) ?? 1) - 1;
    if (left > 0) waiting.set(guildId, left);
    else waiting.delete(guildId);
  }
}
