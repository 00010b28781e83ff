import type { FakeDiscord, FakeUser, SentInteraction } from "./fake-discord/index.js";

export interface ModalSubmitInput {
  user: FakeUser;
  roles: string[];
  guildId: string;
  channelId: string;
  customId: string;
  /** Text input custom_id → what the member typed. */
  values: Record<string, string>;
  /** The message whose component opened the modal, if any. */
  messageId?: string;
}

type ModalCapable = { submitModal?: (input: ModalSubmitInput) => SentInteraction };

/**
 * Sends a MODAL_SUBMIT (interaction type 5) through the emulator. Modal support in the fake lands
 * separately (typed answers); until the fake has `submitModal`, the page can open and fill a modal
 * but submitting it says so instead of pretending.
 */
export function submitModal(fake: FakeDiscord, input: ModalSubmitInput): SentInteraction {
  const capable = fake as unknown as ModalCapable;
  if (typeof capable.submitModal !== "function")
    throw new Error("fake-discord: this emulator cannot submit modals yet (MODAL_SUBMIT is not implemented)");
  return capable.submitModal(input);
}
