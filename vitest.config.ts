import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

/**
 * The store tests run on SQLite always, and again on real Redis / PostgreSQL servers when
 * REDIS_URL / POSTGRES_URL are set (.ci/run sets them when 127.0.0.1:6379 / 5432 answer).
 * test/store/helpers.ts reads QUIZDECK_TEST_BACKEND to pick the server.
 */
const servers = [
  { backend: "redis", url: process.env.REDIS_URL, variable: "REDIS_URL" },
  { backend: "postgres", url: process.env.POSTGRES_URL, variable: "POSTGRES_URL" },
];
const storeProjects: TestProjectInlineConfiguration[] = servers
  .filter((s) => s.url)
  .map((s) => ({
    extends: true,
    test: {
      name: `store:${s.backend}`,
      include: ["test/store/**/*.test.ts"],
      // kv.test.ts uses a stand-in adapter: nothing server-specific to run again.
      exclude: ["test/store/kv.test.ts"],
      env: { QUIZDECK_TEST_BACKEND: s.backend },
    },
  }));
const skipped = servers.filter((s) => !s.url).map((s) => s.variable);
if (skipped.length > 0 && !process.env.VITEST_WORKER_ID) {
  console.warn(`store tests: skipping ${skipped.join(" and ")} backends (${skipped.join(", ")} unset)`);
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    projects: [{ extends: true, test: { name: "main", include: ["test/**/*.test.ts"] } }, ...storeProjects],
  },
});
