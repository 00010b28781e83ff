import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { missingServersError, skipNotice, storePlan } from "./test/store/servers.js";

/**
 * The store tests run on SQLite always, and again on real Redis / PostgreSQL servers when
 * REDIS_URL / POSTGRES_URL are set (test/store/servers.ts; .ci/run sets them when the servers
 * answer). test/store/helpers.ts reads QUIZDECK_TEST_BACKEND to pick the server.
 */
const plan = storePlan(process.env);
const missing = missingServersError(plan, process.env);
if (missing) throw new Error(missing);
const storeProjects: TestProjectInlineConfiguration[] = plan.run.map((s) => ({
  extends: true,
  test: {
    name: `store:${s.backend}`,
    include: ["test/store/**/*.test.ts"],
    // kv.test.ts uses a stand-in adapter: nothing server-specific to run again.
    exclude: ["test/store/kv.test.ts"],
    env: { QUIZDECK_TEST_BACKEND: s.backend },
  },
}));
const notice = skipNotice(plan);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Two files at a time on the 2-core machines here: most of an e2e file's time is the bot process
    // and the fake waiting on each other, so two overlap well (the suite waits for events, not sleeps).
    maxWorkers: 2,
    // The skip is announced after the summary line, where a reader of the run looks.
    reporters: ["default", { onTestRunEnd: () => void (notice && process.stdout.write(`\n ⚠ ${notice}\n`)) }],
    projects: [{ extends: true, test: { name: "main", include: ["test/**/*.test.ts"] } }, ...storeProjects],
  },
});
