import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import type { z } from "zod";
import {
  ActionSchemas,
  chooseOption,
  clickButton,
  PlayActionError,
  runAutocomplete,
  runCommand,
  sendModal,
  type ActionResult,
} from "./actions.js";
import type { PageAssets } from "./bundle.js";
import type { FakeDiscord } from "./fake-discord/index.js";
import { channelView, stateSignature } from "./view.js";
import { PLAY_MEMBERS } from "./world.js";

/** Largest request body: a dropped deck file (512 KB) as JSON text, with room to spare. */
const MAX_BODY = 3 * 1024 * 1024;
const POLL_MS = 100;

export interface PlayServer {
  url: string;
  close(): Promise<void>;
}

interface Watcher {
  socket: WebSocket;
  member: string;
  channel: string;
  lastSent: string;
}

type Handler = (fake: FakeDiscord, body: never) => Promise<ActionResult>;
const ACTIONS: Record<string, { schema: z.ZodType; run: Handler }> = {
  "/api/command": { schema: ActionSchemas.command, run: runCommand },
  "/api/autocomplete": { schema: ActionSchemas.autocomplete, run: runAutocomplete },
  "/api/button": { schema: ActionSchemas.button, run: clickButton },
  "/api/select": { schema: ActionSchemas.select, run: chooseOption },
  "/api/modal": { schema: ActionSchemas.modal, run: sendModal },
};

/**
 * The page, its actions and a WebSocket of live channel contents, on 127.0.0.1 only.
 * `beforePage` runs on every page load (the deck preview re-reads its file there).
 */
export async function servePlayground(opts: {
  fake: FakeDiscord;
  assets: PageAssets;
  port: number;
  defaultMember: string;
  beforePage?: () => Promise<void>;
}): Promise<PlayServer> {
  const { fake, assets } = opts;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) json(res, 500, { error: err instanceof Error ? err.message : String(err) });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (!fromThisPage(req)) return json(res, 403, { error: "the playground only answers its own page" });
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    if (req.method === "GET") {
      if (path === "/") {
        await opts.beforePage?.();
        return send(res, 200, "text/html; charset=utf-8", assets.html);
      }
      if (path === "/app.js") return send(res, 200, "text/javascript; charset=utf-8", assets.js);
      if (path === "/style.css") return send(res, 200, "text/css; charset=utf-8", assets.css);
      if (path === "/api/world") return json(res, 200, world());
      if (path === "/api/commands") return json(res, 200, fake.registeredCommands());
      return json(res, 404, { error: "not found" });
    }
    const action = req.method === "POST" ? ACTIONS[path] : undefined;
    if (!action) return json(res, 404, { error: "not found" });
    // JSON only: other sites cannot send that without a CORS preflight, which is never granted.
    if (!String(req.headers["content-type"]).startsWith("application/json"))
      return json(res, 415, { error: "send JSON" });
    let raw: unknown;
    try {
      raw = JSON.parse(await readBody(req));
    } catch (err) {
      return json(res, 400, { error: err instanceof Error ? err.message : "bad request body" });
    }
    const parsed = action.schema.safeParse(raw);
    if (!parsed.success) return json(res, 400, { error: parsed.error.issues[0]?.message ?? "bad request" });
    try {
      return json(res, 200, await action.run(fake, parsed.data as never));
    } catch (err) {
      if (err instanceof PlayActionError) return json(res, 422, { error: err.message });
      throw err;
    }
  }

  function world() {
    return {
      bot: fake.botUser.global_name ?? fake.botUser.username,
      defaultMember: opts.defaultMember,
      members: PLAY_MEMBERS.map((m) => ({
        id: m.user.id,
        name: m.user.global_name ?? m.user.username,
        label: m.label,
      })),
      guilds: fake.guilds.map((g) => ({
        id: g.id,
        name: g.name,
        channels: (g.channels ?? []).map((c) => ({ id: c.id, name: c.name })),
      })),
    };
  }

  // Live updates: each page says who it is and which channel it shows; it gets that view whenever it changes.
  const watchers = new Set<Watcher>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  server.on("upgrade", (req, socket, head) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    if (url.pathname !== "/live" || !fromThisPage(req)) return socket.destroy();
    wss.handleUpgrade(req, socket, head, (ws) => {
      const watcher: Watcher = { socket: ws, member: "", channel: "", lastSent: "" };
      watchers.add(watcher);
      ws.on("message", (data) => {
        try {
          const msg = JSON.parse(String(data)) as { member?: unknown; channel?: unknown };
          if (typeof msg.member === "string" && typeof msg.channel === "string") {
            watcher.member = msg.member;
            watcher.channel = msg.channel;
            watcher.lastSent = "";
            push(watcher);
          }
        } catch {
          /* a malformed frame from the page: ignore it */
        }
      });
      ws.on("close", () => watchers.delete(watcher));
    });
  });
  const push = (w: Watcher) => {
    if (!w.channel) return;
    const text = JSON.stringify({
      type: "messages",
      channel: w.channel,
      messages: channelView(fake, w.channel, w.member),
    });
    if (text === w.lastSent) return;
    w.lastSent = text;
    w.socket.send(text);
  };
  let signature = "";
  // The fake has no change events; a signature of its message state every 100 ms is cheap and enough.
  const poll = setInterval(() => {
    const next = stateSignature(fake);
    if (next === signature) return;
    signature = next;
    for (const w of watchers) push(w);
  }, POLL_MS);

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      clearInterval(poll);
      for (const w of watchers) w.socket.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/**
 * Loopback is not a wall against the browser: any site open in it could call 127.0.0.1 or rebind a
 * name to it. Answer only requests addressed to this host by name and, when sent by a page, from it.
 */
function fromThisPage(req: IncomingMessage): boolean {
  const host = req.headers.host ?? "";
  if (!/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${host}`;
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" }).end(body);
}

function json(res: ServerResponse, status: number, body: unknown) {
  send(res, status, "application/json", JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error("request body too large");
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
