/**
 * Runs in a worker thread (see ../parse-in-worker.ts): says it is ready once its modules are loaded,
 * then parses the one upload it is sent and posts the result back.
 */
import { parentPort } from "node:worker_threads";
import { parseUpload, type ParseUploadOptions } from "./index.js";

export interface UploadJob {
  bytes: Uint8Array;
  fileName: string;
  options: ParseUploadOptions;
}

parentPort?.once("message", (job: UploadJob) => {
  parentPort?.postMessage({ done: parseUpload(job.bytes, job.fileName, job.options) });
});
parentPort?.postMessage({ ready: true });
