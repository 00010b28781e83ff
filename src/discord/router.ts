import { randomBytes } from "node:crypto";
import {
  MessageFlags,
  type ButtonInteraction,
  type Interaction,
  type RepliableInteraction,
} from "discord.js";
import type { Command } from "./command.js";
import type { BotContext } from "./context.js";
import { parseCustomId, type CustomId } from "./custom-id.js";
import { UserError } from "./errors.js";
import { memberLocale, memberStrings } from "./locale.js";
import { answerQuestion } from "./rounds/answer-question.js";
import { openConceptPicker, submitConcepts } from "./rounds/check-concepts.js";
import { showNextItem } from "./rounds/next-item.js";
import { gradeCardClick, showCardBack } from "./rounds/recall-card.js";
import { revealNow, useHint } from "./rounds/use-hint.js";
import { StoreError } from "../store/index.js";
import { turnDeckListPage } from "./commands/deck/browse.js";
import { metrics } from "../metrics.js";
import { openAnswerModal, submitTypedAnswer } from "./rounds/typed-answer.js";
import { overrideClick } from "./rounds/override-answer.js";

type ButtonHandler = (ctx: BotContext, i: ButtonInteraction, cid: CustomId) => Promise<void>;

const BUTTONS: Partial<Record<CustomId["kind"], ButtonHandler>> = {
  answer: answerQuestion,
  hint: useHint,
  reveal: revealNow,
  showCard: showCardBack,
  grade: gradeCardClick,
  check: openConceptPicker,
  next: showNextItem,
  page: turnDeckListPage,
  typeAnswer: openAnswerModal,
  override: overrideClick,
};

/** Routes every interaction; the one place where failures become a private message and a log line. */
export function createRouter(ctx: BotContext, commands: ReadonlyMap<string, Command>) {
  const seen = new RecentIds(10_000);
  return async function route(i: Interaction): Promise<void> {
    // Discord may deliver an event twice (e.g. replayed after a resume); only the first is handled.
    if (!seen.add(i.id)) {
      ctx.log.warn({ interaction: i.id, guild: i.guildId }, "duplicate interaction ignored");
      return;
    }
    const started = Date.now();
    const kind = describe(i);
    try {
      if (i.isAutocomplete()) {
        await commands.get(i.commandName)?.autocomplete(ctx, i);
      } else if (i.isChatInputCommand()) {
        const command = commands.get(i.commandName);
        if (!command) throw new UserError((t) => t.badButton);
        await command.execute(ctx, i);
      } else if (i.isModalSubmit()) {
        const cid = parseCustomId(i.customId);
        if (cid?.kind !== "typedAnswer") throw new UserError((t) => t.badButton);
        await submitTypedAnswer(ctx, i, cid);
      } else if (i.isButton() || i.isStringSelectMenu()) {
        const cid = parseCustomId(i.customId);
        if (!cid) {
          ctx.log.warn(
            { customId: String(i.customId ?? "").slice(0, 120), user: i.user.id, guild: i.guildId },
            "unparsable custom_id",
          );
          throw new UserError((t) => t.badButton);
        }
        if (i.isStringSelectMenu()) {
          if (cid.kind !== "concepts") throw new UserError((t) => t.badButton);
          await submitConcepts(ctx, i, cid);
        } else {
          const handler = BUTTONS[cid.kind];
          if (!handler) throw new UserError((t) => t.badButton);
          await handler(ctx, i, cid);
        }
      }
      const ms = Date.now() - started;
      metrics.interaction(kind, "ok", ms);
      // Autocomplete fires on every keystroke: debug, or it would drown the lines that matter.
      const level = i.isAutocomplete() ? "debug" : "info";
      ctx.log[level]({ kind, interaction: i.id, guild: i.guildId, ms, outcome: "ok" }, "interaction");
    } catch (err) {
      await fail(ctx, i, kind, err, started);
    }
  };
}

function describe(i: Interaction): string {
  if (i.isChatInputCommand() || i.isAutocomplete()) {
    const sub = i.options.getSubcommand(false);
    return `${i.isAutocomplete() ? "autocomplete" : "command"}:${i.commandName}${sub ? ` ${sub}` : ""}`;
  }
  // Defensive: a malformed payload must not throw here, outside the handler's try.
  if (i.isMessageComponent())
    return `component:${parseCustomId(String(i.customId ?? ""))?.kind ?? "invalid"}`;
  if (i.isModalSubmit()) return `modal:${parseCustomId(String(i.customId ?? ""))?.kind ?? "invalid"}`;
  return `type:${i.type}`;
}

async function fail(ctx: BotContext, i: Interaction, kind: string, err: unknown, started: number) {
  let message: string;
  metrics.interaction(kind, err instanceof UserError ? "refused" : "error", Date.now() - started);
  if (err instanceof UserError) {
    message = err.in(memberLocale(i));
    ctx.log.info(
      {
        kind,
        interaction: i.id,
        guild: i.guildId,
        user: i.user.id,
        ms: Date.now() - started,
        outcome: "refused",
        reason: err.message,
      },
      "interaction refused",
    );
  } else {
    const ref = randomBytes(4).toString("hex");
    const t = memberStrings(i);
    message = err instanceof StoreError ? `${t.storeUnavailable} (ref \`${ref}\`)` : t.genericFailure(ref);
    ctx.log.error(
      {
        err,
        ref,
        kind,
        interaction: i.id,
        guild: i.guildId,
        user: i.user.id,
        ms: Date.now() - started,
        outcome: "error",
      },
      "interaction failed",
    );
  }
  if (!i.isRepliable()) return;
  await tell(i, message).catch((e: unknown) =>
    ctx.log.warn({ err: e, kind }, "could not tell the user about a failure"),
  );
}

async function tell(i: RepliableInteraction, content: string) {
  // A private deferral is answered in place; anything else gets a private follow-up.
  if (i.deferred && !i.replied && i.ephemeral) await i.editReply({ content });
  else if (i.replied || i.deferred) await i.followUp({ content, flags: MessageFlags.Ephemeral });
  else await i.reply({ content, flags: MessageFlags.Ephemeral });
}

/** A bounded set of recently seen ids (oldest dropped first). */
class RecentIds {
  private readonly ids = new Set<string>();
  constructor(private readonly max: number) {}

  /** false when the id was seen already. */
  add(id: string): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.max) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}
