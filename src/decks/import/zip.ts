/**
 * Reads the entries we need out of an uploaded zip (an .apkg) without trusting it: names are checked
 * before anything is decompressed, and decompressed bytes are counted as they come, so a zip bomb is
 * stopped at the limit instead of filling memory.
 */
import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import type { Said } from "../said.js";
import { say } from "./messages.js";

export class ZipProblem extends Error {
  constructor(readonly said: Said) {
    super(said.message);
  }
}

export interface ZipLimits {
  /** All decompressed bytes together (declared sizes too: a lying header is refused before inflating). */
  maxUncompressedBytes: number;
  maxEntries: number;
}

/** Zip input is fed in small pieces: one piece can inflate to at most ~1,000x its size. */
const CHUNK = 16 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/** A name that would land outside the folder it is extracted to, or that no real archiver writes. */
export function unsafeEntryName(name: string): Said | null {
  if (name.length === 0 || name.length > 255) return say("entryNameEmptyOrLong");
  if (name.includes("\\") || hasControl(name)) return say("entryNameControl", { name: printable(name) });
  if (name.startsWith("/") || /^[a-zA-Z]:/.test(name))
    return say("entryNameAbsolute", { name: printable(name) });
  if (name.split("/").includes("..")) return say("entryNameOutside", { name: printable(name) });
  return null;
}

function hasControl(name: string): boolean {
  return [...name].some((c) => c.charCodeAt(0) < 0x20);
}

function printable(name: string): string {
  return [...name.slice(0, 60)].map((c) => (c.charCodeAt(0) < 0x20 || c === "\\" ? "?" : c)).join("");
}

/**
 * Returns the contents of the entries `wanted` accepts. Every entry's name is checked; only wanted
 * ones are decompressed. Throws ZipProblem with a sentence for the uploader.
 */
export function readZipEntries(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: ZipLimits,
): Map<string, Uint8Array> {
  if (!looksLikeZip(bytes)) throw new ZipProblem(say("notZip"));
  const out = new Map<string, Uint8Array>();
  let entries = 0;
  let declared = 0;
  let inflated = 0;
  let problem: ZipProblem | null = null;
  const stop = (p: ZipProblem) => {
    problem ??= p;
  };
  const tooBig = () =>
    new ZipProblem(say("packageUnpacksTooLarge", { max: mb(limits.maxUncompressedBytes) }));

  const unzip = new Unzip((file: UnzipFile) => {
    if (problem) return;
    entries++;
    if (entries > limits.maxEntries)
      return stop(new ZipProblem(say("packageTooManyFiles", { max: limits.maxEntries })));
    const unsafe = unsafeEntryName(file.name);
    if (unsafe) return stop(new ZipProblem(say("packageUnsafeEntry", { entry: unsafe })));
    declared += file.originalSize ?? 0;
    if (declared > limits.maxUncompressedBytes) return stop(tooBig());
    if (!wanted(file.name) || file.name.endsWith("/")) return;
    if (file.compression !== 0 && file.compression !== 8)
      return stop(
        new ZipProblem(say("entryCompression", { name: printable(file.name), method: file.compression })),
      );
    const parts: Uint8Array[] = [];
    file.ondata = (err, data, final) => {
      if (problem) return;
      if (err) return stop(new ZipProblem(say("packageDamaged", { detail: err.message })));
      inflated += data.byteLength;
      if (inflated > limits.maxUncompressedBytes) {
        file.terminate();
        return stop(tooBig());
      }
      parts.push(data);
      if (final) out.set(file.name, concat(parts));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < bytes.byteLength && !problem; at += CHUNK)
      unzip.push(bytes.subarray(at, at + CHUNK), at + CHUNK >= bytes.byteLength);
  } catch (e) {
    throw (
      problem ?? new ZipProblem(say("packageDamaged", { detail: e instanceof Error ? e.message : String(e) }))
    );
  }
  if (problem) throw problem;
  return out;
}

function mb(bytes: number): number {
  return Math.round(bytes / 2 ** 20);
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
