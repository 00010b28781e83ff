import { defineCommandGroup } from "../../command.js";
import { info, list } from "./browse.js";
import { add, exportDeck, remove } from "./manage.js";

/**
 * Discord sets default permissions per top-level command, not per subcommand, so `/deck` stays
 * visible to everyone (list, info, export) and add/remove check moderator rights at run time.
 */
export default defineCommandGroup({
  name: "deck",
  description: "Browse, add and manage decks",
  subcommands: [list, info, add, remove, exportDeck],
});
