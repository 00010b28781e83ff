import { z } from "zod";

/**
 * custom_ids carry everything a click needs, so a click still works after a restart (no in-memory
 * collectors): `q1.<kind>.<roundId>.<item>.<arg>`. The leading `q1` is the format version.
 */
export const CUSTOM_ID_KINDS = {
  answer: "a",
  hint: "h",
  reveal: "r",
  showCard: "c",
  grade: "g",
  check: "x",
  concepts: "s",
  next: "n",
  /** Paging of a listing; its "round" is the listing's name (e.g. decklist). */
  page: "p",
} as const;

export type CustomIdKind = keyof typeof CUSTOM_ID_KINDS;
const KIND_BY_CODE = new Map<string, CustomIdKind>(
  Object.entries(CUSTOM_ID_KINDS).map(([k, v]) => [v, k as CustomIdKind]),
);

export interface CustomId {
  kind: CustomIdKind;
  roundId: string;
  item: number;
  arg: number;
}

const ROUND_ID = /^[a-z0-9]{6,20}$/;
const partsSchema = z.tuple([
  z.literal("q1"),
  z.string().refine((c) => KIND_BY_CODE.has(c)),
  z.string().regex(ROUND_ID),
  z.coerce.number().int().min(0).max(999),
  z.coerce.number().int().min(0).max(99),
]);

export function encodeCustomId(id: CustomId): string {
  return ["q1", CUSTOM_ID_KINDS[id.kind], id.roundId, id.item, id.arg].join(".");
}

/** Returns null for anything not produced by encodeCustomId (forged, truncated or from an old format). */
export function parseCustomId(raw: unknown): CustomId | null {
  // Typed unknown: a malformed payload may carry no custom_id at all.
  if (typeof raw !== "string" || raw.length > 100) return null;
  const parsed = partsSchema.safeParse(raw.split("."));
  if (!parsed.success) return null;
  const [, code, roundId, item, arg] = parsed.data;
  return { kind: KIND_BY_CODE.get(code)!, roundId, item, arg };
}
