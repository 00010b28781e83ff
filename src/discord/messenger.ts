import { Routes, type Client, type APIEmbed } from "discord.js";
import type { Row } from "./render/common.js";

export interface MessageBody {
  content?: string;
  embeds?: APIEmbed[];
  components?: Row[];
  /** Pictures shown in the embeds as `attachment://NAME`. */
  files?: { attachment: Buffer; name: string }[];
}

/** The API body for a message: nothing the bot sends may ping anyone. */
export function toApiBody({ files, ...b }: MessageBody) {
  const attachments = files?.map((f, id) => ({ id, filename: f.name }));
  return { ...b, ...(attachments ? { attachments } : {}), allowed_mentions: { parse: [] } };
}

const restFiles = (b: MessageBody) => b.files?.map((f) => ({ name: f.name, data: f.attachment }));

/**
 * Posts and edits public round messages through REST, by channel and message id only, so a
 * round can be continued or closed after a restart without any cache.
 */
export class Messenger {
  constructor(private readonly client: Client) {}

  async post(channelId: string, body: MessageBody): Promise<string> {
    const msg = (await this.client.rest.post(Routes.channelMessages(channelId), {
      body: toApiBody(body),
      ...(body.files?.length ? { files: restFiles(body) } : {}),
    })) as { id: string };
    return msg.id;
  }

  async edit(channelId: string, messageId: string, body: MessageBody): Promise<void> {
    await this.client.rest.patch(Routes.channelMessage(channelId, messageId), { body: toApiBody(body) });
  }

  /** Edits a private (ephemeral) message through the interaction token that last touched it (valid 15 min). */
  async editInteraction(applicationId: string, token: string, body: MessageBody): Promise<void> {
    await this.client.rest.patch(Routes.webhookMessage(applicationId, token), {
      body: toApiBody(body),
      auth: false,
    });
  }
}
