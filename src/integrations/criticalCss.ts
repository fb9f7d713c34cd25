import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import type { Options } from "beasties";
import { ThreadPool } from "../core/threads";
import { loadAfterPaint } from "./afterPaint";

const require = createRequire(import.meta.url);

/**
 * Rules inlined on every page whatever it holds:
 * - classes that scripts add after load (chart tooltips, the plain embed), which no element in the
 *   built HTML carries;
 * - the few rules (16) whose selectors use `:root`, `:not()`, `:where()`, `:is()` or `:has()`,
 *   which Beasties cannot match and would drop: the dark scheme's colours, Tailwind's `space-y-*`,
 *   `[hidden]` and the map's layer switch among them;
 * - the focus ring (`:focus-visible` alone, which Beasties strips to an empty selector and drops);
 * - rules on state that scripts set: the chart marks' `tabindex` and `data-tip`, the home steps'
 *   `data-enhanced`, `data-active` and `data-seen`. Pages that load no stylesheet (below) have
 *   nothing else to restore them.
 */
const alwaysInlined = [
  /\.chart-tip\b/,
  /\.embed-plain\b/,
  /:root\b/,
  /:(not|where|is|has)\(/,
  /^:focus-visible$/,
  /^\.chart svg \[(tabindex|data-tip)\]/,
  /\[data-enhanced\]/,
];

/**
 * The same in a chart or county-card embed, less what serves only the map's layer switch, the
 * home page's steps and the data tables' phone cards (none is on such a page): the embed must stay
 * within 10 KB in all.
 */
const embedInlined = alwaysInlined.map(
  (rule) => new RegExp(`^(?!.*\\.(map-root|home-step|data-table))(?:.*)${rule.source}`),
);

/**
 * A page that needs the site's stylesheets after its first paint, because its scripts build
 * content they style: the map and its embed (Leaflet), search (the result list) and the evidence
 * register (its explorer). Every other page paints from its inlined rules alone and links no
 * stylesheet: at the end of `<body>` one still counted against Lighthouse's largest contentful
 * paint, and restyled the whole page when it arrived. `page` is the HTML file's path in the build.
 */
const needsStylesheets = (page: string) => /(^|\/)(map|search|evidence)\//.test(page.replace(/\\/g, "/"));

/**
 * A chart's or a county card's embed page (`<html … data-chart="…">`, src/layouts/EmbedLayout.astro),
 * not the map's, which is styled like the map page.
 */
const isStaticEmbed = (html: string) => /<html[^>]*\sdata-chart="(?!map")/.test(html);

/**
 * Inlined CSS without the custom properties that nothing in it reads: Tailwind declares each of its
 * `--tw-*` properties for the whole site (an `@property` rule, and a fallback for browsers without
 * `@property`), and a page that uses no shadow, ring or transform needs none of theirs. A property
 * that a rule reads with `var()` keeps both.
 */
export function pruneUnreadProperties(css: string): string {
  const read = new Set([...css.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]));
  const unread = (name: string) => !read.has(name);
  return css
    .replace(/@property (--[\w-]+)\{[^}]*\}/g, (rule, name: string) => (unread(name) ? "" : rule))
    .replace(/(?<=[{;])(--tw-[\w-]+):[^;}]*(;|(?=\}))/g, (declaration, name: string) =>
      unread(name) ? "" : declaration,
    )
    .replace(/@supports [^{]*\{(?:[^{}]*\{\})+\}/g, "");
}

/** Every `<link rel="stylesheet">` of a page. */
const stylesheetLinks = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;

/**
 * What each thread of the inliner runs (CommonJS, see core/threads.ts): Beasties over one page, with
 * the site's or an embed's rules. Matching the stylesheets' selectors against each page took some
 * 35 ms a page on the build's main thread, one page after another, after every page was rendered.
 */
const beastiesSource = `
const Beasties = require(workerData.beasties);
const site = new Beasties(workerData.site);
const embed = new Beasties(workerData.embed);
async function work({ html, embed: isEmbed }) {
  return (isEmbed ? embed : site).process(html);
}
`;

/**
 * First paint in one round trip. Each built page gets, inlined in its `<head>`, the CSS rules that
 * its own elements use (Beasties matches the site's stylesheets against the page). Most pages then
 * link no stylesheet at all and leave their scripts to the after-paint loader (afterPaint.ts); the
 * map, search and the evidence register keep theirs at the end of `<body>`, where they block no
 * paint, for what their scripts build (see needsStylesheets).
 *
 * Inline styles are allowed by the CSP (`style-src 'unsafe-inline'`, which Plot's SVG needs anyway).
 */
export function criticalCss(): AstroIntegration {
  let base = "/";
  return {
    name: "critical-css",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const options = (allowRules: RegExp[]): Options => ({
          path: out,
          publicPath: base,
          preload: "body",
          pruneSource: false,
          compress: true,
          allowRules,
          logLevel: "silent",
        });
        const inliner = new ThreadPool<{ html: string; embed: boolean }, string>(
          beastiesSource,
          { beasties: require.resolve("beasties"), site: options(alwaysInlined), embed: options(embedInlined) },
          "inlining a page's CSS",
        );
        const pages = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
        await Promise.all(
          pages.map(async (page) => {
            const path = join(out, page);
            const source = readFileSync(path, "utf8");
            // Beasties marks the element it inlined into; the mark has no use once the page is built.
            const html = (await inliner.run({ html: source, embed: isStaticEmbed(source) }))
              .replace(" data-beasties-container", "")
              .replace(/(<style>)([\s\S]*?)(<\/style>)/, (_, open: string, css: string, close: string) =>
                [open, pruneUnreadProperties(css), close].join(""),
              );
            writeFileSync(path, needsStylesheets(page) ? html : loadAfterPaint(html.replace(stylesheetLinks, "")));
          }),
        );
        logger.info(
          `inlined the first screen's CSS into ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}
