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
 * fetches the page's stylesheets and its modules, given in its own
 * `data-styles` and `data-scripts`; once all have loaded or failed, it marks `<html data-loaded>`.
 * The modules are preloaded while the stylesheets load, and run after them, so what they add is
 * styled from the start.
 */
export const afterPaintScript = [
  `{const d=document.currentScript.dataset,list=(v)=>(v??"").split(" ").filter(Boolean),`,
  `add=(rel,href)=>new Promise((done)=>{const l=document.createElement("link");`,
  `l.rel=rel;l.href=href;l.onload=l.onerror=done;document.head.append(l)});let started=false;`,
  `const start=()=>{if(started)return;started=true;list(d.scripts).forEach((h)=>add("modulepreload",h));`,
  `Promise.all(list(d.styles).map((h)=>add("stylesheet",h)))`,
  `.then(()=>Promise.allSettled(list(d.scripts).map((h)=>import(h))))`,
  `.then(()=>{document.documentElement.dataset.loaded=""})};`,
  `addEventListener("load",()=>{new PerformanceObserver((l,o)=>{`,
  `if(!l.getEntriesByName("first-contentful-paint").length)return;o.disconnect();`,
  `requestAnimationFrame(()=>requestAnimationFrame(()=>setTimeout(start)))`,
  `}).observe({type:"paint",buffered:true});setTimeout(start,3000)})}`,
].join("");

/** The CSP source that allows {@link afterPaintScript}: `'sha256-…'`. */
export const afterPaintHash = `'sha256-${createHash("sha256").update(afterPaintScript).digest("base64")}'`;

const moduleScript = /<script type="module" src="([^"]+)"><\/script>/g;
const stylesheet = /<link\b[^>]*\brel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/g;

/**
 * A built page with its module scripts and stylesheets left to {@link afterPaintScript}, at the end
 * of its `<head>`. Pages with the map explorer (`data-map-root`) are left as they are: its script
 * keeps the keyboard and the URL hash from the first moment and starts Leaflet on the reader's
 * first touch. So is a page that loads neither (chart and county embeds, whose inlined CSS is all
 * they need).
 */
export function loadAfterPaint(html: string): string {
  if (html.includes("data-map-root")) return html;
  const scripts = [...html.matchAll(moduleScript)].map((m) => m[1] ?? "");
  const styles = [...html.matchAll(stylesheet)].map((m) => m[1] ?? "");
  if (scripts.length + styles.length === 0) return html;
  const attribute = (name: string, values: string[]) => (values.length ? ` data-${name}="${values.join(" ")}"` : "");
  const loader = `<script${attribute("styles", styles)}${attribute("scripts", scripts)}>${afterPaintScript}</script>`;
  return html.replace(moduleScript, "").replace(stylesheet, "").replace("</head>", `${loader}</head>`);
}

/**
 * First paint before anything else: on every built page the module scripts and the stylesheets
 * (which criticalCss has already moved to the end of `<body>`, its first screen's rules inlined)
 * are fetched only after the first screen has painted (see {@link loadAfterPaint}). On a slow link
 * they no longer share the first round trips with the HTML. Without JavaScript nothing is fetched:
 * the inlined rules are the page's whole style, as tests/browser/firstPaint.test.ts checks.
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
        logger.info(`${changed} of ${pages.length} pages load their scripts and stylesheets after the first paint`);
      },
    },
  };
}
