import { existsSync } from "node:fs";

/** Where browser tests look for Chromium: `CHROME_PATH`, then the Debian package's binary. */
export const chromiumCandidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** The first Chromium binary that exists, or undefined. */
export function findChromium(): string | undefined {
  return chromiumCandidates.find((path): path is string => typeof path === "string" && path !== "" && existsSync(path));
}

/**
 * Launch flags that work headless as root on these machines, and that stop Chromium from
 * calling Google's services (which would count as requests leaving the site).
 */
export const chromiumArgs = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-features=Translate,OptimizationHints,MediaRouter",
];
