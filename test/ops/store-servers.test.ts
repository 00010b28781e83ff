/**
 * The Redis and PostgreSQL store projects can't vanish silently: under CI a missing server stops
 * the run with how to start it; locally the skip is announced (test/store/servers.ts, used by
 * vitest.config.ts). Also checked for real: `CI=true npx vitest run` without the variables fails.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { missingServersError, skipNotice, storePlan } from "../store/servers.js";

const both = {
  REDIS_URL: "redis://127.0.0.1:6379",
  POSTGRES_URL: "postgresql://postgres@127.0.0.1:5432/test",
};

describe("store servers for the tests", () => {
  it("runs on every server whose variable is set, and says nothing then", () => {
    const plan = storePlan({ ...both, CI: "true" });
    expect(plan.run.map((s) => [s.backend, s.url])).toEqual([
      ["redis", both.REDIS_URL],
      ["postgres", both.POSTGRES_URL],
    ]);
    expect(missingServersError(plan, { CI: "true" })).toBeUndefined();
    expect(skipNotice(plan)).toBeUndefined();
  });

  it("under CI=true, a missing server is an error saying how to start it", () => {
    const env = { CI: "true", REDIS_URL: both.REDIS_URL, POSTGRES_URL: " " };
    const error = missingServersError(storePlan(env), env);
    expect(error).toMatch(/^CI=true but the store tests have no POSTGRES_URL/);
    expect(error).toContain("docker run -d -p 127.0.0.1:5432:5432");
    expect(error).toContain("POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test");
    expect(error).not.toContain("REDIS_URL:");
  });

  it("locally, the skip is announced instead", () => {
    const plan = storePlan({ REDIS_URL: both.REDIS_URL });
    expect(missingServersError(plan, { CI: "false" })).toBeUndefined();
    expect(skipNotice(plan)).toBe(
      "Store tests on postgres SKIPPED (POSTGRES_URL unset): only SQLite was tested. Set POSTGRES_URL or run .ci/run to include them.",
    );
  });

  it("vitest itself refuses to start under CI=true without the servers", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CI: "true" };
    delete env.REDIS_URL;
    delete env.POSTGRES_URL;
    const r = spawnSync(
      process.execPath,
      ["node_modules/vitest/vitest.mjs", "run", "--project", "main", "test/discord/custom-id.test.ts"],
      {
        env,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain("CI=true but the store tests have no REDIS_URL or POSTGRES_URL");
  });
});
