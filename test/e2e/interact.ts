/**
 * What a player does in an E2E test, against a World from harness.ts: run a slash command (a
 * deferred reply is awaited until it is edited), upload a file, click a button, and read the
 * round's answer from the store (the player doesn't know it; the test does).
 */
import { buttonsOf, type FakeMessage } from "../../src/playground/fake-discord/index.js";
import { users, type World } from "./harness.js";

export const EPHEMERAL = 64;

export interface Reply {
  /** The interaction as sent (its token finds the reply and follow-ups). */
  sent: { id: string; token: string };
  type: number;
  flags: number;
  content: string;
  embeds: Record<string, unknown>[];
  components: unknown[];
  /** The reply as a message, for clicking its buttons. */
  message: FakeMessage | undefined;
}

export interface As {
  user?: typeof users.alice;
  memberPermissions?: string;
  channelId?: string;
}

export async function slash(
  world: World,
  name: string,
  subcommand: string | undefined,
  options: Record<string, unknown>,
  as: As = {},
): Promise<Reply> {
  const sent = world.fake.slashCommand({
    name,
    ...(subcommand ? { subcommand } : {}),
    options: options as never,
    user: as.user ?? users.alice,
    ...(as.memberPermissions ? { memberPermissions: as.memberPermissions } : {}),
    ...(as.channelId ? { channelId: as.channelId } : {}),
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  if (res.body.type === 5) {
    const msg = await world.fake.waitFor(
      () => {
        const m = world.fake.originalMessage(sent.token);
        return m && m.editCount > 0 ? m : undefined;
      },
      15_000,
      `the edited reply to /${name} ${subcommand ?? ""}`,
    );
    return {
      sent,
      type: 5,
      flags: msg.flags,
      content: msg.content,
      embeds: msg.embeds as Record<string, unknown>[],
      components: msg.components ?? [],
      message: msg,
    };
  }
  const d = res.body.data ?? {};
  return {
    sent,
    type: res.body.type,
    flags: d.flags ?? 0,
    content: d.content ?? "",
    embeds: (d.embeds ?? []) as Record<string, unknown>[],
    components: (d.components ?? []) as unknown[],
    message: world.fake.originalMessage(sent.token),
  };
}

/** `/deck add` of a file served by the fake Discord as an attachment. */
export function uploadDeck(world: World, name: string, body: string, opts: { replace?: boolean } & As = {}) {
  const file = world.fake.addAttachment(name, "application/x-yaml", body);
  return slash(world, "deck", "add", { file, ...(opts.replace ? { replace: true } : {}) }, opts);
}

export async function click(world: World, message: FakeMessage, customId: string, user = users.alice) {
  const sent = world.fake.clickButton({
    messageId: message.id,
    customId,
    user,
    channelId: message.channel_id,
  });
  const res = await world.fake.responseTo(sent.id, 8000);
  return { sent, res, data: res.body.data ?? {} };
}

export const embedText = (m: { embeds?: unknown[] }) => JSON.stringify(m.embeds ?? []);
export const buttonIds = (m: FakeMessage) => buttonsOf(m).map((b) => String(b.custom_id));
/** The answer buttons of a question message, in the shown order. */
export const answerButtons = (m: FakeMessage) => buttonIds(m).filter((id) => id.startsWith("q1.a."));

