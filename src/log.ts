import type { LogLevel } from "./config.js";

/** Structured JSON-lines logger on stderr. Small on purpose: one line per event, never a token. */
export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

const ORDER: Record<LogLevel, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, silent: 100 };

function serialise(obj: unknown): Record<string, unknown> {
  if (obj instanceof Error) return { err: { message: obj.message, stack: obj.stack } };
  if (obj && typeof obj === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) out[k] = v instanceof Error ? { message: v.message, stack: v.stack } : v;
    return out;
  }
  return { value: obj };
}

export function createLogger(level: LogLevel, write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  const at = (name: Exclude<LogLevel, "silent">) => (obj: unknown, msg?: string) => {
    if (ORDER[name] < ORDER[level]) return;
    write(JSON.stringify({ level: name, time: new Date().toISOString(), ...serialise(obj), msg }) + "\n");
  };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
