import type { FakeMessage } from "../../src/playground/fake-discord/index.js";
import { users, type World } from "./harness.js";

/** What users do in e2e tests: commands, clicks and modal submits, each with the bot's first response. */
export function actions(world: () => World) {
  async function command(
    name: string,
    options: Record<string, string | number | boolean> = {},
    user: typeof users.alice = users.alice,
  ) {
    const sent = world().fake.slashCommand({ name, options, user });
    const res = await world().fake.responseTo(sent.id, 5000);
    return { sent, res, data: res.body.data ?? {} };
  }
  async function click(message: FakeMessage, customId: string, user = users.alice) {
    const sent = world().fake.clickButton({
      messageId: message.id,
      customId,
      user,
      channelId: message.channel_id,
    });
    const res = await world().fake.responseTo(sent.id, 5000);
    return { sent, res, data: res.body.data ?? {} };
  }
  /** Submits the modal the bot opened in answer to `opener` (a click), filling its inputs with `values`. */
  async function submitModal(opener: { id: string }, values: Record<string, string>) {
    const sent = world().fake.submitModal({ interactionId: opener.id, values });
    const res = await world().fake.responseTo(sent.id, 5000);
    return { sent, res, data: res.body.data ?? {} };
  }
  return { command, click, submitModal };
}

export const EPHEMERAL = 64;
export const embedText = (m: { embeds?: Record<string, unknown>[] }) => JSON.stringify(m.embeds ?? []);
