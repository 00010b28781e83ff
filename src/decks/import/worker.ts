/**
 * Runs in a worker thread (see ../parse-in-worker.ts): says it is ready once its modules are loaded,
 * then parses each upload it is sent and posts the result back.
 */
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { parseUpload, type ParseUploadOptions } from "./index.js";

export interface UploadJob {
  bytes: Uint8Array;
  fileName: string;
  options: ParseUploadOptions;
}

// Parsing must not take CPU from the rounds being played. On Linux a nice value is per thread, so
// this lowers only this worker's; elsewhere it would lower the whole bot's, so it is left alone.
if (process.platform === "linux") {
  try {
    setPriority(19);
  } catch {
    /* keep the default priority */
  }
}

// One upload at a time; the parent keeps a worker that answered for the next one (parse-in-worker.ts).
parentPort?.on("message", (job: UploadJob) => {
  parentPort?.postMessage({ done: parseUpload(job.bytes, job.fileName, job.options) });
});
parentPort?.postMessage({ ready: true });
