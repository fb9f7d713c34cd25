/**
 * `npm run bench`: builds the site and measures it. It reports; it asserts nothing (the size
 * budgets are tests: tests/site/budgets.test.ts).
 *
 * 1. Builds the site into a temporary folder and times it, cold (an empty image cache) and warm
 *    (again, nothing changed); sums the built files.
 * 2. Builds again, cold and warm, with the chart registry repeated 4× and 16×
 *    (scripts/bench/astro.config.mjs) and reports how the build time grows per chart.
 * 3. Serves the first build with the headers of its _headers file (tests/support/server.ts) and,
 *    for each page type (home, story, chart, embed, dataset, map) in both languages, takes the
 *    heaviest page of that type and reports its HTML, CSS and JS bytes (raw, gzip, brotli; see
 *    tests/support/weights.ts for what is counted), the requests it makes when loaded in
 *    Chromium, and Lighthouse's mobile scores (performance, accessibility, best practices, SEO)
 *    with LCP, TBT and CLS.
 *
 * Results go to bench/results.json and to the table between the bench markers in README.md.
 * Environment: BENCH_COPIES="4,16" (chart multiples), BENCH_LH_RUNS=1 (Lighthouse runs per page,
 * the median is kept), BENCH_SKIP_SCALING=1, BENCH_DIST=<folder> (measure an existing build
 * instead of building; no build time then), CHROME_PATH.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpus, tmpdir } from "node:os";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import { format, resolveConfig } from "prettier";
import { retiredCharts } from "../src/charts/retired";
import { launchChromium } from "../tests/support/browser";
import { chromiumArgs, findChromium } from "../tests/support/chromium";
import { readHeaders } from "../tests/support/headers";
import { buildOutDir } from "../tests/support/outDir";
import { startStaticServer } from "../tests/support/server";
import { kb, pageTypeOf, pageTypes, pageWeight, type PageType, type PageWeight } from "../tests/support/weights";

const root = fileURLToPath(new URL("..", import.meta.url));
const astroBin = join(root, "node_modules/astro/bin/astro.mjs");
// The default site, base and data: the benchmark measures the site as it ships.
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !["BASE_PATH", "SITE_URL", "DATA_DIR"].includes(k)),
  ),
  ASTRO_TELEMETRY_DISABLED: "1",
};

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

/**
 * Runs `astro build` into a fresh folder; returns the folder and the wall-clock seconds. Images are
 * cached in `imageCache` (src/core/png.ts): an empty folder makes a cold build, the folder of an
 * earlier build of the same site a warm one.
 */
function build(
  label: string,
  imageCache: string,
  extraArgs: string[] = [],
  extraEnv: Record<string, string> = {},
): { dir: string; seconds: number } {
  const dir = buildOutDir("bench");
  log(`\n== building (${label}) into ${dir}`);
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [astroBin, "build", "--outDir", dir, ...extraArgs], {
    cwd: root,
    env: { ...env, ...extraEnv, IMAGE_CACHE_DIR: imageCache },
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    log(result.stdout.slice(-4000));
    log(result.stderr.slice(-4000));
    throw new Error(`build (${label}) failed`);
  }
  log(`   ${seconds.toFixed(1)} s`);
  return { dir, seconds };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function siteSize(dir: string): { files: number; bytes: number; pages: number } {
  const files = walk(dir);
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + statSync(f).size, 0),
    pages: files.filter((f) => f.endsWith(".html")).length,
  };
}

/** Chart pages in a build (charts/<id>/index.html, Chinese only), not counting retired charts' redirect pages. */
function chartCount(dir: string): number {
  const retired = new Set(retiredCharts.map((c) => c.id));
  return readdirSync(join(dir, "charts"), { withFileTypes: true }).filter(
    (d) => d.isDirectory() && !retired.has(d.name) && existsSync(join(dir, "charts", d.name, "index.html")),
  ).length;
}

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

/** Starts Chromium with a DevTools port for Lighthouse; returns the port and a stop function. */
async function startDebuggableChromium(executable: string): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), "bench-chromium-"));
  const child = spawn(
    executable,
    [...chromiumArgs, "--remote-debugging-port=0", `--user-data-dir=${profile}`, "about:blank"],
    {
      stdio: "ignore",
    },
  );
  const portFile = join(profile, "DevToolsActivePort");
  for (let i = 0; i < 200 && !existsSync(portFile); i++) await new Promise((r) => setTimeout(r, 50));
  const port = Number(readFileSync(portFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(port) || port <= 0) throw new Error("Chromium did not open a DevTools port");
  return {
    port,
    stop: () => {
      child.kill();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

interface LighthouseFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  runs: number;
}

async function runLighthouse(url: string, port: number, runs: number): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    results.push({
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      lcpMs: Math.round(audits["largest-contentful-paint"]?.numericValue ?? NaN),
      tbtMs: Math.round(audits["total-blocking-time"]?.numericValue ?? NaN),
      cls: Number((audits["cumulative-layout-shift"]?.numericValue ?? NaN).toFixed(3)),
      runs: 1,
    });
  }
  const pick = (key: keyof LighthouseFigures) => median(results.map((r) => r[key]));
  return {
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    lcpMs: pick("lcpMs"),
    tbtMs: pick("tbtMs"),
    cls: pick("cls"),
    runs,
  };
}

interface PageResult {
  type: PageType;
  lang: "zh" | "en";
  path: string;
  /** How many pages of this type and language there are, and the page measured (the heaviest). */
  pagesOfType: number;
  weight: PageWeight;
  requests: number;
  lighthouse: LighthouseFigures | null;
}

function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(headers), line(headers.map(() => "---")), ...rows.map(line)].join("\n");
}

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) throw new Error("No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH");
  const lhRuns = Number(process.env.BENCH_LH_RUNS ?? "1");
  const copiesList = (process.env.BENCH_COPIES ?? "4,16")
    .split(",")
    .map(Number)
    .filter((n) => n > 1);
  const made: string[] = [];

  try {
    // 1. The site, timed cold (no cached images) and warm (rebuilt with nothing changed).
    let dist = process.env.BENCH_DIST ?? "";
    let buildSeconds: number | null = null;
    let warmSeconds: number | null = null;
    const imageCache = (label: string) => {
      const dir = buildOutDir(`bench-images-${label}`);
      made.push(dir);
      return dir;
    };
    if (!dist) {
      const cache = imageCache("1x");
      const first = build("the site, cold", cache);
      dist = first.dir;
      buildSeconds = first.seconds;
      made.push(dist);
      const warm = build("the site, warm", cache);
      warmSeconds = warm.seconds;
      rmSync(warm.dir, { recursive: true, force: true });
    }
    const size = siteSize(dist);
    const charts = chartCount(dist);
    log(`   ${size.pages} pages, ${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB, ${charts} charts`);

    // 2. Build time against the number of charts, cold and warm.
    const scaling: { copies: number; charts: number; seconds: number; warmSeconds: number; pages: number }[] = [];
    if (buildSeconds !== null && warmSeconds !== null)
      scaling.push({ copies: 1, charts, seconds: buildSeconds, warmSeconds, pages: size.pages });
    if (!process.env.BENCH_SKIP_SCALING) {
      for (const copies of copiesList) {
        const cache = imageCache(`${copies}x`);
        const args = ["--config", "scripts/bench/astro.config.mjs"];
        const copiesEnv = { BENCH_CHART_COPIES: String(copies) };
        const result = build(`charts ×${copies}, cold`, cache, args, copiesEnv);
        const warm = build(`charts ×${copies}, warm`, cache, args, copiesEnv);
        const entry = {
          copies,
          charts: chartCount(result.dir),
          seconds: result.seconds,
          warmSeconds: warm.seconds,
          pages: siteSize(result.dir).pages,
        };
        for (const dir of [result.dir, warm.dir]) rmSync(dir, { recursive: true, force: true });
        if (entry.charts !== charts * copies)
          throw new Error(`expected ${charts * copies} charts, built ${entry.charts}`);
        scaling.push(entry);
      }
    }
    const perChartSeconds = scaling.length > 1 ? slope(scaling.map((s) => ({ x: s.charts, y: s.seconds }))) : null;
    const perChartWarmSeconds =
      scaling.length > 1 ? slope(scaling.map((s) => ({ x: s.charts, y: s.warmSeconds }))) : null;
    // What the build costs without any chart: where the fitted line meets zero charts.
    const fixedSeconds =
      perChartSeconds === null
        ? null
        : scaling.reduce((sum, s) => sum + s.seconds - perChartSeconds * s.charts, 0) / scaling.length;

    // 3. Pages: weights, requests, Lighthouse.
    const server = await startStaticServer(dist, "/", { headers: readHeaders(join(dist, "_headers")) });
    const browser = await launchChromium(chromium);
    const debuggable = await startDebuggableChromium(chromium);
    const pages: PageResult[] = [];
    try {
      const all = walk(dist)
        .map((f) => relative(dist, f))
        .filter((f) => f.endsWith(".html"));
      for (const type of pageTypes) {
        for (const lang of ["zh", "en"] as const) {
          const ofType = all.filter((f) => pageTypeOf(f) === type && f.startsWith("en/") === (lang === "en"));
          const weights = ofType.map((f) => pageWeight(dist, "/", f)).sort((a, b) => b.total.gzip - a.total.gzip);
          const heaviest = weights[0];
          if (!heaviest) continue;
          const path = heaviest.page.replace(/index\.html$/, "");
          const url = server.root + path;
          const context = await browser.newContext();
          const page = await context.newPage();
          let requests = 0;
          page.on("request", () => {
            requests += 1;
          });
          await page.goto(url, { waitUntil: "networkidle" });
          await context.close();
          log(`\n== ${type} (${lang}): /${path} — ${kb(heaviest.total.gzip)} gzip, ${requests} requests; Lighthouse…`);
          const lh = await runLighthouse(url, debuggable.port, lhRuns);
          log(
            `   performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}, LCP ${lh.lcpMs} ms, TBT ${lh.tbtMs} ms, CLS ${lh.cls}`,
          );
          pages.push({
            type,
            lang,
            path: `/${path}`,
            pagesOfType: ofType.length,
            weight: heaviest,
            requests,
            lighthouse: lh,
          });
        }
      }
    } finally {
      debuggable.stop();
      await browser.close();
      await server.close();
    }

    // 4. Results.
    const commit = spawnSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).stdout.trim();
    const chromiumVersion = spawnSync(chromium, ["--version"], { encoding: "utf8" }).stdout.trim();
    const results = {
      date: new Date().toISOString(),
      commit,
      machine: {
        cpu: cpus()[0]?.model ?? "unknown",
        cores: cpus().length,
        node: process.version,
        chromium: chromiumVersion,
      },
      build: { seconds: buildSeconds, warmSeconds, ...size, charts },
      scaling,
      perChartSeconds,
      perChartWarmSeconds,
      fixedSeconds,
      lighthouseRunsPerPage: lhRuns,
      pages: pages.map((p) => ({
        type: p.type,
        lang: p.lang,
        path: p.path,
        pagesOfType: p.pagesOfType,
        bytes: { html: p.weight.html, css: p.weight.css, js: p.weight.js, total: p.weight.total },
        cssFiles: p.weight.cssFiles,
        jsFiles: p.weight.jsFiles,
        requests: p.requests,
        lighthouse: p.lighthouse,
      })),
    };
    mkdirSync(join(root, "bench"), { recursive: true });
    // Written as Prettier would write them, so that `prettier --check .` stays clean.
    const resultsPath = join(root, "bench/results.json");
    const pretty = async (text: string, filepath: string) =>
      format(text, { ...((await resolveConfig(filepath)) ?? {}), filepath });
    writeFileSync(resultsPath, await pretty(JSON.stringify(results, null, 2), resultsPath));

    const k = (n: number) => (n / 1024).toFixed(1);
    const pageTable = markdownTable(
      [
        "page",
        "HTML",
        "CSS",
        "JS",
        "total gzip",
        "total br",
        "requests",
        "perf",
        "a11y",
        "best pr.",
        "SEO",
        "LCP",
        "TBT",
        "CLS",
      ],
      pages.map((p) => [
        `${p.type} (${p.lang}) \`${p.path}\``,
        k(p.weight.html.gzip),
        k(p.weight.css.gzip),
        k(p.weight.js.gzip),
        k(p.weight.total.gzip),
        k(p.weight.total.brotli),
        String(p.requests),
        String(p.lighthouse?.performance ?? "–"),
        String(p.lighthouse?.accessibility ?? "–"),
        String(p.lighthouse?.bestPractices ?? "–"),
        String(p.lighthouse?.seo ?? "–"),
        p.lighthouse ? `${(p.lighthouse.lcpMs / 1000).toFixed(1)} s` : "–",
        p.lighthouse ? `${p.lighthouse.tbtMs} ms` : "–",
        String(p.lighthouse?.cls ?? "–"),
      ]),
    );
    const scalingTable = markdownTable(
      ["charts", "pages", "cold build", "warm rebuild", "warm / cold"],
      scaling.map((s) => [
        `${s.charts} (${s.copies}×)`,
        String(s.pages),
        `${s.seconds.toFixed(1)} s`,
        `${s.warmSeconds.toFixed(1)} s`,
        `${Math.round((100 * s.warmSeconds) / s.seconds)} %`,
      ]),
    );
    const summary = [
      `Measured ${results.date.slice(0, 10)} at ${commit} on ${results.machine.cores} × ${results.machine.cpu}, Node ${results.machine.node}, ${chromiumVersion}.`,
      "",
      `- Build: ${buildSeconds === null ? "not timed" : `${buildSeconds.toFixed(1)} s cold, ${(warmSeconds ?? 0).toFixed(1)} s warm`} for ${size.pages} pages and ${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB in all (both languages, every download, the search index). Cold: no cached images; warm: built again with nothing changed, every image served from the cache (src/core/png.ts).`,
      perChartSeconds === null
        ? "- Build time per chart: not measured."
        : `- Build time per chart: ${perChartSeconds.toFixed(2)} s cold and ${(perChartWarmSeconds ?? 0).toFixed(2)} s warm, on top of ${(fixedSeconds ?? 0).toFixed(1)} s for everything else (least-squares line through the cold builds below; each chart is 2 chart pages, 2 embed pages, 2 oEmbed documents, PNG/SVG/CSV downloads and 2 Open Graph cards).`,
      "",
      scalingTable,
      "",
      `Per page type, the heaviest page of that type (\`embed\` is a chart's embed page, \`map-embed\` the map's); sizes in KB (1,024 bytes), gzip unless marked; JS counts the scripts a page loads and their static imports. Lighthouse ${lhRuns === 1 ? "runs once per page" : `median of ${lhRuns} runs`}, mobile preset, served with the headers of \`_headers\`.`,
      "",
      pageTable,
    ].join("\n");
    log(`\n${summary}\n`);

    const readmePath = join(root, "README.md");
    const readme = readFileSync(readmePath, "utf8");
    const start = "<!-- bench:start -->";
    const end = "<!-- bench:end -->";
    if (readme.includes(start) && readme.includes(end)) {
      const updated = readme.replace(new RegExp(`${start}[\\s\\S]*?${end}`), `${start}\n\n${summary}\n\n${end}`);
      writeFileSync(readmePath, await pretty(updated, readmePath));
      log("README.md: benchmark table updated; bench/results.json written.");
    } else {
      log(`README.md has no ${start} … ${end} block: table not written there.`);
    }
  } finally {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
