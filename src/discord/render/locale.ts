import { toLocale, tr, type Strings } from "../../strings.js";

/** The catalogue a round (or what was cut from it) is shown in: the language it was started in. */
export function stringsFor(x: { locale?: string | undefined }): Strings {
  return tr(toLocale(x.locale));
}
