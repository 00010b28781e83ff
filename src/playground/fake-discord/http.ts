/**
 * HTTP plumbing for the fake REST API: body parsing (JSON and multipart), Discord-shaped errors
 * and a minimal path router.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export interface RecordedFile {
  /** Form field name, e.g. `files[0]`. */
  field: string;
  name: string;
  contentType: string;
  size: number;
  content: Buffer;
}

/** The JSON body Discord sends with 4xx responses. */
export interface DiscordErrorBody {
  code: number;
  message: string;
  errors?: unknown;
  retry_after?: number;
  global?: boolean;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by route handlers; turned into a Discord-shaped JSON error response. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly errors?: unknown,
  ) {
    super(message);
  }

  toReply(): Reply {
    const body: DiscordErrorBody = { message: this.message, code: this.code };
    if (this.errors !== undefined) body.errors = this.errors;
    return { status: this.status, body };
  }
}

// The Discord error codes the fake uses (https://discord.com/developers/docs/topics/opcodes-and-status-codes#json).
export const Errors = {
  unknownChannel: () => new DiscordHttpError(404, 10003, "Unknown Channel"),
  unknownMessage: () => new DiscordHttpError(404, 10008, "Unknown Message"),
  unknownMember: () => new DiscordHttpError(404, 10007, "Unknown Member"),
  unknownUser: () => new DiscordHttpError(404, 10013, "Unknown User"),
  unknownWebhook: () => new DiscordHttpError(404, 10015, "Unknown Webhook"),
  unknownApplication: () => new DiscordHttpError(404, 10002, "Unknown Application"),
  unknownCommand: () => new DiscordHttpError(404, 10063, "Unknown application command"),
  unknownInteraction: () => new DiscordHttpError(404, 10062, "Unknown interaction"),
  alreadyAcknowledged: () => new DiscordHttpError(400, 40060, "Interaction has already been acknowledged."),
  unauthorized: () => new DiscordHttpError(401, 0, "401: Unauthorized"),
  notFound: () => new DiscordHttpError(404, 0, "404: Not Found"),
  methodNotAllowed: () => new DiscordHttpError(405, 0, "405: Method Not Allowed"),
  invalidFormBody: (errors: unknown) => new DiscordHttpError(400, 50035, "Invalid Form Body", errors),
  missingAccess: () => new DiscordHttpError(403, 50001, "Missing Access"),
  missingPermissions: () => new DiscordHttpError(403, 50013, "Missing Permissions"),
  cannotEditOthers: () => new DiscordHttpError(403, 50005, "Cannot edit a message authored by another user"),
};

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * discord.js sends JSON, or `multipart/form-data` with a `payload_json` field plus `files[n]`
 * when attaching files. The multipart parser of the platform's `Response` does the heavy lifting.
 */
export async function parseBody(
  raw: Buffer,
  contentType: string | undefined,
): Promise<{ body: unknown; files: RecordedFile[] }> {
  const files: RecordedFile[] = [];
  if (raw.length === 0) return { body: undefined, files };
  const ct = (contentType ?? "").toLowerCase();
  if (ct.startsWith("application/json")) return { body: JSON.parse(raw.toString("utf8")) as unknown, files };
  if (ct.startsWith("multipart/form-data")) {
    const form = await new Response(new Uint8Array(raw), {
      headers: { "content-type": contentType ?? "" },
    }).formData();
    let body: unknown;
    const extra: Record<string, string> = {};
    for (const [field, value] of form.entries()) {
      if (typeof value === "string") {
        if (field === "payload_json") body = JSON.parse(value) as unknown;
        else extra[field] = value;
      } else {
        const content = Buffer.from(await value.arrayBuffer());
        files.push({ field, name: value.name, contentType: value.type, size: content.length, content });
      }
    }
    if (body === undefined && Object.keys(extra).length > 0) body = extra;
    return { body, files };
  }
  return { body: raw.toString("utf8"), files };
}

export function sendReply(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.status === 204 || reply.body === undefined) {
    res.writeHead(reply.status, headers);
    res.end();
    return;
  }
  const json = JSON.stringify(reply.body);
  headers["content-type"] = "application/json";
  headers["content-length"] = String(Buffer.byteLength(json));
  res.writeHead(reply.status, headers);
  res.end(json);
}

export interface RouteMatch<C> {
  route: Route<C>;
  params: string[];
}

export interface Route<C> {
  method: string;
  pattern: RegExp;
  /** Needs `Authorization: Bot <token>` (interaction and webhook-token routes do not). */
  auth: boolean;
  /** Which limit check applies to the body. */
  check?: "create" | "edit" | "callback" | "commands";
  handle: (ctx: C, params: string[]) => Reply;
}

/** `/channels/:id/messages/:mid` → `^/channels/([^/]+)/messages/([^/]+)$`. */
export function pathPattern(path: string): RegExp {
  const source = path
    .split("/")
    .map((part) => (part.startsWith(":") ? "([^/]+)" : part.replace(/[.*+?^${}()|[\]\\@]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${source}$`);
}

export function matchRoute<C>(
  routes: Route<C>[],
  method: string,
  path: string,
): RouteMatch<C> | "method" | undefined {
  let pathMatched = false;
  for (const route of routes) {
    const m = route.pattern.exec(path);
    if (!m) continue;
    pathMatched = true;
    if (route.method === method) return { route, params: m.slice(1) };
  }
  return pathMatched ? "method" : undefined;
}
