import type { FakeDiscord, FakeMessage } from "./fake-discord/index.js";

const EPHEMERAL = 64;
const LOADING = 128;
/** The page shows the latest messages of a channel, like Discord's first screen of history. */
const SHOWN_MESSAGES = 100;

/** A message as one member sees it on the page. */
export interface MessageView {
  id: string;
  author: { name: string; bot: boolean };
  /** "Alice used /practice" above a command's reply, as in Discord. */
  usedBy?: { name: string; command: string };
  content: string;
  embeds: unknown[];
  components: unknown[];
  attachments: Array<{ url: string; filename: string; contentType: string }>;
  ephemeral: boolean;
  loading: boolean;
  edited: boolean;
  timestamp: string;
}

function displayName(user: Record<string, unknown> | undefined): string {
  const name = user?.global_name ?? user?.username;
  return typeof name === "string" ? name : "someone";
}

/**
 * The channel as `memberId` sees it: ephemeral messages belong to the member whose interaction
 * they answer, so everybody else's are left out (that is what "Only you can see this" means).
 */
export function channelView(fake: FakeDiscord, channelId: string, memberId: string): MessageView[] {
  const visible = fake
    .channelMessages(channelId)
    .filter((m) => !(m.flags & EPHEMERAL) || ownerOf(m) === memberId)
    .slice(-SHOWN_MESSAGES);
  return visible.map((m) => toView(fake, m));
}

function ownerOf(m: FakeMessage): string | undefined {
  const user = m.interaction_metadata?.user as Record<string, unknown> | undefined;
  return typeof user?.id === "string" ? user.id : undefined;
}

function toView(fake: FakeDiscord, m: FakeMessage): MessageView {
  const it = m.interactionId ? fake.interactions.get(m.interactionId) : undefined;
  const data = it?.payload.data as { name?: unknown } | undefined;
  // Only a command's first reply carries "used /command" (follow-ups and button replies don't).
  const usedBy =
    it && it.type === 2 && it.originalMessageId === m.id && typeof data?.name === "string"
      ? { name: it.user.global_name ?? it.user.username, command: commandLine(it.payload.data) }
      : undefined;
  return {
    id: m.id,
    author: { name: displayName(m.author), bot: m.author.bot === true },
    ...(usedBy ? { usedBy } : {}),
    content: m.content,
    embeds: m.embeds,
    components: m.components,
    attachments: m.attachments.map((a) => ({
      url: a.url,
      filename: a.filename,
      contentType: a.content_type,
    })),
    ephemeral: (m.flags & EPHEMERAL) !== 0,
    loading: (m.flags & LOADING) !== 0,
    edited: m.edited_timestamp !== null && (m.flags & LOADING) === 0 && m.editCount > 0,
    timestamp: m.timestamp,
  };
}

/** "practice" or "deck add": the command and its subcommands, as Discord prints it. */
function commandLine(data: unknown): string {
  const parts: string[] = [];
  let node = data as { name?: unknown; options?: unknown } | undefined;
  while (node && typeof node.name === "string") {
    parts.push(node.name);
    const sub = Array.isArray(node.options)
      ? (node.options as Array<{ type?: unknown }>).find((o) => o.type === 1 || o.type === 2)
      : undefined;
    node = sub as typeof node;
  }
  return parts.join(" ");
}

/** Changes whenever any message is created, edited or deleted; cheap enough to poll. */
export function stateSignature(fake: FakeDiscord): string {
  let edits = 0;
  let last = "";
  for (const m of fake.messages.values()) {
    edits += m.editCount;
    last = m.id;
  }
  return `${fake.messages.size}:${fake.deletedMessages.length}:${edits}:${last}`;
}
