import { createRequire } from "node:module";

/**
 * axe-core's minified browser build, and the path the browser tests' server serves it at beside the
 * site (globalSetup.ts), so that a checked page can load it from its own origin (browser.ts).
 */
export const axeScript = {
  path: "/__axe-core/axe.min.js",
  file: createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
};
