import type { AstroIntegration } from "astro";

import { defaultSiteUrl } from "../core/siteUrl.ts";

/**
 * The warning for a build without `SITE_URL`, or undefined when it is set. Such a build writes
 * `http://localhost:4321` into canonical links, Open Graph cards, the sitemap, feeds, oEmbed,
 * `datapackage.json` and every embed code: fine to preview, wrong to deploy.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | undefined {
  if (env.SITE_URL && env.SITE_URL.trim() !== "") return undefined;
  return [
    `SITE_URL is not set: this build writes ${defaultSiteUrl} into canonical links, Open Graph cards,`,
    "the sitemap, feeds, oEmbed, datapackage.json and every embed code. Do not deploy it.",
    "For a production build, set the origin (and BASE_PATH for a sub-path), e.g.:",
    "  SITE_URL=https://relocation.example.org npm run build",
  ].join("\n");
}

/** Prints the `SITE_URL` warning as the build's last words (after every other `build:done` hook). */
export function siteUrlCheck(): AstroIntegration {
  return {
    name: "site-url",
    hooks: {
      "astro:build:done": ({ logger }) => {
        const warning = siteUrlWarning(process.env);
        if (warning) for (const line of warning.split("\n")) logger.warn(line);
      },
    },
  };
}
