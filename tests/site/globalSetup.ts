import { existsSync } from "node:fs";
import { distDir } from "../support/site";

const dist = distDir;

/** Tests over the built site need the site to be built. */
export function setup(): void {
  if (!existsSync(`${dist}/index.html`)) {
    throw new Error(`No built site in ${dist}. Run "npm run build" first (npm test does this for you).`);
  }
}
