/**
 * No Docker engine runs here, so this checks what can be checked without one: the Dockerfile's
 * shape (stages, non-root user, volume, health check, entry point), then a replay: the build
 * stage's COPY and RUN steps in a temp folder; the runtime stage's COPYs, a fresh production-only
 * `npm ci --omit=dev` (offline, from the npm cache) and its RUN steps into another; then the image's
 * CMD and HEALTHCHECK run there as the image's unprivileged user (uid 1000) against the fake
 * Discord, so a permission problem or a missing runtime dependency fails here.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorld, TEST_TOKEN, type World } from "../e2e/harness.js";
import { copyArgs, envPairs, execForm, healthcheck, parseDockerfile, type Stage } from "./dockerfile.js";

const ROOT = process.cwd();
const WORKDIR = "/app";
const stages = parseDockerfile(await readFile(path.join(ROOT, "Dockerfile"), "utf8"));
const build = stages.find((s) => s.name === "build")!;
const runtime = stages.at(-1)!;
const all = (stage: Stage, cmd: string) => stage.instructions.filter((i) => i.cmd === cmd);
const one = (stage: Stage, cmd: string) => all(stage, cmd).at(-1)?.args ?? "";
const env = Object.assign({}, ...all(runtime, "ENV").map((i) => envPairs(i.args))) as Record<string, string>;
const PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ""}`;

describe("Dockerfile", () => {
  it("builds in a full stage and runs on a slim Node 24 one", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(build.from).toMatch(/^node:24/);
    expect(runtime.from).toMatch(/^node:24[\w.-]*slim/);
    expect(runtime.name).not.toBe("build");
    expect(one(build, "WORKDIR")).toBe(WORKDIR);
    expect(one(runtime, "WORKDIR")).toBe(WORKDIR);
    // Only the runtime's own COPYs and the build output reach the image: no dev toolchain.
    const fromBuild = all(runtime, "COPY")
      .map((i) => copyArgs(i.args))
      .filter((c) => c.from === "build");
    expect(fromBuild.flatMap((c) => c.sources).sort()).toEqual(["/app/dist", "/app/node_modules"]);
    expect(all(build, "RUN").some((i) => /npm prune --omit=dev/.test(i.args))).toBe(true);
  });

  it("runs as a non-root user with the SQLite folder as a volume, a health check and SIGTERM", async () => {
    expect(one(runtime, "USER")).not.toMatch(/^(root|0)(:|$)/);
    expect(one(runtime, "USER")).not.toBe("");
    expect(execForm(one(runtime, "VOLUME"))).toContain("/app/data");
    expect(env.STORE_URL).toMatch(/^sqlite:\/\/\/app\/data\//); // the store file is on the volume
    expect(env.HTTP_PORT).toMatch(/^\d+$/);
    // The bot listens on loopback by default; inside the container it must take the published port.
    expect(env.HTTP_HOST).toBe("0.0.0.0");
    expect(one(runtime, "EXPOSE")).toBe(env.HTTP_PORT);
    const hc = healthcheck(one(runtime, "HEALTHCHECK"));
    expect(hc.options).toMatch(/--interval=\d+s/);
    expect(JSON.stringify(hc.command)).toContain("/healthz");
    expect(one(runtime, "STOPSIGNAL")).toBe("SIGTERM");
    // Exec form: node is PID 1 and gets the SIGTERM itself (a shell would swallow it).
    expect(execForm(one(runtime, "CMD"))).toEqual(["node", "dist/index.js"]);
    // The same heap setting as `npm start`.
    const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      scripts: { start: string };
    };
    expect(env.NODE_OPTIONS).toBe(pkg.scripts.start.match(/--max-semi-space-size=\d+/)?.[0]);
  });

  it("keeps secrets, data and build output out of the build context", async () => {
    const ignored = (await readFile(path.join(ROOT, ".dockerignore"), "utf8"))
      .split("\n")
      .map((l) => l.trim());
    for (const entry of [".env", ".git", "node_modules", "dist", "data", "*.sqlite"])
      expect(ignored).toContain(entry);
  });
});

describe("the Dockerfile's stages, replayed without Docker", () => {
  let tmp: string;
  let world: World;
  const buildDir = () => path.join(tmp, "build");
  const imageDir = () => path.join(tmp, "image");
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "quizdeck-docker-"));
    world = await startWorld();
  });
  afterAll(async () => {
    await world?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Maps a container path (relative to WORKDIR, or absolute under it) to the stage's folder. */
  const local = (dir: string, p: string) =>
    path.join(dir, p.startsWith(WORKDIR) ? path.relative(WORKDIR, p) : p);
  /** Where COPY puts `src`: into a destination folder ("./"), or at the destination itself. */
  const target = (dir: string, dest: string, src: string) =>
    local(dir, dest.endsWith("/") ? path.join(dest, path.basename(src)) : dest);

  it("build stage: its COPY and RUN steps compile dist/ and leave production dependencies only", async () => {
    await mkdir(buildDir(), { recursive: true });
    const skipped: string[] = [];
    for (const step of build.instructions) {
      if (step.cmd === "COPY") {
        const c = copyArgs(step.args);
        for (const src of c.sources)
          await cp(path.join(ROOT, src), target(buildDir(), c.dest, src), { recursive: true });
      } else if (step.cmd === "RUN") {
        if (/apt-get/.test(step.args)) {
          skipped.push(step.args); // the system toolchain: this machine has its own
        } else if (/^npm ci\b/.test(step.args)) {
          // Same lockfile, already installed here: a copy instead of a download and native build.
          await cp(path.join(ROOT, "node_modules"), path.join(buildDir(), "node_modules"), {
            recursive: true,
            verbatimSymlinks: true,
          });
        } else {
          const r = spawnSync("sh", ["-c", step.args], {
            cwd: buildDir(),
            env: { PATH, HOME: tmp },
            encoding: "utf8",
          });
          expect(r.status, `RUN ${step.args}\n${r.stdout}\n${r.stderr}`).toBe(0);
        }
      }
    }
    expect(skipped).toHaveLength(1);
    expect(existsSync(path.join(buildDir(), "dist/index.js"))).toBe(true);
    expect(existsSync(path.join(buildDir(), "dist/sharded.js"))).toBe(true);
    const modules = path.join(buildDir(), "node_modules");
    for (const prod of [
      "discord.js",
      "pino",
      "prom-client",
      "@keyv/sqlite",
      "@keyv/redis",
      "@keyv/postgres",
      "sqlite3",
    ])
      expect(existsSync(path.join(modules, prod)), prod).toBe(true);
    for (const dev of ["typescript", "vitest", "eslint", "pino-pretty"])
      expect(existsSync(path.join(modules, dev)), dev).toBe(false);
  }, 180_000);

  it("runtime stage, as uid 1000 on a fresh production install: CMD fails with one line without a token, then runs, passes HEALTHCHECK and stops on SIGTERM", async () => {
    expect(existsSync(path.join(buildDir(), "dist/index.js")), "needs the build stage's test").toBe(true);
    await mkdir(imageDir(), { recursive: true });
    // The image's user must be able to reach /app: mkdtemp makes the temp folder private to root.
    await chmod(tmp, 0o755);
    for (const step of all(runtime, "COPY")) {
      const c = copyArgs(step.args);
      for (const src of c.sources) {
        // node_modules: not this machine's, but a fresh production-only install (below).
        if (c.from === "build" && src === "/app/node_modules") continue;
        const from = c.from === "build" ? local(buildDir(), src) : path.join(ROOT, src);
        await cp(from, target(imageDir(), c.dest, src), { recursive: true, verbatimSymlinks: true });
      }
    }
    await freshProductionInstall(imageDir());
    // The stage's RUN steps (the data folder for the image's user), with /app and the image's
    // "node" user (uid 1000 in the node images) mapped to this replay.
    for (const step of all(runtime, "RUN")) {
      const script = step.args
        .replaceAll(WORKDIR, imageDir())
        .replaceAll("node:node", `${IMAGE_UID}:${IMAGE_UID}`);
      const r = spawnSync("sh", ["-c", script], { env: { PATH }, encoding: "utf8" });
      expect(r.status, `RUN ${step.args}\n${r.stderr}`).toBe(0);
    }
    expect(one(runtime, "USER")).toBe("node");
    const asImageUser = imageUser();
    // The image's node lives where its user can run it (/usr/local/bin); this machine's may sit in a
    // folder private to root, so the replay gets its own copy.
    const node = path.join(tmp, "usr-local-bin", "node");
    await mkdir(path.dirname(node), { recursive: true });
    await cp(process.execPath, node);
    if (asImageUser.uid !== undefined) {
      // The code is read-only to the image's user; only the data folder is writable.
      const write = (p: string) =>
        spawnSync(node, ["-e", `require("fs").writeFileSync(${JSON.stringify(p)}, "x")`], {
          ...asImageUser,
          encoding: "utf8",
        }).status;
      expect(write(path.join(imageDir(), "dist", "planted.js"))).not.toBe(0);
      expect(write(path.join(imageDir(), "data", "probe"))).toBe(0);
    }
    const [command, entry] = execForm(one(runtime, "CMD")) as [string, string];
    expect(command).toBe("node");
    expect(existsSync(path.join(imageDir(), entry))).toBe(true);
    expect(existsSync(path.join(imageDir(), "decks"))).toBe(true); // DECKS_DIR
    // The image's environment, with its paths moved into the temp folder.
    const imageEnv = Object.fromEntries(
      Object.entries(env).map(([k, v]) => [k, v.replaceAll(WORKDIR, imageDir())]),
    );

    const bare = spawnSync(node, [entry], {
      ...asImageUser,
      cwd: imageDir(),
      env: { PATH, ...imageEnv },
      encoding: "utf8",
    });
    expect(bare.status).toBe(1);
    expect(bare.stderr.trim().split("\n")).toHaveLength(1);
    expect(bare.stderr).toMatch(/^quizdeck: DISCORD_TOKEN is not set/);

    const bot = spawn(node, [entry], {
      ...asImageUser,
      cwd: imageDir(),
      env: {
        PATH,
        ...imageEnv,
        HTTP_PORT: "0",
        DISCORD_TOKEN: TEST_TOKEN,
        DISCORD_API_URL: world.fake.apiUrl,
      },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let output = "";
    bot.stderr!.on("data", (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => bot.once("exit", resolve));
    try {
      const port = await world.fake.waitFor(
        () =>
          /"msg":"http listening".*"port":(\d+)|"port":(\d+).*"msg":"http listening"/
            .exec(output)
            ?.slice(1)
            .find(Boolean),
        20_000,
        `the image's bot to listen. Output:\n${output}`,
      );
      await world.fake.waitFor(
        () => output.includes('"msg":"ready"'),
        20_000,
        `the image's bot to be ready. Output:\n${output}`,
      );
      const hc = healthcheck(one(runtime, "HEALTHCHECK")).command as string[];
      const check = spawnSync(process.execPath, hc.slice(1), {
        env: { PATH, HTTP_PORT: port },
        encoding: "utf8",
        timeout: 10_000,
      });
      expect(check.status, check.stderr).toBe(0);
      expect(existsSync(path.join(imageDir(), "data/quizdeck.sqlite"))).toBe(true); // on the volume
      // Written by the image's user, not by root.
      if (asImageUser.uid !== undefined)
        expect((await stat(path.join(imageDir(), "data/quizdeck.sqlite"))).uid).toBe(IMAGE_UID);
    } finally {
      bot.kill("SIGTERM");
    }
    expect(await exited).toBe(0);
    expect(output).not.toContain(TEST_TOKEN);
  }, 120_000);
});

/** uid and gid of the image's "node" user. */
const IMAGE_UID = 1000;

/** Runs a process as the image's user when this one may switch to it (root); else as this (non-root) user. */
function imageUser(): { uid?: number; gid?: number } {
  return process.getuid?.() === 0 ? { uid: IMAGE_UID, gid: IMAGE_UID } : {};
}

/**
 * `npm ci --omit=dev` from the lockfile into the image folder, offline: from the npm cache the
 * top-level `npm ci` filled (CI: .ci/run runs `npm ci` before `npm test`; the cache is
 * `npm config get cache`, ~/.npm by default), so no test reaches the network, and a package the
 * code needs at run time but that is only a dev dependency is missing here and the bot fails to start.
 * Install scripts are skipped: sqlite3's compiles its native addon, which the build stage does with
 * its toolchain (python3, make, g++; node-gyp would also download Node's headers), so the addon the
 * build stage replay holds is copied in, as the Dockerfile's COPY from the build stage does.
 */
async function freshProductionInstall(dir: string): Promise<void> {
  await cp(path.join(ROOT, "package-lock.json"), path.join(dir, "package-lock.json"));
  const npm = spawnSync(
    "npm",
    ["ci", "--omit=dev", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"],
    {
      cwd: dir,
      env: { PATH, HOME: process.env.HOME ?? "", npm_config_cache: npmCache() },
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  expect(
    npm.status,
    `npm ci --omit=dev --offline (is the npm cache filled? run npm ci first)\n${npm.stderr}`,
  ).toBe(0);
  // As the Dockerfile's prune step: TypeScript is only i18next's optional peer, never loaded.
  await rm(path.join(dir, "node_modules", "typescript"), { recursive: true, force: true });
  for (const dev of ["typescript", "vitest", "eslint", "pino-pretty"])
    expect(existsSync(path.join(dir, "node_modules", dev)), dev).toBe(false);
  const addon = "node_modules/sqlite3/build/Release/node_sqlite3.node";
  expect(existsSync(path.join(ROOT, addon)), "sqlite3's native addon").toBe(true);
  await mkdir(path.dirname(path.join(dir, addon)), { recursive: true });
  await cp(path.join(ROOT, addon), path.join(dir, addon));
}

function npmCache(): string {
  return spawnSync("npm", ["config", "get", "cache"], {
    env: { PATH, HOME: process.env.HOME ?? "" },
    encoding: "utf8",
  }).stdout.trim();
}
