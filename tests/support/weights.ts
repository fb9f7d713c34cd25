import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";

/**
 * What a built page costs to load, measured on the files in the built site.
 *
 * - HTML: the page itself (inline `<style>` and SVG included).
 * - CSS: the stylesheets it links, and what they `@import`.
 * - JS: the scripts it loads with `<script src>`, `<link rel="modulepreload">` or its after-paint
 *   loader (`<script data-scripts>`, src/integrations/afterPaint.ts), plus everything
 *   those import statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`),
 *   followed through the import graph in `_astro/`.
 * - Lazy JS: what those scripts load later with a dynamic `import("./x.js")` (and its static
 *   imports), not already counted: the map's Leaflet, started when the reader reaches for the map. Pages
 *   whose budget covers their whole script count both.
 *
 * Sizes are per file, compressed one by one as a server sends them: gzip at zlib's default
 * level (6) and brotli at its default quality (11). 1 KB = 1,024 bytes.
 */
export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface PageWeight {
  /** The page file, relative to the built site. */
  page: string;
  html: Sizes;
  css: Sizes;
  js: Sizes;
  /** JS loaded later by dynamic `import()` from the page's scripts (not in `js` or `total`). */
  lazyJs: Sizes;
  total: Sizes;
  /** The CSS and JS files counted, relative to the built site. */
  cssFiles: string[];
  jsFiles: string[];
  lazyJsFiles: string[];
}

const cache = new Map<string, Sizes>();

/** A file's raw, gzip and brotli sizes (cached per path). */
export function fileSizes(path: string): Sizes {
  const cached = cache.get(path);
  if (cached) return cached;
  const bytes = readFileSync(path);
  const sizes = {
    raw: bytes.byteLength,
    gzip: gzipSync(bytes).byteLength,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength },
    }).byteLength,
  };
  cache.set(path, sizes);
  return sizes;
}

const zero = (): Sizes => ({ raw: 0, gzip: 0, brotli: 0 });
const add = (a: Sizes, b: Sizes): Sizes => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });
const sum = (list: Sizes[]): Sizes => list.reduce(add, zero());

/**
 * Resolves a URL found in a built file to a file in the built site, relative to it, or null when
 * it points elsewhere (another origin, a data: URL). `from` is the referring file's site path.
 */
function resolveLocal(distDir: string, basePath: string, url: string, fromFile: string): string | null {
  if (/^(data:|blob:|https?:|\/\/)/.test(url)) return null;
  const clean = url.replace(/[?#].*$/, "");
  let rel: string;
  if (clean.startsWith("/")) {
    if (!clean.startsWith(basePath)) return null;
    rel = clean.slice(basePath.length);
  } else {
    rel = posix.normalize(posix.join(posix.dirname(fromFile), clean));
  }
  rel = decodeURIComponent(rel);
  if (!existsSync(join(distDir, rel))) {
    throw new Error(`${fromFile} refers to ${url}, which is not in the built site (${join(distDir, rel)})`);
  }
  return rel;
}

/** The static imports of a built JS module (import/export … from, bare import), not dynamic import(). */
export function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  // `import x from"…"`, `import{a}from"…"`, `import"…"`, `export{a}from"…"`, `export*from"…"`.
  const pattern = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?(["'])([^"'\n]+)\1/g;
  for (const match of code.matchAll(pattern)) {
    const specifier = match[2] ?? "";
    if (specifier.startsWith(".") || specifier.startsWith("/")) specifiers.push(specifier);
  }
  return specifiers;
}

/** The targets of a built JS module's dynamic `import("…")` with a literal local path. */
export function dynamicImports(code: string): string[] {
  return [...code.matchAll(/\bimport\(\s*(["'`])([^"'`\n]+)\1\s*\)/g)]
    .map((m) => m[2] ?? "")
    .filter((s) => s.startsWith(".") || s.startsWith("/"));
}

/** Every JS file a set of entry scripts loads statically, entries included, in load order. */
export function scriptGraph(distDir: string, basePath: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(distDir, file), "utf8");
    for (const specifier of staticImports(code)) {
      const target = resolveLocal(distDir, basePath, specifier, file);
      if (target) visit(target);
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/** Every stylesheet a set of linked stylesheets loads, following `@import`. */
function styleGraph(distDir: string, basePath: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const css = readFileSync(join(distDir, file), "utf8");
    for (const match of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g)) {
      const target = resolveLocal(distDir, basePath, match[1] ?? "", file);
      if (target) visit(target);
    }
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/** The weight of one built page (a path relative to the built site, e.g. `map/index.html`). */
export function pageWeight(distDir: string, basePath: string, page: string): PageWeight {
  const html = readFileSync(join(distDir, page), "utf8");
  const { document } = parseHTML(html);
  const local = (url: string | null) => (url ? resolveLocal(distDir, basePath, url, page) : null);
  const scripts = [
    ...[...document.querySelectorAll("script[src]")].map((s) => local(s.getAttribute("src"))),
    ...[...document.querySelectorAll("link[rel=modulepreload][href]")].map((l) => local(l.getAttribute("href"))),
    ...(document.querySelector("script[data-scripts]")?.getAttribute("data-scripts") ?? "")
      .split(" ")
      .filter(Boolean)
      .map(local),
  ].filter((f): f is string => f !== null);
  const styles = [...document.querySelectorAll("link[rel~=stylesheet][href]")]
    .map((l) => local(l.getAttribute("href")))
    .filter((f): f is string => f !== null);
  const jsFiles = scriptGraph(distDir, basePath, scripts);
  const lazyEntries = jsFiles.flatMap((file) =>
    dynamicImports(readFileSync(join(distDir, file), "utf8"))
      .map((specifier) => resolveLocal(distDir, basePath, specifier, file))
      .filter((f): f is string => f !== null),
  );
  const lazyJsFiles = scriptGraph(distDir, basePath, lazyEntries).filter((f) => !jsFiles.includes(f));
  const cssFiles = styleGraph(distDir, basePath, styles);
  const htmlSizes = fileSizes(join(distDir, page));
  const css = sum(cssFiles.map((f) => fileSizes(join(distDir, f))));
  const js = sum(jsFiles.map((f) => fileSizes(join(distDir, f))));
  const lazyJs = sum(lazyJsFiles.map((f) => fileSizes(join(distDir, f))));
  return {
    page,
    html: htmlSizes,
    css,
    js,
    lazyJs,
    total: sum([htmlSizes, css, js]),
    cssFiles,
    jsFiles,
    lazyJsFiles,
  };
}

/** Bytes as KB with one decimal (1 KB = 1,024 bytes). */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The kinds of page the budgets and the benchmark talk about. */
export type PageType = "home" | "story" | "chart" | "embed" | "dataset" | "map" | "map-embed" | "county" | "evidence";
export const pageTypes: readonly PageType[] = [
  "home",
  "story",
  "chart",
  "embed",
  "dataset",
  "map",
  "map-embed",
  "county",
  "evidence",
];

/**
 * The type of a built page (a path relative to the built site), or null for other pages
 * (indexes, sources, about, search, 404). Both languages: `x/…` and `en/x/…`. `embed` is a chart's
 * embed page; the map's embed page is `map-embed`.
 */
export function pageTypeOf(page: string): PageType | null {
  const path = page.replace(/^en\//, "");
  if (path === "index.html") return "home";
  if (path === "map/index.html") return "map";
  if (path === "embed/map/index.html") return "map-embed";
  if (path === "evidence/index.html") return "evidence";
  if (/^counties\/[^/]+\/index\.html$/.test(path)) return "county";
  const match = /^(stories|charts|embed|data)\/[^/]+\/index\.html$/.exec(path);
  if (!match) return null;
  return ({ stories: "story", charts: "chart", embed: "embed", data: "dataset" } as const)[
    match[1] as "stories" | "charts" | "embed" | "data"
  ];
}
