import { createHash } from "node:crypto";

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
 * paint gained. Deferring only the scripts there, with the stylesheet left at the end of `<body>`,
 * was measured too (Lighthouse mobile, median of 3, en pages): LCP fell from 1.18–1.34 s to
 * 1.00–1.03 s, but the scripts' style and layout work then fell after the first paint, and
 * blocking time rose by 100–120 ms on the story, chart and dataset pages (the dataset page's score
 * from 97 to 93). Those pages, and the map's, are left as they are. criticalCss.ts calls it on the
 * embeds as it writes them, so that on a slow link their scripts no longer share the first
 * round trips with the HTML; without JavaScript nothing is fetched.
 */
export function loadAfterPaint(html: string): string {
  const scripts = [...html.matchAll(moduleScript)].map((m) => m[1] ?? "");
  if (scripts.length === 0 || stylesheet.test(html)) return html;
  const loader = `<script data-scripts="${scripts.join(" ")}">${afterPaintScript}</script>`;
  return html.replace(moduleScript, "").replace("</head>", `${loader}</head>`);
}
