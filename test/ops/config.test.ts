import { describe, expect, it } from "vitest";
import { alignShardEnv, ConfigError, loadConfig } from "../../src/config.js";
import { startBot, startWorld, TEST_TOKEN } from "../e2e/harness.js";

const load = (env: Record<string, string>) => loadConfig({ DISCORD_TOKEN: TEST_TOKEN, ...env });
const error = (env: Record<string, string>) => {
  try {
    load(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.message;
    throw err;
  }
  throw new Error("no ConfigError");
};

describe("operations settings", () => {
  it("has defaults: no HTTP server (loopback when on), JSON logs, automatic sharding, the quizdeck namespace", () => {
    expect(load({})).toMatchObject({
      httpPort: undefined,
      httpHost: "127.0.0.1",
      privateIdleMs: 3_600_000,
      expirySweepMs: 3_600_000,
      logPretty: false,
      shardCount: "auto",
      shardIds: undefined,
      storeNamespace: "quizdeck",
      managedShard: undefined,
    });
    // Empty values (as in .env.example) mean the default.
    expect(load({ HTTP_PORT: "", SHARD_COUNT: "", SHARD_IDS: "", LOG_PRETTY: "" })).toMatchObject({
      httpPort: undefined,
      shardCount: "auto",
    });
  });

  it("parses ports, shard counts and shard lists", () => {
    expect(load({ HTTP_PORT: "8080", LOG_PRETTY: "1", SHARD_COUNT: "4", SHARD_IDS: "2, 0,2" })).toMatchObject(
      {
        httpPort: 8080,
        logPretty: true,
        shardCount: 4,
        shardIds: [2, 0],
      },
    );
    expect(load({ HTTP_PORT: "0" }).httpPort).toBe(0);
    expect(load({ HTTP_HOST: "0.0.0.0" }).httpHost).toBe("0.0.0.0");
    expect(load({ HTTP_HOST: "::1" }).httpHost).toBe("::1");
    expect(load({ HTTP_HOST: "" }).httpHost).toBe("127.0.0.1");
    expect(load({ PRIVATE_IDLE_MS: "", EXPIRY_SWEEP_MS: "600000" })).toMatchObject({
      privateIdleMs: 3_600_000,
      expirySweepMs: 600_000,
    });
    expect(load({ SHARDS: "3", SHARD_COUNT: "4" }).managedShard).toBe(3);
  });

  it("names the variable to fix in one line", () => {
    expect(error({ HTTP_PORT: "http" })).toMatch(/^HTTP_PORT must be a port number/);
    expect(error({ HTTP_PORT: "70000" })).toMatch(/^HTTP_PORT must be a port number/);
    expect(error({ SHARD_COUNT: "0" })).toMatch(/^SHARD_COUNT must be auto or a whole number/);
    expect(error({ SHARD_IDS: "0;1", SHARD_COUNT: "2" })).toMatch(
      /^SHARD_IDS must be a comma-separated list/,
    );
    expect(error({ SHARD_IDS: "0" })).toMatch(/^SHARD_IDS needs SHARD_COUNT set to a number/);
    expect(error({ SHARD_IDS: "0,2", SHARD_COUNT: "2" })).toMatch(
      /^SHARD_IDS must all be below SHARD_COUNT \(2\)/,
    );
    expect(error({ HTTP_HOST: "http://0.0.0.0" })).toMatch(/^HTTP_HOST must be an address/);
    expect(error({ LOG_PRETTY: "yes" })).toMatch(/^LOG_PRETTY must be 1 or 0/);
    expect(error({ STORE_NAMESPACE: "a b" })).toMatch(/^STORE_NAMESPACE must be/);
    for (const e of [{ SHARD_IDS: "0" }, { HTTP_PORT: "x" }] as Record<string, string>[])
      expect(error(e).split("\n")).toHaveLength(1);
  });

  it("leaves discord.js a SHARD_COUNT it accepts: the number, or none", () => {
    const env: NodeJS.ProcessEnv = { SHARD_COUNT: "auto" };
    alignShardEnv(load({ SHARD_COUNT: "auto" }), env);
    expect("SHARD_COUNT" in env).toBe(false);
    alignShardEnv(load({ SHARD_COUNT: "3" }), env);
    expect(env.SHARD_COUNT).toBe("3");
    const managed: NodeJS.ProcessEnv = { SHARD_COUNT: "8" };
    alignShardEnv(load({ SHARD_COUNT: "8", SHARDS: "5" }), managed);
    expect(managed.SHARD_COUNT).toBe("8");
  });

  it("starts a plain bot with SHARD_COUNT=auto in its environment", async () => {
    const world = await startWorld();
    try {
      const bot = await startBot(world, { SHARD_COUNT: "auto" });
      expect(world.fake.gateway.stats.lastIdentify?.shard).toEqual([0, 1]);
      expect(await bot.stop()).toBe(0);
    } finally {
      await world.close();
    }
  });
});
