import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { deckIdFromFileName } from "../decks/load.js";
import { contentTypeOf } from "./actions.js";
import type { FakeDiscord, FakeMessage } from "./fake-discord/index.js";
import { PREVIEW_MEMBER, rolesIn } from "./world.js";

/**
 * `npm run play -- my-deck.yaml`: the deck author's preview. Uploads the file with `/deck add` as
 * the moderator in the first server's first channel and opens a `/practice` round of it. On every
 * page load the file is read again; if it changed, the running round is stopped and the new
 * version uploaded and opened, so "edit, save, reload" shows the change.
 */
export class DeckPreview {
  private lastHash = "";
  private busy: Promise<void> = Promise.resolve();

  constructor(
    private readonly fake: FakeDiscord,
    readonly file: string,
    private readonly report: (line: string) => void,
  ) {}

  /** The deck id the bot gives this file (its name), or the reason it has none. */
  get deckId(): string | undefined {
    const named = deckIdFromFileName(basename(this.file));
    return "id" in named ? named.id : undefined;
  }

  /** Re-uploads and reopens if the file changed since last time; calls are queued, never run twice at once. */
  refresh(): Promise<void> {
    this.busy = this.busy
      .then(() => this.refreshNow())
      .catch((err: unknown) => this.report(`preview: ${err instanceof Error ? err.message : String(err)}`));
    return this.busy;
  }

  private async refreshNow(): Promise<void> {
    const bytes = await readFile(this.file);
    const hash = createHash("sha256").update(bytes).digest("hex");
    if (hash === this.lastHash) return;
    const first = this.lastHash === "";
    this.lastHash = hash;
    const guild = this.fake.guilds[0]!;
    const as = {
      user: PREVIEW_MEMBER.user,
      roles: rolesIn(guild, PREVIEW_MEMBER),
      guildId: guild.id,
      channelId: guild.channels![0]!.id,
    };
    if (!first) await this.run(as, "stop");
    const name = basename(this.file);
    const url = this.fake.addAttachment(name, contentTypeOf(name), bytes);
    const added = await this.run(as, "deck", { file: { url }, replace: true }, "add");
    const reply = [
      added?.content ?? "",
      ...(added?.embeds ?? []).map((e) => `${String(e.title ?? "")}\n${String(e.description ?? "")}`),
    ].join("\n");
    this.report(`preview: ${reply.trim() || "no reply to /deck add"}`);
    const deck = this.deckId;
    if (!deck || !added || /not saved|rejected|is a built-in/i.test(reply)) return;
    await this.run(as, "practice", { deck });
  }

  /** Sends a command and waits until its reply is final (a deferred reply gets filled in). */
  private async run(
    as: { user: FakeDiscord["botUser"]; roles: string[]; guildId: string; channelId: string },
    name: string,
    options: Record<string, string | boolean | { url: string }> = {},
    subcommand?: string,
  ): Promise<FakeMessage | undefined> {
    const sent = this.fake.slashCommand({ ...as, name, options, ...(subcommand ? { subcommand } : {}) });
    await this.fake.responseTo(sent.id, 5000);
    return this.fake
      .waitFor(
        () => {
          const m = this.fake.originalMessage(sent.token);
          return m && !(m.flags & 128) ? m : undefined;
        },
        15_000,
        `the reply to /${name}`,
      )
      .catch(() => undefined);
  }
}
