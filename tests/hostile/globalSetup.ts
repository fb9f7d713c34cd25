import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
import { writeHostileData } from "../fixtures/hostile";
import { buildOutDir } from "../support/outDir";

declare module "vitest" {
  export interface ProvidedContext {
    /** The site built from the hostile-data fixture. */
    hostileDist: string;
    /** How many texts the fixture made hostile. */
    hostileTexts: number;
  }
}

const root = fileURLToPath(new URL("../..", import.meta.url));
let made: string[] = [];

/**
 * Builds the whole site once from the hostile copy of data/ (tests/fixtures/hostile.ts) into a
 * temporary folder. `HOSTILE_DIST=<folder>` reuses an earlier hostile build instead (for working
 * on these tests); the folder must have been built from the same fixture.
 */
export function setup(project: TestProject): void {
  const { dir: dataDir, count } = writeHostileData(join(root, "data"));
  made.push(dataDir);
  let outDir = process.env.HOSTILE_DIST ?? "";
  if (!outDir || !existsSync(join(outDir, "index.html"))) {
    outDir = buildOutDir("hostile");
    made.push(outDir);
    const astro = join(root, "node_modules/astro/bin/astro.mjs");
    // The default site and base: the hostile build is about escaping, not about where it lives.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !["SITE_URL", "BASE_PATH"].includes(k)));
    const result = spawnSync(process.execPath, [astro, "build", "--outDir", outDir], {
      cwd: root,
      env: { ...env, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      throw new Error(`The hostile-data build failed:\n${result.stdout}\n${result.stderr}`.slice(-6000));
    }
  }
  project.provide("hostileDist", outDir);
  project.provide("hostileTexts", count);
}

export function teardown(): void {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
  made = [];
}
