import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defaultSiteUrl } from "~/core/siteUrl";

/** The built site's folder: `DIST_DIR`, or dist/ (where `npm run build` writes). */
export const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL("../../dist", import.meta.url));

/** The site root the build wrote into absolute links (SITE_URL and BASE_PATH, as astro.config.mjs reads them). */
export const builtRoot = new URL(process.env.BASE_PATH ?? "/", process.env.SITE_URL ?? defaultSiteUrl).href;

/**
 * Every page listed in the built sitemaps, as paths relative to the site root
 * (e.g. `en/charts/land-composition/`), in a stable order.
 */
export function sitemapPaths(): string[] {
  const files = readdirSync(distDir).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const paths = files.flatMap((file) => {
    const xml = readFileSync(`${distDir}/${file}`, "utf8");
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  });
  const base = process.env.BASE_PATH ?? "/";
  return [...new Set(paths)].map((p) => p.slice(base.length)).sort();
}
