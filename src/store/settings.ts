import { z } from "zod";
import { CORRUPT, type Kv } from "./kv.js";
import type { KeyedMutex } from "./mutex.js";
import { LOCALES, type Locale } from "../i18n/locales.js";

export interface GuildSettings {
  version: 1;
  /** IANA timezone; days and weeks (streaks, weekly board) are counted in it. */
  timezone: string;
  questions: number;
  timerSeconds: number;
  starterRoleId: string | null;
  modRoleId: string | null;
  /** Pictures in /stats, /leaderboard and round summaries (text stays either way). */
  images: boolean;
  /** The language of public messages (`/config set language`); null follows Discord's server locale. */
  language: Locale | null;
  /**
   * Set (never stored) when the stored settings could not be read: the other fields are then the
   * defaults, and whatever the stored ones restricted must be refused (fail closed).
   */
  corrupt?: true;
}
export type SettingsPatch = Partial<Omit<GuildSettings, "version" | "corrupt">>;

export interface SettingsRepo {
  /** Defaults when nothing is stored; defaults marked `corrupt` when what is stored is not valid. */
  get(guildId: string): Promise<GuildSettings>;
  /** Validates the patch (RangeError with a readable message) and returns the new settings. */
  set(guildId: string, patch: SettingsPatch): Promise<GuildSettings>;
}

export const DEFAULT_SETTINGS: Readonly<GuildSettings> = Object.freeze({
  version: 1,
  timezone: "UTC",
  questions: 5,
  timerSeconds: 20,
  starterRoleId: null,
  modRoleId: null,
  images: true,
  language: null,
});

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

// Bounds are sanity limits for stored data; the commands may enforce tighter ones.
const fields = {
  timezone: z.string().refine(isTimeZone, { message: "must be an IANA timezone such as Europe/Paris" }),
  questions: z.number().int().min(1).max(100),
  timerSeconds: z.number().int().min(1).max(3600),
  starterRoleId: z.string().min(1).nullable(),
  modRoleId: z.string().min(1).nullable(),
  images: z.boolean(),
  language: z.enum(LOCALES).nullable(),
};
// Settings stored before a field existed read as its default.
const settingsSchema = z.object({
  version: z.literal(1),
  ...fields,
  images: fields.images.default(true),
  language: fields.language.default(null),
}) satisfies z.ZodType<GuildSettings>;
const patchSchema = z.strictObject(fields).partial();

const key = (guildId: string) => `settings:${guildId}`;

export class KvSettings implements SettingsRepo {
  constructor(
    private readonly kv: Kv,
    private readonly mutex: KeyedMutex,
  ) {}

  async get(guildId: string): Promise<GuildSettings> {
    const stored = await this.kv.getStrict(key(guildId), settingsSchema, true);
    if (stored === CORRUPT) return { ...DEFAULT_SETTINGS, corrupt: true };
    return { ...(stored ?? DEFAULT_SETTINGS) };
  }

  async set(guildId: string, patch: SettingsPatch): Promise<GuildSettings> {
    const parsed = patchSchema.safeParse(patch);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new RangeError(`Invalid setting ${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
    }
    const next = await this.kv.transact(this.mutex, key(guildId), async () => {
      // Over corrupt settings, a change starts again from the defaults (and clears the corruption).
      const { corrupt: _corrupt, ...current } = await this.get(guildId);
      const value: GuildSettings = { ...current, ...parsed.data };
      return () => {
        this.kv.set(key(guildId), value, { cache: true });
        return value;
      };
    });
    return { ...next };
  }
}
