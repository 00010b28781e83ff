/** Just enough of a Dockerfile parser to check ours and replay its stages without a Docker engine. */
export interface Instruction {
  cmd: string;
  /** The text after the instruction name, continuation lines joined. */
  args: string;
}

export interface Stage {
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

export function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("#") || (line === "" && pending === "")) continue;
    if (line.endsWith("\\")) {
      pending += line.slice(0, -1).trim() + " ";
      continue;
    }
    logical.push((pending + line).trim());
    pending = "";
  }
  const stages: Stage[] = [];
  for (const line of logical) {
    if (line === "") continue;
    const cmd = line.split(/\s+/)[0] ?? "";
    const args = line.slice(cmd.length).trim();
    if (cmd.toUpperCase() === "FROM") {
      const m = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ from: m?.[1] ?? args, name: m?.[2], instructions: [] });
    } else {
      const stage = stages.at(-1);
      if (!stage) throw new Error(`${cmd} before FROM`);
      stage.instructions.push({ cmd: cmd.toUpperCase(), args });
    }
  }
  return stages;
}

/** The instruction's arguments: the JSON (exec) form as an array, the shell form as one string. */
export function execForm(args: string): string[] | string {
  return args.startsWith("[") ? (JSON.parse(args) as string[]) : args;
}

/** `KEY=value KEY2=value2` (no quoting: ours needs none). */
export function envPairs(args: string): Record<string, string> {
  return Object.fromEntries(
    args.split(/\s+/).map((pair) => {
      const at = pair.indexOf("=");
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );
}

/** COPY's flags, sources and destination. */
export function copyArgs(args: string): { from?: string; sources: string[]; dest: string } {
  const words = args.split(/\s+/);
  const flags = words.filter((w) => w.startsWith("--"));
  const paths = words.filter((w) => !w.startsWith("--"));
  const from = flags.find((f) => f.startsWith("--from="))?.slice("--from=".length);
  return { ...(from ? { from } : {}), sources: paths.slice(0, -1), dest: paths.at(-1) ?? "" };
}

/** HEALTHCHECK's options and the command after CMD. */
export function healthcheck(args: string): { options: string; command: string[] | string } {
  const at = args.indexOf("CMD ");
  return { options: args.slice(0, at).trim(), command: execForm(args.slice(at + 4).trim()) };
}
