import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { renderImage } from "./render.js";
import type { ImageJob } from "./types.js";

// Drawing must not take CPU from the rounds being played. On Linux a nice value is per thread, so
// this lowers only this worker's; elsewhere it would lower the whole bot's, so it is left alone.
if (process.platform === "linux") {
  try {
    setPriority(19);
  } catch {
    /* keep the default priority */
  }
}

/** One job at a time per worker; the pool never sends a second before the first is answered. */
parentPort?.on("message", (msg: { id: number; job: ImageJob }) => {
  try {
    const png = renderImage(msg.job);
    // Transfer, not copy: the bytes move to the main thread.
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength).slice();
    parentPort?.postMessage({ id: msg.id, ok: true, bytes }, [bytes.buffer]);
  } catch (err) {
    parentPort?.postMessage({
      id: msg.id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    });
  }
});
