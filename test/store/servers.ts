/**
 * Which store servers the store tests run on (vitest.config.ts). SQLite always; Redis and
 * PostgreSQL when REDIS_URL / POSTGRES_URL are set (.ci/run sets them when 127.0.0.1:6379 / 5432
 * answer). Under CI=true a missing server is an error that says how to start it, so ~70 tests can't
 * silently stop existing; locally the skip is announced after the summary line.
 */
export interface StoreServer {
  backend: "redis" | "postgres";
  variable: "REDIS_URL" | "POSTGRES_URL";
  example: string;
  start: string;
}

export const STORE_SERVERS: readonly StoreServer[] = [
  {
    backend: "redis",
    variable: "REDIS_URL",
    example: "redis://127.0.0.1:6379",
    start:
      "docker run -d -p 127.0.0.1:6379:6379 redis:7 (or: apt-get install redis-server && redis-server --daemonize yes)",
  },
  {
    backend: "postgres",
    variable: "POSTGRES_URL",
    example: "postgresql://postgres@127.0.0.1:5432/test",
    start:
      "docker run -d -p 127.0.0.1:5432:5432 -e POSTGRES_HOST_AUTH_METHOD=trust -e POSTGRES_DB=test postgres:17 (or a local PostgreSQL with a database named test)",
  },
];

export interface StorePlan {
  /** Servers to run the store tests on, with their URL. */
  run: (StoreServer & { url: string })[];
  /** Servers skipped (their variable unset). */
  skipped: StoreServer[];
}

export function storePlan(env: NodeJS.ProcessEnv): StorePlan {
  const run: StorePlan["run"] = [];
  const skipped: StoreServer[] = [];
  for (const s of STORE_SERVERS) {
    const url = env[s.variable]?.trim();
    if (url) run.push({ ...s, url });
    else skipped.push(s);
  }
  return { run, skipped };
}

const isCi = (env: NodeJS.ProcessEnv) => Boolean(env.CI) && env.CI !== "false" && env.CI !== "0";

/** Under CI, the error to stop the run with when a server is missing (how to start it included). */
export function missingServersError(plan: StorePlan, env: NodeJS.ProcessEnv): string | undefined {
  if (!isCi(env) || plan.skipped.length === 0) return undefined;
  const lines = plan.skipped.map(
    (s) => `  ${s.variable}: start one with ${s.start}; then ${s.variable}=${s.example}`,
  );
  return [
    `CI=true but the store tests have no ${plan.skipped.map((s) => s.variable).join(" or ")}: they would silently not run.`,
    ...lines,
    "  .ci/run sets both when 127.0.0.1:6379 / 127.0.0.1:5432 answer. Unset CI only to skip them on purpose.",
  ].join("\n");
}

/** The line printed after the summary when running locally without a server. */
export function skipNotice(plan: StorePlan): string | undefined {
  if (plan.skipped.length === 0) return undefined;
  const names = plan.skipped.map((s) => s.backend).join(" and ");
  const vars = plan.skipped.map((s) => s.variable).join(", ");
  return `Store tests on ${names} SKIPPED (${vars} unset): only SQLite was tested. Set ${vars} or run .ci/run to include them.`;
}
