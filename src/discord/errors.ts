import { tr, type Locale, type Strings } from "../strings.js";

/** A sentence picked from the catalogue of whoever reads it. */
export type Message = string | ((t: Strings) => string);

/**
 * A failure the user caused or can fix: its message is shown to them privately. Given as a
 * function of the catalogue, it is worded in the member's language when it is shown (the router
 * knows the interaction's locale; the code that throws doesn't need to).
 */
export class UserError extends Error {
  override name = "UserError";
  private readonly text: Message;

  constructor(text: Message) {
    super(typeof text === "string" ? text : text(tr("en")));
    this.text = text;
  }

  /** The message in `locale`. */
  in(locale: Locale): string {
    return typeof this.text === "string" ? this.text : this.text(tr(locale));
  }
}
