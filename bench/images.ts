/**
 * Pictures (issue 15): how long one takes to draw, and whether drawing them slows other servers'
 * clicks. `npx tsx bench/run.ts images` runs this part alone (build first: the bot runs from dist/).
 *
 *   1. render time per picture through the worker pool, one at a time (what a /stats waits for)
 *   2. the real bot: 20 members ask /stats (each draws a card) in one channel while 200 players
 *      answer a question in another within 1 s; the clicks' latency is what the target is about
 */
import { setTimeout as sleep } from "node:timers/promises";
import { ImagePool, renderImage, type ImageJob } from "../src/images/index.js";
import {
  buttonsOf,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  type FakeGuild,
  type FakeMessage,
  type FakeUser,
} from "../src/playground/fake-discord/index.js";
import { startBot, startWorld } from "../test/e2e/harness.js";
import { REFERENCE_JOBS } from "../test/images/fixtures.js";
import { paced, percentiles, type Percentiles } from "./measure.js";

export interface ImageBenchResult {
  /** Per picture kind: ms from asking the pool to having the PNG, one job at a time. */
  render: Record<string, Percentiles & { bytes: number }>;
  /** Drawing alone on the main thread (no worker hop), for comparison. */
  renderInline: Record<string, Percentiles>;
  statsRequests: number;
  statsAnsweredMs: Percentiles;
  clicks: Percentiles & { answered: number };
  clicksAlone: Percentiles & { answered: number };
}


const RENDERS = 60;
const STATS = 20;
const PLAYERS = 200;
const OTHER_CHANNEL = "1100000000000000301";
const HOST: FakeUser = { id: "1100000000000000100", username: "alice", global_name: "Alice" };
const player = (i: number): FakeUser => ({ id: String(1_300_000_000_000_000_000n + BigInt(i)), username: `p${i}` });

export async function runImageBench(log: (line: string) => void = () => {}): Promise<ImageBenchResult> {
  const render: ImageBenchResult["render"] = {};
  const renderInline: ImageBenchResult["renderInline"] = {};
  const pool = new ImagePool();
  try {
    for (const [name, job] of Object.entries(REFERENCE_JOBS) as [string, ImageJob][]) {
      await pool.render(job); // warm: worker start-up and font loading are paid once per worker
      const times: number[] = [];
      let bytes = 0;
      for (let k = 0; k < RENDERS; k++) {
        const t0 = performance.now();
        bytes = (await pool.render(job)).length;
        times.push(performance.now() - t0);
      }
      render[name] = { ...percentiles(times), bytes };
      const inline: number[] = [];
      for (let k = 0; k < 20; k++) {
        const t0 = performance.now();
        renderImage(job);
        inline.push(performance.now() - t0);
      }
      renderInline[name] = percentiles(inline);
      log(`images: ${name} p50 ${render[name].p50.toFixed(1)} p95 ${render[name].p95.toFixed(1)} ms, ${bytes} bytes`);
    }
  } finally {
    await pool.close();
  }

  const guild: FakeGuild = {
    id: DEFAULT_GUILD_ID,
    name: "Bench Guild",
    ownerId: "1100000000000000099",
    channels: [
      { id: DEFAULT_CHANNEL_ID, name: "general" },
      { id: OTHER_CHANNEL, name: "stats" },
    ],
  };
  const world = await startWorld({ guilds: [guild] });
  const bot = await startBot(world, { LOG_LEVEL: "info" }, { compiled: true });
  const fake = world.fake;
  try {
    const question = async (seen: Set<string>) => {
      fake.slashCommand({ name: "practice", options: { deck: "python-asyncio", questions: 2, timer: 120 }, user: HOST });
      return fake.waitFor(
        () => fake.channelMessages(DEFAULT_CHANNEL_ID).find((m) => !seen.has(m.id) && buttonsOf(m).some((b) => String(b.custom_id).startsWith("q1.a."))),
        10_000,
        "a question",
      );
    };
    const answerIds = (m: FakeMessage) => buttonsOf(m).map((b) => String(b.custom_id)).filter((id) => id.startsWith("q1.a."));
    const clickCrowd = async (m: FakeMessage, offset: number) => {
      const ids = answerIds(m);
      const sent = await paced(PLAYERS, 1000, (k) => fake.clickButton({ messageId: m.id, customId: ids[k % ids.length]!, user: player(offset + k), channelId: DEFAULT_CHANNEL_ID }).id);
      await fake.waitFor(() => sent.every((id) => (fake.interactions.get(id)?.callbacks.length ?? 0) > 0) || undefined, 20_000, "every click answered");
      const latencies = sent.map((id) => {
        const it = fake.interactions.get(id)!;
        return it.callbacks[0]!.at - it.sentAt;
      });
      const answered = sent.filter((id) => /Correct|Not quite/.test(String(fake.interactions.get(id)?.response?.body.data?.content))).length;
      return { ...percentiles(latencies), answered };
    };
    const stop = async () => {
      fake.slashCommand({ name: "stop", options: {}, user: HOST });
      await sleep(500);
    };

    // Players who have stats to draw: each answers once first.
    const seen = new Set<string>();
    const warm = await question(seen);
    seen.add(warm.id);
    await clickCrowd(warm, 0);
    await stop();

    const alone = await question(seen);
    seen.add(alone.id);
    const clicksAlone = await clickCrowd(alone, 1000);
    await stop();

    const busy = await question(seen);
    seen.add(busy.id);
    const statsSent = await paced(STATS, 200, (k) => fake.slashCommand({ name: "stats", options: {}, user: player(k), channelId: OTHER_CHANNEL }));
    const clicks = await clickCrowd(busy, 2000);
    const statsDone = await fake.waitFor(
      () => {
        const msgs = statsSent.map((s) => fake.originalMessage(s.token));
        return msgs.every((m) => m && m.attachments.length > 0) ? msgs : undefined;
      },
      30_000,
      "every /stats picture",
    );
    const waits = statsDone.map((m, k) => Date.parse(m!.edited_timestamp ?? m!.timestamp) - fake.interactions.get(statsSent[k]!.id)!.sentAt);
    const statsAnsweredMs = percentiles(waits);
    await stop();
    log(`images: clicks while drawing p99 ${clicks.p99} ms (alone ${clicksAlone.p99} ms); /stats with picture p95 ${Math.round(statsAnsweredMs.p95)} ms`);
    return { render, renderInline, statsRequests: STATS, statsAnsweredMs, clicks, clicksAlone };
  } finally {
    await bot.stop("SIGKILL");
    await world.close();
  }
}

const TARGETS = { renderP95Ms: 60, clicksWhileDrawingP99Ms: 30 };
const met = (ok: boolean) => (ok ? "**met**" : "**missed**");

export function imageTargets(r: ImageBenchResult): string[] {
  const worst = Math.max(...Object.values(r.render).map((v) => v.p95));
  return [
    `| render time per picture p95 <= ${TARGETS.renderP95Ms} ms (worker pool, ${RENDERS} each) | worst ${worst.toFixed(1)} ms (${Object.entries(r.render).map(([k, v]) => `${k} ${v.p95.toFixed(1)}`).join(", ")} ms) | ${met(worst <= TARGETS.renderP95Ms)} |`,
    `| p99 of ${PLAYERS} players' clicks in another channel while ${r.statsRequests} /stats pictures are drawn <= ${TARGETS.clicksWhileDrawingP99Ms} ms | ${r.clicks.p99} ms (p50 ${r.clicks.p50}; the same crowd with nothing drawn: p99 ${r.clicksAlone.p99} ms) | ${met(r.clicks.p99 <= TARGETS.clicksWhileDrawingP99Ms)} |`,
  ];
}

export function imageSection(r: ImageBenchResult): string[] {
  return [
    "## Pictures (bench/images.ts)",
    "",
    "| picture | p50 ms | p95 ms | max ms | PNG bytes | drawn on the main thread, p50 ms |",
    "| --- | --- | --- | --- | --- | --- |",
    ...Object.entries(r.render).map(
      ([k, v]) => `| ${k} | ${v.p50.toFixed(1)} | ${v.p95.toFixed(1)} | ${v.max.toFixed(1)} | ${v.bytes.toLocaleString("en-US")} | ${r.renderInline[k]?.p50.toFixed(1) ?? "n/a"} |`,
    ),
    "",
    `- ${r.statsRequests} /stats (each a card drawn in the bot's worker pool) sent within 0.2 s in one channel, while ${r.clicks.n} players answered a question within 1 s in another: clicks p50 ${r.clicks.p50} / p99 ${r.clicks.p99} / max ${r.clicks.max} ms, ${r.clicks.answered} told Correct/Not quite. The same crowd with no picture being drawn: p99 ${r.clicksAlone.p99} ms.`,
    `- Each /stats, from the command to its picture edited in: p50 ${r.statsAnsweredMs.p50}, p95 ${Math.round(r.statsAnsweredMs.p95)}, max ${r.statsAnsweredMs.max} ms.`,
    "",
  ];
}
