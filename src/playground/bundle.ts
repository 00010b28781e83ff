import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { build } from "esbuild";

/** The page's files, built once at start-up and served from memory (nothing is fetched from outside). */
export interface PageAssets {
  html: string;
  js: string;
  css: string;
}

const PAGE_DIR = new URL("./page/", import.meta.url);

export async function buildPage(): Promise<PageAssets> {
  // Bundled so the page can use highlight.js and the Discord markdown parser from node_modules offline.
  const out = await build({
    entryPoints: [new URL("app.js", PAGE_DIR).pathname],
    bundle: true,
    format: "esm",
    write: false,
    target: "es2022",
    logLevel: "silent",
  });
  const theme = createRequire(import.meta.url).resolve("highlight.js/styles/atom-one-dark.css");
  const [html, css, hljsCss] = await Promise.all([
    readFile(new URL("index.html", PAGE_DIR), "utf8"),
    readFile(new URL("style.css", PAGE_DIR), "utf8"),
    readFile(theme, "utf8"),
  ]);
  return { html, js: out.outputFiles[0]!.text, css: `${hljsCss}\n${css}` };
}
