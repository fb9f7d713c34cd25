/**
 * `npm run bench:evidence`: how the evidence explorer (/evidence/) copes with ten times today's
 * rows. It reports; it asserts nothing. Needs a build (`dist/`, or `BENCH_DIST=<folder>`).
 *
 * For each language it takes the built register and makes a synthetic copy of it with every row
 * repeated `BENCH_EVIDENCE_COPIES` times (10 by default: about 3,500 rows). The copies get new ids
 * (`<id>-synthetic-<n>`) and the page's title says SYNTHETIC; the page is served to Chromium in
 * place of the real one (a Playwright route) and never written into the site. Both the real page
 * (1×) and the copy are loaded in Chromium, with and without a 4× CPU slowdown (a mid-range phone;
 * `BENCH_EVIDENCE_CPU="1,4"`), and measured:
 *
 * - the HTML's size (raw and gzip) and its number of DOM elements;
 * - when the parsed document is ready (DOMContentLoaded) and when the explorer has read every row
 *   and shows its count (its start-up: reading the rows' keys, adding the cite buttons);
 * - each interaction — a Chinese search (晴隆), an English search (relocated), three filters at
 *   once (county, grade, from year), a sort by value in reverse (every row moves to the flat
 *   table) and clearing the filters — as the time the explorer's handler runs (filter, search,
 *   sort and DOM updates) and the time until the next frame is ready (style and layout included).
 *   Median of `BENCH_EVIDENCE_RUNS` runs (3).
 *
 * Results go to bench/evidence.json and, as a Markdown table, to stdout.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchChromium } from "../tests/support/browser";
import { findChromium } from "../tests/support/chromium";
import { startStaticServer } from "../tests/support/server";
import { syntheticRegister } from "./bench/syntheticEvidence";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = process.env.BENCH_DIST ?? join(root, "dist");
const copies = Number(process.env.BENCH_EVIDENCE_COPIES ?? "10");
const runs = Number(process.env.BENCH_EVIDENCE_RUNS ?? "3");
const slowdowns = (process.env.BENCH_EVIDENCE_CPU ?? "1,4").split(",").map(Number);
if (!Number.isInteger(copies) || copies < 1) throw new Error("BENCH_EVIDENCE_COPIES must be a whole number ≥ 1");

interface Action {
  name: string;
  fields: Record<string, string | boolean>;
}

const actions: Action[] = [
  { name: "search 晴隆", fields: { q: "晴隆" } },
  { name: "search “relocated”", fields: { q: "relocated" } },
  { name: "county + grade A + from 2019", fields: { county: "qinglong", grade: "A", from: "2019" } },
  { name: "sort by value, reversed", fields: { sort: "value", desc: true } },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Sets the form's fields (the rest empty), fires `input` and times the handler and the next frame. */
function timeAction(
  page: Page,
  fields: Record<string, string | boolean>,
): Promise<{ handler: number; frame: number; shown: string }> {
  return page.evaluate(async (fields) => {
    const form = document.querySelector<HTMLFormElement>("evidence-explorer form");
    if (!form) throw new Error("no explorer form");
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input, select")) {
      const value = fields[el.name];
      if (el instanceof HTMLInputElement && el.type === "checkbox") el.checked = value === true;
      else el.value = typeof value === "string" ? value : el.name === "sort" ? "topic" : "";
    }
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const start = performance.now();
    form.dispatchEvent(new Event("input", { bubbles: true }));
    const handler = performance.now() - start;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const frame = performance.now() - start;
    return { handler, frame, shown: document.querySelector("output.evidence-count")?.textContent ?? "" };
  }, fields);
}

interface Result {
  lang: string;
  scale: string;
  cpu: string;
  rows: number;
  htmlKb: number;
  htmlGzipKb: number;
  elements: number;
  domContentLoaded: number;
  /** When the explorer's start-up began and ended (ms since navigation). */
  explorerStart: number;
  explorerReady: number;
  actions: { name: string; handler: number; frame: number; shown: string }[];
}

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("no Chromium: set CHROME_PATH");
  const server = await startStaticServer(dist);
  const browser = await launchChromium(executablePath);
  const results: Result[] = [];
  try {
    for (const lang of ["zh", "en"] as const) {
      const path = lang === "zh" ? "evidence/" : "en/evidence/";
      const real = readFileSync(join(dist, path, "index.html"), "utf8");
      const synthetic = syntheticRegister(real, copies);
      for (const [scale, html] of [
        ["1×", real],
        [`${copies}× (synthetic)`, synthetic.html],
      ] as const) {
        for (const slowdown of slowdowns) {
          const samples: Result[] = [];
          for (let run = 0; run < runs; run++) {
            const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
            const page = await context.newPage();
            const cdp = await context.newCDPSession(page);
            await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
            await page.route(`${server.root}${path}`, (route) =>
              route.fulfill({ status: 200, contentType: "text/html; charset=utf-8", body: html }),
            );
            // The explorer's start-up: its connectedCallback, timed by wrapping it when it is defined.
            await page.addInitScript(() => {
              const w = window as unknown as { __start?: number; __ready?: number };
              const define = customElements.define.bind(customElements);
              customElements.define = (name, constructor, options) => {
                const proto = constructor.prototype as { connectedCallback?: () => void };
                const connected = proto.connectedCallback;
                if (name === "evidence-explorer" && connected)
                  proto.connectedCallback = function (this: HTMLElement) {
                    w.__start = performance.now();
                    connected.call(this);
                    w.__ready = performance.now();
                  };
                define(name, constructor, options);
              };
            });
            await page.goto(`${server.root}${path}`, { waitUntil: "load", timeout: 300_000 });
            await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined);
            const timing = await page.evaluate(() => {
              const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
              return {
                domContentLoaded: nav.domContentLoadedEventEnd,
                explorerStart: (window as unknown as { __start: number }).__start,
                explorerReady: (window as unknown as { __ready: number }).__ready,
                elements: document.getElementsByTagName("*").length,
                rows: document.querySelectorAll("tr[data-row]").length,
              };
            });
            const measured: Result["actions"] = [];
            for (const action of [...actions, { name: "clear filters", fields: {} }]) {
              measured.push({ name: action.name, ...(await timeAction(page, action.fields)) });
            }
            samples.push({
              lang,
              scale,
              cpu: slowdown === 1 ? "1×" : `${slowdown}× slower`,
              rows: timing.rows,
              htmlKb: Buffer.byteLength(html) / 1024,
              htmlGzipKb: gzipSync(html).byteLength / 1024,
              elements: timing.elements,
              domContentLoaded: timing.domContentLoaded,
              explorerStart: timing.explorerStart,
              explorerReady: timing.explorerReady,
              actions: measured,
            });
            await context.close();
          }
          const first = samples[0];
          if (!first) continue;
          results.push({
            ...first,
            domContentLoaded: median(samples.map((s) => s.domContentLoaded)),
            explorerStart: median(samples.map((s) => s.explorerStart)),
            explorerReady: median(samples.map((s) => s.explorerReady)),
            actions: first.actions.map((a, i) => ({
              name: a.name,
              shown: a.shown,
              handler: median(samples.map((s) => s.actions[i]?.handler ?? Number.NaN)),
              frame: median(samples.map((s) => s.actions[i]?.frame ?? Number.NaN)),
            })),
          });
          process.stdout.write(`measured ${lang} ${scale} cpu ${slowdown}×\n`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  mkdirSync(join(root, "bench"), { recursive: true });
  writeFileSync(
    join(root, "bench/evidence.json"),
    `${JSON.stringify({ date: new Date().toISOString(), copies, runs, chromium: browser.version(), results }, null, 2)}\n`,
  );
  const ms = (x: number) => `${Math.round(x)} ms`;
  const names = results[0]?.actions.map((a) => a.name) ?? [];
  const lines = [
    `| page | CPU | rows | HTML (gzip) | elements | DOMContentLoaded | explorer start-up (ready at) | ${names.join(" | ")} |`,
    `| ${["---", "---", "---", "---", "---", "---", "---", ...names.map(() => "---")].join(" | ")} |`,
    ...results.map(
      (r) =>
        `| ${r.lang} ${r.scale} | ${r.cpu} | ${r.rows} | ${r.htmlKb.toFixed(0)} KB (${r.htmlGzipKb.toFixed(0)} KB) | ${r.elements} | ${ms(r.domContentLoaded)} | ${ms(r.explorerReady - r.explorerStart)} (${ms(r.explorerReady)}) | ${r.actions.map((a) => `${ms(a.handler)} / ${ms(a.frame)}`).join(" | ")} |`,
    ),
  ];
  process.stdout.write(
    `\nEach action: the handler / until the next frame (median of ${runs}).\n\n${lines.join("\n")}\n`,
  );
}

await main();
