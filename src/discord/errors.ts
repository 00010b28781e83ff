/** A failure the user caused or can fix: its message is shown to them privately, as is. */
export class UserError extends Error {
  override name = "UserError";
}
