import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/**
 * The one inline script of the site, the same on every page that has it (so one hash in the CSP
 * allows it). It waits until the page has loaded and its first contentful paint is on screen (the
 * paint entry, then two frames: the entry's frame can still be rastering), or three seconds after
 * load in a frame that never paints (a hidden embed still has to report its height), and then
 * imports the modules listed in its own `data-scripts`; once all have loaded or failed, it marks
 * `<html data-loaded>`.
 */
export const afterPaintScript = [
  `{const list=(document.currentScript.dataset.scripts??"").split(" ").filter(Boolean);let started=false;`,
  `const start=()=>{if(started)return;started=true;`,
  `Promise.allSettled(list.map((h)=>import(h))).then(()=>{document.documentElement.dataset.loaded=""})};`,
  `addEventListener("load",()=>{new PerformanceObserver((l,o)=>{`,
  `if(!l.getEntriesByName("first-contentful-paint").length)return;o.disconnect();`,
  `requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(start)))`,
  `}).observe({type:"paint",buffered:true});setTimeout(start,3000)})}`,
].join("");

/** The CSP source that allows {@link afterPaintScript}: `'sha256-…'`. */
export const afterPaintHash = `'sha256-${createHash("sha256").update(afterPaintScript).digest("base64")}'`;

const moduleScript = /<script type="module" src="([^"]+)"><\/script>/g;
const stylesheet = /<link\b[^>]*\brel="stylesheet"/;

/**
 * A built page with its module scripts left to {@link afterPaintScript}, at the end of its
 * `<head>`: only a page that loads no stylesheet, that is, a chart or county embed, whose inlined
 * CSS is its whole style (criticalCss.ts). On the other pages the site's stylesheet, fetched after
 * the first paint, restyled and laid out the whole page a second time: Lighthouse measured
 * 200–500 ms more blocking time on the dataset, county and evidence pages, more than the earlier
 * paint gained. Those pages, and the map's, are left as they are.
 */
export function loadAfterPaint(html: string): string {
  const scripts = [...html.matchAll(moduleScript)].map((m) => m[1] ?? "");
  if (scripts.length === 0 || stylesheet.test(html)) return html;
  const loader = `<script data-scripts="${scripts.join(" ")}">${afterPaintScript}</script>`;
  return html.replace(moduleScript, "").replace("</head>", `${loader}</head>`);
}

/**
 * First paint before anything else, on the chart and county embeds: their module scripts (the
 * tooltip and the frame's height) are fetched only after the first paint (see
 * {@link loadAfterPaint}), so on a slow link they no longer share the first round trips with the
 * HTML. Without JavaScript nothing is fetched.
 */
export function afterPaint(): AstroIntegration {
  return {
    name: "after-paint",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html"));
        let changed = 0;
        for (const page of pages) {
          const path = join(out, page);
          const source = readFileSync(path, "utf8");
          const html = loadAfterPaint(source);
          if (html === source) continue;
          writeFileSync(path, html);
          changed++;
        }
        logger.info(`${changed} of ${pages.length} pages load their scripts after the first paint`);
      },
    },
  };
}
