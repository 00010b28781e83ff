import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from "discord.js";
import type { APIComponentInMessageActionRow } from "discord.js";
import { encodeCustomId, type CustomId } from "../custom-id.js";

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/** Cuts text to a Discord limit, marking the cut so a reader sees it was shortened. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/** A fenced code block that deck text cannot break out of. */
export function codeBlock(code: string, language = ""): string {
  return "```" + language + "\n" + code.replaceAll("```", "`\u200b``") + "\n```";
}

export const relativeTime = (ms: number) => `<t:${Math.floor(ms / 1000)}:R>`;
export const userRef = (id: string) => `<@${id}>`;

export function button(
  id: CustomId,
  label: string,
  style: ButtonStyle = ButtonStyle.Secondary,
  emoji?: string,
): APIButtonComponent {
  return {
    type: ComponentType.Button,
    custom_id: encodeCustomId(id),
    label,
    style,
    ...(emoji ? { emoji: { name: emoji } } : {}),
  } as APIButtonComponent;
}

export function row(...components: APIComponentInMessageActionRow[]): Row {
  return { type: ComponentType.ActionRow, components };
}

export const COLORS = {
  easy: 0x57f287,
  medium: 0xfee75c,
  hard: 0xed4245,
  info: 0x5865f2,
  done: 0x99aab5,
} as const;

/** Discord message options shared by every message: nothing in it may ping anyone. */
export const NO_PINGS = { allowedMentions: { parse: [] as [], repliedUser: false } };
