/** Slash commands and deck uploads through the fake Discord, for the e2e tests about decks. */
import { buttonsOf, MANAGER_PERMISSIONS, type FakeMessage } from "../../src/playground/fake-discord/index.js";
import { openStore } from "../../src/store/index.js";
import type { GuildDeckRecord } from "../../src/store/decks.js";
import { users, type World } from "./harness.js";

export const EPHEMERAL = 64;

export interface Reply {
  sent: { id: string; token: string };
  content: string;
  flags: number;
  embeds: Record<string, unknown>[];
}

/** A slash command as a moderator (by default); a deferred reply is awaited until it is edited. */
export async function slash(
  world: World,
  name: string,
  subcommand: string | undefined,
  options: Record<string, unknown>,
  o: { channelId?: string } = {},
): Promise<Reply> {
  const sent = world.fake.slashCommand({
    name,
    ...(subcommand ? { subcommand } : {}),
    options: options as never,
    user: users.alice,
    memberPermissions: MANAGER_PERMISSIONS,
    ...(o.channelId ? { channelId: o.channelId } : {}),
  });
  const res = await world.fake.responseTo(sent.id, 30_000);
  if (res.body.type === 5) {
    const msg = await world.fake.waitFor(
      () => {
        const m = world.fake.originalMessage(sent.token);
        return m && m.editCount > 0 ? m : undefined;
      },
      30_000,
      `the edited reply to /${name} ${subcommand ?? ""}`,
    );
    return {
      sent,
      content: msg.content,
      flags: res.body.data?.flags ?? msg.flags,
      embeds: msg.embeds as Record<string, unknown>[],
    };
  }
  const d = res.body.data ?? {};
  return {
    sent,
    content: d.content ?? "",
    flags: d.flags ?? 0,
    embeds: (d.embeds ?? []) as Record<string, unknown>[],
  };
}

/** `/deck add` of a file served by the fake as an attachment. */
export function uploadDeck(
  world: World,
  name: string,
  body: string | Uint8Array,
  o: { contentType?: string; replace?: boolean } = {},
): Promise<Reply> {
  const url = world.fake.addAttachment(
    name,
    o.contentType ?? "text/plain",
    typeof body === "string" ? body : Buffer.from(body),
  );
  return slash(world, "deck", "add", { file: url, ...(o.replace ? { replace: true } : {}) });
}

/** `/deck export`: the file the bot attached to its reply. */
export async function exportDeck(world: World, deckId: string): Promise<{ name: string; text: string }> {
  const r = await slash(world, "deck", "export", { deck: deckId });
  const req = world.fake.requests.find((q) => q.path.includes(r.sent.id) && q.files.length > 0);
  if (!req) throw new Error(`no file in the reply to /deck export ${deckId}: ${r.content}`);
  return { name: req.files[0]!.name, text: req.files[0]!.content.toString("utf8") };
}

export async function storedDeck(
  world: World,
  guildId: string,
  deckId: string,
): Promise<GuildDeckRecord | undefined> {
  const store = await openStore(world.storeUrl);
  try {
    return await store.decks.get(guildId, deckId);
  } finally {
    await store.close();
  }
}

export const embedText = (m: { embeds?: unknown[] }) => JSON.stringify(m.embeds ?? []);

/** Starts a one-question /practice round, reveals it as the host and returns the revealed message. */
export async function practiceAndReveal(
  world: World,
  deckId: string,
  channelId: string,
): Promise<{ start: Reply; revealed: FakeMessage }> {
  const seen = new Set(world.fake.channelMessages(channelId).map((m) => m.id));
  const start = await slash(
    world,
    "practice",
    undefined,
    { deck: deckId, questions: 1, timer: 60 },
    { channelId },
  );
  if (!start.content.includes("started a practice round"))
    throw new Error(`/practice deck:${deckId} did not start: ${start.content}`);
  const question = await world.fake.waitFor(
    () =>
      world.fake
        .channelMessages(channelId)
        .find((m) => !seen.has(m.id) && !(m.flags & EPHEMERAL) && m.embeds.length > 0),
    10_000,
    "the question message",
  );
  const reveal = buttonsOf(question)
    .map((b) => String(b.custom_id))
    .find((id) => id.startsWith("q1.r."));
  if (!reveal) throw new Error(`no Reveal button on ${embedText(question)}`);
  world.fake.clickButton({
    messageId: question.id,
    customId: reveal,
    user: users.alice,
    channelId,
    memberPermissions: MANAGER_PERMISSIONS,
  });
  const revealed = await world.fake.waitFor(
    () => {
      const m = world.fake.messages.get(question.id)!;
      return embedText(m).includes('"name":"Why"') ? m : undefined;
    },
    10_000,
    "the revealed question",
  );
  return { start, revealed };
}
