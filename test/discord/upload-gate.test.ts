import { describe, expect, it } from "vitest";
import { MAX_WAITING, oneUploadAtATime } from "../../src/discord/decks/upload-gate.js";

/** A piece of work that runs until the test lets it finish, recording when it started. */
function controlled(log: string[], name: string) {
  let finish!: () => void;
  const done = new Promise<void>((r) => (finish = r));
  return {
    work: async () => {
      log.push(`start ${name}`);
      await done;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}

const tick = () => new Promise((r) => setImmediate(r));

describe("one upload at a time per server", () => {
  it("runs a server's uploads one after the other, and other servers' alongside", async () => {
    const log: string[] = [];
    const a1 = controlled(log, "a1");
    const a2 = controlled(log, "a2");
    const b1 = controlled(log, "b1");
    const p1 = oneUploadAtATime("guild-a", a1.work);
    const p2 = oneUploadAtATime("guild-a", a2.work);
    const p3 = oneUploadAtATime("guild-b", b1.work);
    await tick();
    expect(log).toEqual(["start a1", "start b1"]);
    a1.finish();
    await tick();
    expect(log).toEqual(["start a1", "start b1", "end a1", "start a2"]);
    a2.finish();
    b1.finish();
    expect(await Promise.all([p1, p2, p3])).toEqual([{ value: "a1" }, { value: "a2" }, { value: "b1" }]);
  });

  it(`refuses more than ${MAX_WAITING} waiting uploads in one server, and frees the slot after a failure`, async () => {
    const log: string[] = [];
    const jobs = Array.from({ length: MAX_WAITING }, (_, i) => controlled(log, `j${i}`));
    const pending = jobs.map((j) => oneUploadAtATime("guild-c", j.work));
    expect(await oneUploadAtATime("guild-c", async () => "one too many")).toBeUndefined();
    jobs.forEach((j) => j.finish());
    await Promise.all(pending);
    await expect(
      oneUploadAtATime("guild-c", async () => Promise.reject(new Error("bad file"))),
    ).rejects.toThrow("bad file");
    expect(await oneUploadAtATime("guild-c", async () => "after")).toEqual({ value: "after" });
  });
});
