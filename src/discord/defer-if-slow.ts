import type { ChatInputCommandInteraction, InteractionEditReplyOptions } from "discord.js";

/** Past this, the reply is deferred: Discord drops an interaction not answered within 3 s. */
const DEFER_AFTER_MS = 1500;

/**
 * For a command whose answer is usually quick but may take long (a slow store): call first, then
 * `reply` with the answer. If the answer isn't ready after DEFER_AFTER_MS, the interaction is
 * deferred meanwhile and `reply` edits the answer in, so the member still gets it.
 */
export function deferIfSlow(i: ChatInputCommandInteraction): {
  reply(body: InteractionEditReplyOptions): Promise<void>;
} {
  let deferred: Promise<unknown> | undefined;
  const timer = setTimeout(() => (deferred = i.deferReply()), DEFER_AFTER_MS);
  return {
    async reply(body) {
      clearTimeout(timer);
      if (!deferred) {
        await i.reply(body as Parameters<ChatInputCommandInteraction["reply"]>[0]);
        return;
      }
      await deferred;
      await i.editReply(body);
    },
  };
}
