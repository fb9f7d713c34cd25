import { existsSync } from "node:fs";
import { distDir } from "../support/site";
import type { TestProject } from "vitest/node";
import { chromiumCandidates, findChromium } from "../support/chromium";
import { startStaticServer, type StaticServer } from "../support/server";
import { axeScript } from "../support/axeScript";

declare module "vitest" {
  export interface ProvidedContext {
    /** The served site root (origin + base path), e.g. `http://127.0.0.1:4000/`. */
    siteRoot: string;
    /** The Chromium binary, or an empty string when browser tests are skipped. */
    chromium: string;
  }
}

const dist = distDir;
let server: StaticServer | undefined;

/** Serves the built site once for all browser tests, and decides whether they can run. */
export async function setup(project: TestProject): Promise<void> {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`No built site in ${dist}. Run "npm run build" first (npm test does this for you).`);
  }
  const chromium = findChromium() ?? "";
  if (!chromium) {
    const tried = chromiumCandidates.filter(Boolean).join(", ");
    if (process.env.CI)
      throw new Error(`CI is set but no Chromium was found (tried ${tried}). Install it: apt-get install -y chromium`);
    console.warn(
      `\n⚠ Browser tests skipped: no Chromium found (tried ${tried}). Install it with "sudo apt-get install -y chromium" or set CHROME_PATH.\n`,
    );
  }
  server = await startStaticServer(dist, process.env.BASE_PATH ?? "/", {
    scripts: { [axeScript.path]: axeScript.file },
  });
  project.provide("siteRoot", server.root);
  project.provide("chromium", chromium);
}

export async function teardown(): Promise<void> {
  await server?.close();
}
