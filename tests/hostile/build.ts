import { existsSync, readFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";

/** How the hostile-data build ended, as globalSetup.ts writes it. */
export interface HostileBuild {
  ok: boolean;
  /** The end of the build's output when it failed. */
  output: string;
}

/**
 * Waits for the hostile-data build that globalSetup.ts started, and returns its folder; throws with
 * the build's output if it failed. The build runs while the other projects' tests do, so it is
 * usually done by the time this project's tests start.
 */
export async function hostileDist(timeoutMs = 600_000): Promise<string> {
  const status = inject("hostileStatus");
  const until = Date.now() + timeoutMs;
  while (!existsSync(status)) {
    if (Date.now() > until) throw new Error(`The hostile-data build did not finish in ${timeoutMs / 1000} s`);
    await sleep(250);
  }
  const outcome = JSON.parse(readFileSync(status, "utf8")) as HostileBuild;
  if (!outcome.ok) throw new Error(`The hostile-data build failed:\n${outcome.output}`);
  return inject("hostileDist");
}
