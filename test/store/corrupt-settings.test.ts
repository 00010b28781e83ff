import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { adapterKey, tempStore, type TestStore } from "./helpers.js";

let t: TestStore;
beforeEach(async () => {
  t = await tempStore();
});
afterEach(async () => {
  await t.cleanup();
});

describe("corrupt settings fail closed", () => {
  it("absent settings are the defaults, unmarked", async () => {
    const s = await t.store.settings.get("g");
    expect(s.corrupt).toBeUndefined();
    expect(s.starterRoleId).toBeNull();
  });

  it("settings of the wrong shape or not JSON at all read as corrupt, and a save clears that", async () => {
    await t.store.keyv.set("settings:g", { version: 1, starterRoleId: 7 });
    await t.store.keyv.store.set(adapterKey(t, "settings:h"), "{oops");
    expect(await t.store.settings.get("g")).toMatchObject({ corrupt: true, starterRoleId: null });
    expect(await t.store.settings.get("h")).toMatchObject({ corrupt: true });

    const saved = await t.store.settings.set("g", { starterRoleId: "123456789012345678" });
    expect(saved.corrupt).toBeUndefined();
    const store = await t.reopen();
    expect(await store.settings.get("g")).toMatchObject({ starterRoleId: "123456789012345678" });
    expect((await store.settings.get("g")).corrupt).toBeUndefined();
  });
});
