import { mkdirSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A fresh folder for a throw-away build (`astro build --outDir <it>`), inside the project, under
 * node_modules/.cache/site-builds/ (ignored by git, linters and TypeScript).
 *
 * Not /tmp: when the output folder is outside the working directory, Astro writes its prerender
 * bundle to the shared `<project>/.astro/.prerender/` instead of `<outDir>/.prerender/`, so two
 * such builds at the same time break each other ("Cannot find module …/.prerender/chunks/…").
 * Builds run from the project root.
 */
export function buildOutDir(label: string): string {
  const parent = join(root, "node_modules/.cache/site-builds");
  mkdirSync(parent, { recursive: true });
  return mkdtempSync(join(parent, `${label}-`));
}
