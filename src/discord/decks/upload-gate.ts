/**
 * One upload at a time per server: parsing is bounded but not free, and two moderators uploading the
 * same deck at once would race on the store. Uploads in other servers are not held up.
 */
const busy = new Set<string>();

/** Runs `work` unless this server already has an upload in progress (then returns undefined). */
export async function oneUploadAtATime<T>(
  guildId: string,
  work: () => Promise<T>,
): Promise<{ value: T } | undefined> {
  if (busy.has(guildId)) return undefined;
  busy.add(guildId);
  try {
    return { value: await work() };
  } finally {
    busy.delete(guildId);
  }
}
