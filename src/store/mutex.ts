/**
 * Serialises async critical sections per key. A guild is owned by one process, so this is what
 * makes read-modify-write on its keys safe without adapter transactions.
 */
export class KeyedMutex {
  private readonly tails = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T> | T): Promise<T> {
    const prev = this.tails.get(key);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = prev ? prev.then(() => mine) : mine;
    this.tails.set(key, tail);
    if (prev) await prev;
    try {
      return await fn();
    } finally {
      release();
      // Drop the entry once nobody queued behind us, so idle keys cost no memory.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
