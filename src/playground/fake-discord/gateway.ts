/**
 * The fake gateway: a WebSocket endpoint speaking Discord's gateway protocol (v10, JSON, no
 * compression) well enough for @discordjs/ws 1.x:
 *
 *   connect → HELLO(op 10) → client heartbeats (op 1) → HEARTBEAT_ACK (op 11)
 *   IDENTIFY (op 2) → READY (guilds listed as unavailable) → one GUILD_CREATE per guild
 *   RESUME (op 6) → replay of missed dispatches → RESUMED
 *
 * Sharding: IDENTIFY's `shard: [id, count]` is honoured like on Discord. READY echoes it and lists
 * only that shard's guilds ((guild_id >> 22) % count), GUILD_CREATEs follow for those only, and a
 * dispatch about a guild goes to the session of the shard owning it. Sessions of several shards
 * (even from several processes) can be connected at once.
 *
 * Every dispatch gets a sequence number and is kept per session, so a dropped connection can
 * resume and receive what it missed, like on Discord. Payloads are always sent as text frames:
 * @discordjs/ws parses text frames as plain JSON even when it negotiated zlib-stream, so the fake
 * never has to compress (see README.md).
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocket, WebSocketServer, type RawData } from "ws";
import { sessionId } from "./ids.js";

type Obj = Record<string, unknown>;

const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

interface DispatchPayload {
  op: 0;
  t: string;
  s: number;
  d: unknown;
}

type ShardPair = [id: number, count: number];

/** Discord's rule: which shard receives a guild's events. */
export function shardOfGuild(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

interface Session {
  id: string;
  shard: ShardPair;
  seq: number;
  /** Every dispatch of this session, for replay on RESUME. */
  events: DispatchPayload[];
  socket?: WebSocket;
  /** READY/RESUMED has been sent on `socket` (the client accepts dispatches). */
  live: boolean;
}

export interface GatewayStats {
  /** WebSocket connections accepted. */
  connections: number;
  identifies: number;
  resumes: number;
  heartbeats: number;
  /** `d` of the last IDENTIFY (token, intents, properties, compress, shard...). */
  lastIdentify?: Obj;
  /** Query string of the last connection (`v`, `encoding`, `compress`). */
  lastQuery?: Record<string, string>;
}

export interface GatewayHooks {
  token: () => string;
  heartbeatIntervalMs: number;
  /** READY `d` for a new session (without `session_id`, `resume_gateway_url`, filled in here). */
  ready: (shard: ShardPair) => Obj;
  /** GUILD_CREATE payloads for the guilds of `shard`. */
  guildCreates: (shard: ShardPair) => Obj[];
  resumeUrl: () => string;
  log: (line: string) => void;
}

const MAX_BUFFERED_EVENTS = 5000;

export class FakeGateway {
  readonly stats: GatewayStats = { connections: 0, identifies: 0, resumes: 0, heartbeats: 0 };
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Map<string, Session>();
  private readonly sockets = new Set<WebSocket>();
  /** The most recently identified/resumed session: where `dispatch` goes without a guild. */
  private current?: Session;
  /** The latest session of each shard id: where a guild's dispatches go. */
  private readonly byShard = new Map<number, Session>();

  constructor(private readonly hooks: GatewayHooks) {
    this.wss.on("connection", (ws, req) => this.onConnection(ws, req));
  }

  /** True when a session is connected and has received READY (or RESUMED). */
  get connected(): boolean {
    const s = this.current;
    return Boolean(s?.live && s.socket?.readyState === WebSocket.OPEN);
  }

  get sessionId(): string | undefined {
    return this.current?.id;
  }

  /** Shard ids with a connected session that has received READY (or RESUMED). */
  connectedShards(): number[] {
    return [...this.byShard.values()]
      .filter((s) => s.live && s.socket?.readyState === WebSocket.OPEN)
      .map((s) => s.shard[0])
      .sort((a, b) => a - b);
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit("connection", ws, req));
  }

  /**
   * Sends a dispatch (op 0) to the current session. While the socket is down the event is only
   * buffered; it is replayed when the client resumes (exactly what Discord does).
   */
  dispatch(t: string, d: unknown, guildId?: string): void {
    const session = guildId === undefined ? this.current : this.sessionFor(guildId);
    if (!session)
      throw new Error(
        `fake-discord: cannot dispatch ${t}${guildId ? ` for guild ${guildId}` : ""}: no gateway session ` +
          "for it yet (await fake.waitForReady())",
      );
    this.sendDispatch(session, t, d);
  }

  /** The session of the shard owning `guildId` (every session agrees on the shard count). */
  sessionFor(guildId: string): Session | undefined {
    const count = this.current?.shard[1] ?? 1;
    return this.byShard.get(shardOfGuild(guildId, count));
  }

  /**
   * Drops the current connection. Without a code the TCP socket is destroyed (a network blip:
   * the client sees 1006 and resumes). With a code the socket is closed cleanly with it: 4000
   * → the client resumes, 1000 → the client starts a new session (re-identify, which
   * @discordjs/ws throttles to one per ~5 s).
   */
  drop(code?: number): boolean {
    const session = this.current;
    const socket = session?.socket;
    if (!session || !socket) return false;
    session.socket = undefined;
    session.live = false;
    this.hooks.log(`gateway: dropping connection${code ? ` with code ${code}` : " (terminate)"}`);
    if (code === undefined) socket.terminate();
    else socket.close(code, "fake-discord drop");
    return true;
  }

  /** Sends op 7 RECONNECT: the client closes and resumes on a new connection. */
  requestReconnect(): void {
    this.send(this.current?.socket, { op: Op.Reconnect, d: null });
  }

  /** Sends op 9 INVALID_SESSION: `resumable=false` makes the client re-identify. */
  invalidateSession(resumable = false): void {
    this.send(this.current?.socket, { op: Op.InvalidSession, d: resumable });
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    this.sockets.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private onConnection(ws: WebSocket, req: IncomingMessage): void {
    this.stats.connections += 1;
    this.sockets.add(ws);
    const query = Object.fromEntries(new URL(req.url ?? "/", "http://localhost").searchParams);
    this.stats.lastQuery = query;
    this.hooks.log(`gateway: connection ${req.url ?? ""}`);

    if (query.encoding && query.encoding !== "json") {
      // Only JSON is implemented; etf would need a binary codec.
      ws.close(4002, "fake-discord only supports encoding=json");
      return;
    }

    let session: Session | undefined;
    ws.on("message", (raw: RawData, isBinary: boolean) => {
      let payload: { op?: unknown; d?: unknown };
      try {
        payload = JSON.parse(
          isBinary ? Buffer.from(raw as Buffer).toString("utf8") : raw.toString(),
        ) as typeof payload;
      } catch {
        ws.close(4002, "Error while decoding payload.");
        return;
      }
      const d = (payload.d ?? {}) as Obj;
      switch (payload.op) {
        case Op.Heartbeat:
          this.stats.heartbeats += 1;
          this.send(ws, { op: Op.HeartbeatAck });
          return;
        case Op.Identify:
          if (session) {
            ws.close(4005, "Already authenticated.");
            return;
          }
          if (d.token !== this.hooks.token()) {
            ws.close(4004, "Authentication failed.");
            return;
          }
          session = this.identify(ws, d);
          return;
        case Op.Resume:
          if (d.token !== this.hooks.token()) {
            ws.close(4004, "Authentication failed.");
            return;
          }
          session = this.resume(ws, d);
          return;
        case Op.PresenceUpdate:
        case Op.VoiceStateUpdate:
        case Op.RequestGuildMembers:
          return; // accepted and ignored
        default:
          ws.close(4001, "Unknown opcode.");
      }
    });
    ws.on("close", (code) => {
      this.sockets.delete(ws);
      this.hooks.log(`gateway: connection closed (${code})`);
      if (session?.socket === ws) {
        session.socket = undefined;
        session.live = false;
      }
    });
    ws.on("error", (err) => this.hooks.log(`gateway: socket error ${err.message}`));

    this.send(ws, {
      op: Op.Hello,
      d: { heartbeat_interval: this.hooks.heartbeatIntervalMs, _trace: ["fake-discord"] },
    });
  }

  private identify(ws: WebSocket, d: Obj): Session {
    this.stats.identifies += 1;
    this.stats.lastIdentify = d;
    const shard: ShardPair =
      Array.isArray(d.shard) && typeof d.shard[0] === "number" && typeof d.shard[1] === "number"
        ? [d.shard[0], d.shard[1]]
        : [0, 1];
    const session: Session = { id: sessionId(), shard, seq: 0, events: [], socket: ws, live: false };
    this.sessions.set(session.id, session);
    this.current = session;
    this.byShard.set(shard[0], session);
    this.hooks.log(
      `gateway: IDENTIFY intents=${String(d.intents)} shard=${shard.join("/")} → session ${session.id}`,
    );
    this.sendDispatch(session, "READY", {
      ...this.hooks.ready(shard),
      session_id: session.id,
      resume_gateway_url: this.hooks.resumeUrl(),
    });
    session.live = true;
    for (const guild of this.hooks.guildCreates(shard)) this.sendDispatch(session, "GUILD_CREATE", guild);
    return session;
  }

  private resume(ws: WebSocket, d: Obj): Session | undefined {
    const session = typeof d.session_id === "string" ? this.sessions.get(d.session_id) : undefined;
    if (!session) {
      this.hooks.log(`gateway: RESUME of unknown session ${String(d.session_id)} → INVALID_SESSION`);
      this.send(ws, { op: Op.InvalidSession, d: false });
      return undefined;
    }
    this.stats.resumes += 1;
    // A session lives on one socket; a stale one (if any) is cut off.
    if (session.socket && session.socket !== ws) session.socket.terminate();
    session.socket = ws;
    this.current = session;
    this.byShard.set(session.shard[0], session);
    const since = typeof d.seq === "number" ? d.seq : 0;
    const missed = session.events.filter((e) => e.s > since);
    this.hooks.log(`gateway: RESUME session ${session.id} from seq ${since}, replaying ${missed.length}`);
    for (const event of missed) this.send(ws, event);
    this.sendDispatch(session, "RESUMED", null, false);
    session.live = true;
    return session;
  }

  private sendDispatch(session: Session, t: string, d: unknown, keep = true): void {
    session.seq += 1;
    const payload: DispatchPayload = { op: Op.Dispatch, t, s: session.seq, d };
    if (keep) {
      session.events.push(payload);
      if (session.events.length > MAX_BUFFERED_EVENTS) session.events.shift();
    }
    this.send(session.socket, payload);
  }

  private send(ws: WebSocket | undefined, payload: object): void {
    if (ws?.readyState === WebSocket.OPEN) ws.send(JSON.stringify(payload));
  }
}
