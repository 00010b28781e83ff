import { z } from "zod";
import type { ActivityMonth } from "../engine/activity.js";
import type { Kv } from "./kv.js";

const pair = z.tuple([z.number().int().min(0), z.number().int().min(0)]);
export const activityMonthSchema = z.object({
  version: z.literal(1),
  days: z.record(z.string().regex(/^\d{4}-\d{2}-\d{2}$/), pair),
  difficulty: z.object({ easy: pair.optional(), medium: pair.optional(), hard: pair.optional() }),
}) satisfies z.ZodType<ActivityMonth>;

export const activityKey = (guildId: string, userId: string, month: string) =>
  `activity:${guildId}:${userId}:${month}`;

/** Kept a little over the 53 weeks the heat map shows. */
export const ACTIVITY_TTL_MS = 400 * 86_400_000;

export interface ActivityRepo {
  /** One record per month asked for (undefined where the player answered nothing that month). */
  months(guildId: string, userId: string, months: readonly string[]): Promise<(ActivityMonth | undefined)[]>;
}

export class KvActivity implements ActivityRepo {
  constructor(private readonly kv: Kv) {}

  async months(guildId: string, userId: string, months: readonly string[]) {
    const keys = months.map((m) => activityKey(guildId, userId, m));
    const values = await this.kv.getMany(
      keys,
      keys.map(() => activityMonthSchema),
      true,
    );
    return values as (ActivityMonth | undefined)[];
  }

  /** The cached value itself, for the award's staged write. */
  load(guildId: string, userId: string, month: string) {
    return this.kv.get(activityKey(guildId, userId, month), activityMonthSchema, true);
  }
}
