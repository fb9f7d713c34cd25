// @ts-check
import { availableParallelism } from "node:os";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { criticalCss } from "./src/integrations/criticalCss.ts";
import { paletteCssPlugin } from "./src/integrations/paletteCss.ts";
import { dataCheck } from "./src/integrations/dataCheck.ts";
import { searchIndex } from "./src/integrations/searchIndex.ts";
import { securityHeaders } from "./src/integrations/securityHeaders.ts";
import { defaultSiteUrl } from "./src/core/siteUrl.ts";
import { retiredCharts } from "./src/charts/retired.ts";
import { siteUrlCheck } from "./src/integrations/siteUrlWarning.ts";
import { storyCheck } from "./src/integrations/storyCheck.ts";

/**
 * Where the site will live. Set `SITE_URL` (origin) and `BASE_PATH` (sub-path, e.g. `/relocation/`)
 * when deploying; the defaults serve the built site at http://localhost:4321/, and such a build
 * ends with a warning (src/integrations/siteUrlWarning.ts).
 */
const site = process.env.SITE_URL?.trim() || defaultSiteUrl;
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: {
    format: "directory",
    inlineStylesheets: "never",
    // Pages in flight at once. A page that draws an image waits for a rasteriser thread
    // (src/core/png.ts) while the next page renders on the main thread; the output is the same at
    // any value. On 2 cores the 48-chart cold build took 39 s with 1 page in flight, 31 s with 2.
    concurrency: Math.max(2, availableParallelism()),
  },
  integrations: [
    dataCheck(),
    storyCheck(),
    mdx(),
    sitemap({
      // Embed pages are chrome-less copies of chart pages, and a retired chart's page only redirects:
      // keep them out of the sitemap.
      filter: (page) =>
        !/\/(embed\/|404\/?$)/.test(page) && !retiredCharts.some((c) => page.endsWith(`/charts/${c.id}/`)),
      i18n: { defaultLocale: "zh", locales: { zh: "zh-CN", en: "en" } },
    }),
    // Before the search index and the headers, which read the finished pages.
    criticalCss(),
    searchIndex(),
    securityHeaders(),
    // Last, so that a build without SITE_URL ends with its warning.
    siteUrlCheck(),
  ],
  vite: {
    plugins: [tailwindcss(), paletteCssPlugin()],
    // Never inline scripts into HTML: the Content-Security-Policy allows only same-origin script files.
    build: { assetsInlineLimit: 0 },
    environments: {
      // The browser's scripts are named by their hash alone: pages list them (src/integrations/afterPaint.ts), and
      // a component's name with Astro's suffix ("ChartFigure.astro_astro_type_script_index_0_lang") costs each page
      // that loads it some 50 bytes more.
      client: { build: { rollupOptions: { output: { entryFileNames: "_astro/[hash].js" } } } },
    },
  },
});
