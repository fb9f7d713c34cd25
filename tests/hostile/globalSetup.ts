import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { writeHostileData } from "../fixtures/hostile";
import { buildOutDir } from "../support/outDir";
import type { HostileBuild } from "./build";

declare module "vitest" {
  export interface ProvidedContext {
    /** The site built from the hostile-data fixture (once the build is done: see ./build.ts). */
    hostileDist: string;
    /** The file the build's outcome is written to when it ends (a HostileBuild, as JSON). */
    hostileStatus: string;
    /** How many texts the fixture made hostile. */
    hostileTexts: number;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));
let made: string[] = [];
let child: ChildProcess | undefined;

/**
 * Starts the build of the whole site from the hostile copy of data/ (tests/fixtures/hostile.ts)
 * into a temporary folder, and returns without waiting for it: the build runs beside the other
 * projects' tests (this project runs last, see vitest.config.ts), and the hostile tests wait for
 * its outcome (./build.ts). `HOSTILE_DIST=<folder>` reuses an earlier hostile build instead (for
 * working on these tests); the folder must have been built from the same fixture.
 */
export function setup(project: TestProject): void {
  const { dir: dataDir, count } = writeHostileData(join(root, "data"));
  made.push(dataDir);
  let outDir = process.env.HOSTILE_DIST ?? "";
  const status = `${buildOutDir("hostile-status")}/status.json`;
  made.push(join(status, ".."));
  // Written whole, then renamed: the tests never read half a file.
  const done = (outcome: HostileBuild) => {
    writeFileSync(`${status}.part`, JSON.stringify(outcome));
    renameSync(`${status}.part`, status);
  };
  if (outDir && existsSync(join(outDir, "index.html"))) {
    done({ ok: true, output: "" });
  } else {
    outDir = buildOutDir("hostile");
    made.push(outDir);
    const astro = join(root, "node_modules/astro/bin/astro.mjs");
    // The default site and base: the hostile build is about escaping, not about where it lives.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !["SITE_URL", "BASE_PATH"].includes(k)));
    child = spawn(process.execPath, [astro, "build", "--outDir", outDir], {
      cwd: root,
      env: { ...env, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const keep = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-6000));
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    child.on("error", (error) => done({ ok: false, output: `${output}\n${error.message}` }));
    child.on("close", (code, signal) => {
      child = undefined;
      done({ ok: code === 0, output: code === 0 ? "" : `exit ${code ?? signal}\n${output}` });
    });
  }
  project.provide("hostileDist", outDir);
  project.provide("hostileStatus", status);
  project.provide("hostileTexts", count);
}

export function teardown(): void {
  child?.kill();
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
}
