import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository root (this file is src/playground/bot-process.ts). */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface PlayBot {
  proc: ChildProcess;
  /** Resolves when the bot logged "ready"; rejects if it exits first. */
  ready: Promise<void>;
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/**
 * Starts the bot exactly as `npm start` runs it (src/index.ts: config loading, store, router,
 * renderers), through tsx so no build is needed. Every variable the playground decides is set
 * explicitly, so a developer's .env (which the bot also reads) cannot point it at a real Discord,
 * a real store, a real test server or a busy port.
 */
export function startPlayBot(opts: {
  env: Record<string, string>;
  logFile: string;
  onWarning: (line: string) => void;
}): PlayBot {
  const proc = spawn(process.execPath, ["--import", "tsx", "src/index.ts"], {
    cwd: REPO_ROOT,
    env: { ...process.env, DEV_GUILD_ID: "", HTTP_PORT: "", SHARD_COUNT: "", SHARD_IDS: "", ...opts.env },
    // The IPC channel is only a lifeline: if the playground dies without stopping the bot, the
    // bot sees "disconnect" and shuts down (src/index.ts) instead of reconnecting forever.
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const log = createWriteStream(opts.logFile);
  let resolveReady!: () => void;
  let rejectReady!: (err: Error) => void;
  const ready = new Promise<void>((res, rej) => {
    resolveReady = res;
    rejectReady = rej;
  });
  let buffered = "";
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) {
      let entry: { level?: number; msg?: string } | undefined;
      try {
        entry = JSON.parse(line) as { level?: number; msg?: string };
      } catch {
        // Not a log line: a start-up failure message or a crash trace. Show it.
        if (line.trim()) opts.onWarning(line);
        continue;
      }
      if (entry.msg === "ready") resolveReady();
      if ((entry.level ?? 0) >= 40) opts.onWarning(line);
    }
  };
  proc.stdout!.on("data", onData);
  proc.stderr!.on("data", onData);
  const exited = new Promise<number | null>((resolve) =>
    proc.once("exit", (code) => {
      log.end();
      rejectReady(new Error(`the bot exited (code ${code}) before it was ready; see ${opts.logFile}`));
      resolve(code);
    }),
  );
  return {
    proc,
    ready,
    exited,
    async stop() {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGTERM");
      return exited;
    },
  };
}
