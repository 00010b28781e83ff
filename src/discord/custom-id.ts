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
  /** Typed rounds: the ✍️ Answer button, the modal it opens, and "I was right". */
  typeAnswer: "t",
  typedAnswer: "w",
  override: "o",
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

/** version . kind . round id . item (0-999) . arg (0-99), digits without leading zeros. */
const FORMAT = /^q1\.([a-z])\.([a-z0-9]{6,20})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d?)$/;
// One pattern match per click: every button click goes through here, and a tuple schema with
// coercions allocated ~3 KB a parse.
const customIdSchema = z.string().max(100);

export function encodeCustomId(id: CustomId): string {
  return ["q1", CUSTOM_ID_KINDS[id.kind], id.roundId, id.item, id.arg].join(".");
}

/** Returns null for anything not produced by encodeCustomId (forged, truncated or from an old format). */
export function parseCustomId(raw: unknown): CustomId | null {
  // Typed unknown: a malformed payload may carry no custom_id at all.
  const parsed = customIdSchema.safeParse(raw);
  const match = parsed.success ? FORMAT.exec(parsed.data) : null;
  const kind = match && KIND_BY_CODE.get(match[1]!);
  return kind ? { kind, roundId: match[2]!, item: Number(match[3]), arg: Number(match[4]) } : null;
}
