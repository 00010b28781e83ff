/**
 * What `npm ci` installs: the production tree (what the image ships) holds no dev tooling, no tar
 * older than 7 (tar 6 is inside published advisories and came in through sqlite3 5), and an npm
 * on a Node older than package.json's engines stops at once instead of installing.
 */
import { spawnSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const npm = (args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}) =>
  spawnSync("npm", args, {
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? process.env,
    encoding: "utf8",
    timeout: 60_000,
  });

interface Tree {
  version?: string;
  dependencies?: Record<string, Tree>;
}
function walk(tree: Tree, visit: (name: string, node: Tree) => void) {
  for (const [name, node] of Object.entries(tree.dependencies ?? {})) {
    visit(name, node);
    walk(node, visit);
  }
}

describe("dependencies", () => {
  it("the production tree has no tsx or esbuild (dist/ never loads them)", async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.dependencies.tsx).toBeUndefined();
    expect(pkg.devDependencies.tsx).toBeDefined();
    const ls = npm(["ls", "--omit=dev", "--all", "--json"]);
    const names = new Set<string>();
    walk(JSON.parse(ls.stdout) as Tree, (name) => names.add(name));
    expect(names.has("sqlite3")).toBe(true); // the tree was really read
    expect(names.has("tsx")).toBe(false);
    expect(names.has("esbuild")).toBe(false);
  });

  it("every tar in the tree is 7 or later", () => {
    const ls = npm(["ls", "tar", "--all", "--json"]);
    const versions: string[] = [];
    walk(
      JSON.parse(ls.stdout) as Tree,
      (name, node) => name === "tar" && versions.push(String(node.version)),
    );
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(Number(v.split(".")[0])).toBeGreaterThanOrEqual(7);
  });

  // Node 20 is what Debian ships here (/usr/bin/node), i.e. what a wrong PATH picks up.
  const oldNode = spawnSync("/usr/bin/node", ["--version"], { encoding: "utf8" }).stdout?.trim() ?? "";
  it.skipIf(!/^v(1\d|2[01])\./.test(oldNode))(
    `npm ci on ${oldNode || "an old Node"} fails at once, naming the engine`,
    async () => {
      const dir = await mkdtemp(path.join(tmpdir(), "quizdeck-engines-"));
      try {
        for (const f of ["package.json", "package-lock.json", ".npmrc"])
          await copyFile(path.join(ROOT, f), path.join(dir, f));
        const r = npm(["ci", "--dry-run", "--ignore-scripts", "--offline", "--no-audit", "--no-fund"], {
          cwd: dir,
          env: { PATH: "/usr/bin:/bin", HOME: process.env.HOME ?? dir },
        });
        expect(r.status).not.toBe(0);
        expect(r.stderr).toContain("npm error code EBADENGINE");
        expect(r.stderr).toMatch(/Required: \{"node":">=22\.\d+"\}/);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
