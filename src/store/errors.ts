/** Where the store reports values it had to ignore. Shaped like pino so the bot's logger fits. */
export interface Logger {
  warn(obj: unknown, msg?: string): void;
  error?(obj: unknown, msg?: string): void;
}

export const consoleLogger: Logger = {
  warn: (obj, msg) => console.warn(msg ?? "store warning", obj),
  error: (obj, msg) => console.error(msg ?? "store error", obj),
};

/** An adapter failure (read-only file, lost connection...). The message is fit to show a server admin. */
export class StoreError extends Error {
  override name = "StoreError";
}

export function storeError(action: string, cause: unknown): StoreError {
  if (cause instanceof StoreError) return cause;
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new StoreError(`Could not ${action}: ${detail}`, { cause });
}
