/**
 * Direct messages: `POST /users/@me/channels` opens (or returns) a user's DM channel, and messages
 * posted in it are kept like any other. A test can make a user refuse DMs (closed privacy
 * settings, or the bot blocked): posting to them then fails as on Discord, 403 / 50007.
 */
import { DiscordHttpError, Errors } from "./http.js";
import { snowflake } from "./ids.js";
import { userPayload, type FakeUser } from "./payloads.js";

type Obj = Record<string, unknown>;

export const cannotSendToUser = () => new DiscordHttpError(403, 50007, "Cannot send messages to this user");

export class FakeDms {
  private readonly channelByUser = new Map<string, string>();
  private readonly userByChannel = new Map<string, string>();
  /** Users whose DMs are closed to the bot. */
  readonly refusing = new Set<string>();

  /** The body of `POST /users/@me/channels`: a DM channel (type 1) with the recipient. */
  open(body: unknown, knownUser: (id: string) => FakeUser | undefined): Obj {
    const recipient = typeof body === "object" && body !== null ? (body as Obj).recipient_id : undefined;
    if (typeof recipient !== "string" || !/^\d{17,20}$/.test(recipient)) {
      throw Errors.invalidFormBody({
        recipient_id: { _errors: [{ code: "BASE_TYPE_REQUIRED", message: "This field is required" }] },
      });
    }
    let id = this.channelByUser.get(recipient);
    if (!id) {
      id = snowflake();
      this.channelByUser.set(recipient, id);
      this.userByChannel.set(id, recipient);
    }
    const user = knownUser(recipient) ?? {
      id: recipient,
      username: `user${recipient.slice(-4)}`,
      global_name: null,
    };
    return { id, type: 1, last_message_id: null, flags: 0, recipients: [userPayload(user)] };
  }

  isDmChannel(channelId: string | undefined): boolean {
    return channelId !== undefined && this.userByChannel.has(channelId);
  }

  /** Throws 50007 when the channel's user refuses DMs. */
  assertCanSend(channelId: string): void {
    const user = this.userByChannel.get(channelId);
    if (user && this.refusing.has(user)) throw cannotSendToUser();
  }

  channelOf(userId: string): string | undefined {
    return this.channelByUser.get(userId);
  }
}
