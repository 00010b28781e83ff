/**
 * Snowflake and token generation for the fake Discord.
 *
 * Ids are real, time-based snowflakes (Discord epoch, increment in the low bits) rather than
 * counters: discord.js derives `createdTimestamp` from an interaction's id, and bot code may use
 * that to reason about the 3-second acknowledgement deadline, so the timestamp has to be "now".
 */
import { randomBytes } from "node:crypto";

const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;
let lastMs = 0n;

export function snowflake(at: number = Date.now()): string {
  let ms = BigInt(at) - DISCORD_EPOCH;
  // Keep ids strictly increasing even if the clock stands still or goes backwards.
  if (ms <= lastMs) {
    ms = lastMs;
    increment += 1n;
    if (increment > 0xfffn) {
      ms += 1n;
      increment = 0n;
    }
  } else {
    increment = 0n;
  }
  lastMs = ms;
  return ((ms << 22n) | increment).toString();
}

/** Interaction tokens are opaque URL-safe strings on Discord; length only matters for realism. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(48).toString("base64url")}`;
}

export function sessionId(): string {
  return randomBytes(16).toString("hex");
}
