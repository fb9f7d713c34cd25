import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * Puts the site's base path in front of every URL pattern of the built `_headers` file (copied
 * from public/_headers), so that a site built with `BASE_PATH=/relocation/` gets its security
 * headers under /relocation/… on Netlify or Cloudflare Pages. With the default base `/` the file
 * is left as written.
 */
export function prefixHeaderPaths(text: string, base: string): string {
  const prefix = base.replace(/\/+$/, "");
  if (prefix === "") return text;
  return text
    .split("\n")
    .map((line) => (line.startsWith("/") ? `${prefix}${line}` : line))
    .join("\n");
}

export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const file = fileURLToPath(new URL("_headers", dir));
        if (!existsSync(file)) return;
        const text = readFileSync(file, "utf8");
        const prefixed = prefixHeaderPaths(text, base);
        if (prefixed !== text) {
          writeFileSync(file, prefixed);
          logger.info(`_headers paths prefixed with ${base}`);
        }
      },
    },
  };
}
