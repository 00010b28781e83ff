import type { APIEmbed, Guild } from "discord.js";
import { IMAGE_NAMES, type ImageJob } from "../../images/types.js";
import type { BotContext } from "../context.js";

export interface WithPicture {
  embeds: APIEmbed[];
  files: { attachment: Buffer; name: string }[];
}

/**
 * The embed with its picture attached and shown (`attachment://`). A picture that fails to draw
 * is logged and left out: the embed's text carries the same figures.
 */
export async function withPicture(ctx: BotContext, embed: APIEmbed, job: ImageJob): Promise<WithPicture> {
  const name = IMAGE_NAMES[job.kind];
  try {
    const png = await ctx.images.render(job);
    return {
      embeds: [{ ...embed, image: { url: `attachment://${name}` } }],
      files: [{ attachment: png, name }],
    };
  } catch (err) {
    ctx.log.warn({ err, image: job.kind }, "could not draw a picture; sending text only");
    return { embeds: [embed], files: [] };
  }
}

/** Display names for pictures (a mention can't be drawn): server nickname, else global name, else username. */
export async function displayNames(
  guild: Guild | null,
  userIds: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    userIds.map(async (id) => {
      const member = await guild?.members.fetch(id).catch(() => null);
      const user = member?.user ?? (await guild?.client.users.fetch(id).catch(() => null));
      names.set(id, member?.displayName ?? user?.displayName ?? `#${id.slice(-4)}`);
    }),
  );
  return names;
}
