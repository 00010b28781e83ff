/**
 * Modals: the bot's MODAL callback (type 9) and a user's MODAL_SUBMIT (interaction type 5).
 * Kept apart from server.ts so the playground can render a modal from the same data.
 * Discord's limits (.../interactions/receiving-and-responding#interaction-response-object-modal,
 * .../components/reference#text-input): custom_id 1-100, title 1-45, 1-5 action rows of exactly one
 * text input each, label 1-45, max_length 1-4000, min_length 0-4000, value/placeholder within them.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** A modal's text input as a user sees it. */
export interface FakeTextInput {
  customId: string;
  label: string;
  style: number;
  required: boolean;
  minLength: number;
  maxLength: number;
}

export interface FakeModal {
  customId: string;
  title: string;
  inputs: FakeTextInput[];
}

/** Problems of a MODAL callback's `data`; empty means Discord would accept it. */
export function checkModal(data: unknown): string[] {
  if (!isObj(data)) return ["modal callback without data"];
  const problems: string[] = [];
  const id = str(data.custom_id);
  if (!id || id.length > 100)
    problems.push(`modal custom_id must be 1-100 characters (got ${id?.length ?? "none"})`);
  const title = str(data.title);
  if (!title || title.length > 45)
    problems.push(`modal title must be 1-45 characters (got ${title?.length ?? "none"})`);
  const rows = Array.isArray(data.components) ? data.components : [];
  if (rows.length < 1 || rows.length > 5) problems.push(`modal needs 1-5 rows (got ${rows.length})`);
  rows.forEach((r, n) => {
    const inner = isObj(r) && r.type === 1 && Array.isArray(r.components) ? r.components : null;
    if (!inner || inner.length !== 1)
      return problems.push(`modal row ${n} must be an action row with one text input`);
    const input = inner[0];
    if (!isObj(input) || input.type !== 4)
      return problems.push(`modal row ${n} holds a component that is not a text input`);
    const cid = str(input.custom_id);
    if (!cid || cid.length > 100) problems.push(`text input ${n}: custom_id must be 1-100 characters`);
    const label = str(input.label);
    if (!label || label.length > 45)
      problems.push(`text input ${n}: label must be 1-45 characters (got ${label?.length ?? "none"})`);
    if (input.style !== 1 && input.style !== 2)
      problems.push(`text input ${n}: style must be 1 (short) or 2 (paragraph)`);
    const max = input.max_length;
    if (max !== undefined && (!Number.isInteger(max) || (max as number) < 1 || (max as number) > 4000))
      problems.push(`text input ${n}: max_length must be 1-4000 (got ${String(max)})`);
    const min = input.min_length;
    if (min !== undefined && (!Number.isInteger(min) || (min as number) < 0 || (min as number) > 4000))
      problems.push(`text input ${n}: min_length must be 0-4000 (got ${String(min)})`);
  });
  return problems;
}

/** The modal as a user sees it (call checkModal first: this assumes a valid one). */
export function readModal(data: Obj): FakeModal {
  const rows = Array.isArray(data.components) ? data.components.filter(isObj) : [];
  return {
    customId: str(data.custom_id) ?? "",
    title: str(data.title) ?? "",
    inputs: rows.flatMap((r) =>
      (Array.isArray(r.components) ? r.components.filter(isObj) : []).map((c) => ({
        customId: str(c.custom_id) ?? "",
        label: str(c.label) ?? "",
        style: typeof c.style === "number" ? c.style : 1,
        required: c.required !== false,
        minLength: typeof c.min_length === "number" ? c.min_length : 0,
        maxLength: typeof c.max_length === "number" ? c.max_length : 4000,
      })),
    ),
  };
}

/**
 * `data` of the MODAL_SUBMIT a user sends by filling `modal` with `values` (by input custom_id).
 * Throws what Discord's client would not let a user send: a missing required field, a value too
 * long or too short, an input the modal does not have.
 */
export function modalSubmitData(modal: FakeModal, values: Record<string, string>): Obj {
  for (const key of Object.keys(values)) {
    if (!modal.inputs.some((i) => i.customId === key))
      throw new Error(`fake-discord: modal ${modal.customId} has no input "${key}"`);
  }
  const components = modal.inputs.map((input) => {
    const value = values[input.customId] ?? "";
    if (input.required && value.length === 0)
      throw new Error(`fake-discord: "${input.label}" is required in modal ${modal.customId}`);
    if (value.length > input.maxLength || (value.length > 0 && value.length < input.minLength))
      throw new Error(
        `fake-discord: "${input.label}" takes ${input.minLength}-${input.maxLength} characters, got ${value.length}`,
      );
    return { type: 1, components: [{ type: 4, custom_id: input.customId, value }] };
  });
  return { custom_id: modal.customId, components };
}
