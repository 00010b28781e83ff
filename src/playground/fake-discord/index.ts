/** Entry point for the tests and the playground: `import { startFakeDiscord } from "../../src/playground/fake-discord/index.js"`. */
export * from "./server.js";
export * from "./types.js";
export * from "./limits.js";
export {
  ALL_PERMISSIONS,
  DEFAULT_APP_PERMISSIONS,
  DEFAULT_BOT_ID,
  DEFAULT_CHANNEL_ID,
  DEFAULT_GUILD_ID,
  DEFAULT_USER,
  MANAGER_PERMISSIONS,
  MEMBER_PERMISSIONS,
  defaultGuild,
  type FakeChannel,
  type FakeGuild,
  type FakeMember,
  type FakeRole,
  type FakeUser,
} from "./payloads.js";
export type { GatewayStats } from "./gateway.js";
export * from "./modals.js";
