/**
 * `npm run play`: the real bot against the local Discord emulator, in a browser.
 * See README "Try it without Discord".
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { REPO_ROOT, startPlayBot } from "./bot-process.js";
import { buildPage } from "./bundle.js";
import { startFakeDiscord } from "./fake-discord/index.js";
import { parsePlayOptions, PlayOptionsError } from "./options.js";
import { DeckPreview } from "./preview.js";
import { servePlayground, type PlayServer } from "./web.js";
import { PLAY_MEMBERS, playGuilds, PREVIEW_MEMBER } from "./world.js";

/** Token of the right shape that only the emulator accepts (the bot's config checks the shape). */
const PLAY_TOKEN = "MTEwMDAwMDAwMDAwMDAwMDAxMA.PlAyGr.playground-emulator-token-not-for-discord";

async function main() {
  const opts = parsePlayOptions(process.argv.slice(2), process.env);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const dir = await mkdtemp(join(tmpdir(), "quizdeck-play-"));
  const fake = await startFakeDiscord({
    token: PLAY_TOKEN,
    guilds: playGuilds(),
    botUser: { global_name: "QuizDeck" },
  });
  const decksDir = join(dir, "decks");
  const deckFile = opts.deckFile ? resolve(opts.deckFile) : undefined;
  // A previewed built-in deck (decks/x.yaml) is left out of the built-ins, so the file's own version plays.
  const previewName = deckFile ? basename(deckFile, extname(deckFile)) : undefined;
  await cp(join(REPO_ROOT, "decks"), decksDir, {
    recursive: true,
    filter: (src) => !previewName || basename(src, extname(src)) !== previewName,
  });
  const bot = startPlayBot({
    logFile: join(dir, "bot.log"),
    onWarning: (line) => process.stderr.write(`bot: ${line}\n`),
    env: {
      DISCORD_TOKEN: PLAY_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      STORE_URL: opts.storeUrl ?? `sqlite://${join(dir, "quizdeck.sqlite")}`,
      DECKS_DIR: decksDir,
      DECK_CACHE_DIR: join(dir, "deck-cache"),
    },
  });
  // Set once the page is served; stopping before that has no server to close.
  const served: { server?: PlayServer } = {};
  const cleanUp = async () => {
    await served.server?.close();
    await bot.stop();
    await fake.close();
    await rm(dir, { recursive: true, force: true });
  };
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void cleanUp().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  try {
    await bot.ready;
    await fake.waitForCommands();
  } catch (err) {
    await cleanUp();
    throw err;
  }
  void bot.exited.then((code) => {
    if (stopping) return;
    process.stderr.write(
      `quizdeck play: the bot stopped (code ${code}); its log is in ${join(dir, "bot.log")}\n`,
    );
    stop();
  });

  const preview = deckFile ? new DeckPreview(fake, deckFile, say) : undefined;
  await preview?.refresh();
  const server = await servePlayground({
    fake,
    assets: await buildPage(),
    port: opts.port,
    defaultMember: (preview ? PREVIEW_MEMBER : PLAY_MEMBERS[0]!).user.id,
    ...(preview ? { beforePage: () => preview.refresh() } : {}),
  });
  served.server = server;
  say(`quizdeck playground: ${server.url}  (bot log: ${join(dir, "bot.log")}; Ctrl+C stops)`);
}

main().catch((err: unknown) => {
  process.stderr.write(`quizdeck play: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(err instanceof PlayOptionsError ? 2 : 1);
});
