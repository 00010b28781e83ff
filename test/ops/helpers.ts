import { request } from "node:http";
import type { FakeDiscord, FakeUser } from "../../src/playground/fake-discord/index.js";

export async function httpGet(url: string): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** The value of one sample in Prometheus text, e.g. sample(text, 'x_total{kind="a",outcome="ok"}'). */
export function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/** Sends a slash command and waits for its initial response. */
export async function command(
  fake: FakeDiscord,
  name: string,
  options: Record<string, string | number | boolean>,
  opts: { user: FakeUser; guildId?: string; channelId?: string; subcommand?: string },
) {
  const sent = fake.slashCommand({
    name,
    options,
    user: opts.user,
    ...(opts.guildId ? { guildId: opts.guildId } : {}),
    ...(opts.channelId ? { channelId: opts.channelId } : {}),
    ...(opts.subcommand ? { subcommand: opts.subcommand } : {}),
  });
  const res = await fake.responseTo(sent.id, 15_000);
  // A deferred reply (type 5) is completed by an edit of @original: that edit is what players see.
  if (res.body.type === 5) {
    const msg = await fake.waitFor(
      () => {
        const m = fake.originalMessage(sent.token);
        return m && m.editCount > 0 ? m : undefined;
      },
      15_000,
      `the edited reply to /${name}`,
    );
    return { sent, res, data: msg as { content?: string; embeds?: Record<string, unknown>[]; flags?: number } };
  }
  return { sent, res, data: res.body.data ?? {} };
}

/** Polls an async check until it yields a value (fake.waitFor only takes synchronous ones). */
export async function poll<T>(
  check: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
