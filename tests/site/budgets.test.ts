import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { basePath, builtPages } from "../support/builtSite";
import { distDir } from "../support/site";
import { kb, pageTypeOf, pageWeight, type PageType } from "../support/weights";

/**
 * Performance budgets from the brief, checked on every page of each type in both languages.
 * Sizes are deterministic, so these are tests; the timings are in `npm run bench`.
 *
 * JS counts the scripts a page loads and everything they import statically, and, where the
 * budget says `lazy`, what they load later with a dynamic import too (the map's Leaflet, started
 * when the reader reaches for the map); see tests/support/weights.ts. gzip at zlib's default
 * level, 1 KB = 1,024 bytes.
 */
const KB = 1024;
const budgets: Partial<Record<PageType, { js?: number; htmlCss?: number; total?: number; lazy?: boolean }>> = {
  // The home page's six steps each carry a build-time graphic (issue 13 §3).
  home: { js: 10 * KB, htmlCss: 50 * KB, lazy: true },
  story: { js: 10 * KB, htmlCss: 50 * KB, lazy: true },
  chart: { js: 10 * KB, htmlCss: 50 * KB, lazy: true },
  // A chart embed loads inside someone else's article: everything it needs, in all (issue 15).
  embed: { total: 10 * KB },
  map: { js: 60 * KB, lazy: true },
  county: { js: 10 * KB, htmlCss: 50 * KB, lazy: true },
  evidence: { js: 10 * KB, lazy: true },
  // The map's embed page runs the same map.
  "map-embed": { js: 60 * KB, lazy: true },
};

const pages = builtPages()
  .map((page) => ({ page, type: pageTypeOf(page) }))
  .filter((p): p is { page: string; type: PageType } => p.type !== null && budgets[p.type] !== undefined);

function overrun(page: string, what: string, actual: number, budget: number, files: string[]): string {
  const detail = files.length > 0 ? ` (${files.join(", ")})` : "";
  return `${page}: ${what} is ${kb(actual)} gzip, ${kb(actual - budget)} over the ${kb(budget)} budget${detail}`;
}

describe("performance budgets", () => {
  it("finds home, story, chart, embed and map pages in both languages", () => {
    for (const type of ["home", "story", "chart", "embed", "map"] as const) {
      const ofType = pages.filter((p) => p.type === type);
      expect(
        ofType.some((p) => p.page.startsWith("en/")),
        `${type} (en)`,
      ).toBe(true);
      expect(
        ofType.some((p) => !p.page.startsWith("en/")),
        `${type} (zh)`,
      ).toBe(true);
    }
  });

  it("counts the map's script and what it imports", () => {
    const map = pageWeight(distDir, basePath, "map/index.html");
    expect(map.jsFiles.length).toBeGreaterThan(0);
    expect(map.js.gzip).toBeGreaterThan(0);
  });

  it("counts the scripts that an embed leaves to its after-paint loader", () => {
    const embed = pageWeight(distDir, basePath, pages.find((p) => p.type === "embed")?.page ?? "");
    expect(embed.jsFiles.length).toBeGreaterThan(0);
    expect(readFileSync(join(distDir, embed.page), "utf8")).not.toMatch(/<script type="module" src=/);
  });

  it("counts Leaflet, which the map page loads later, in the map's JavaScript", () => {
    for (const page of ["map/index.html", "en/map/index.html", "embed/map/index.html"]) {
      const map = pageWeight(distDir, basePath, page);
      // The first script is small; Leaflet (tens of KB) comes with the dynamic import.
      expect(map.lazyJsFiles.length, page).toBeGreaterThan(0);
      expect(map.lazyJs.gzip, page).toBeGreaterThan(20 * KB);
      expect(map.js.gzip, page).toBeLessThan(map.lazyJs.gzip);
    }
  });

  it("keeps the chart gallery's JavaScript within 10 KB gzip", () => {
    for (const page of ["charts/index.html", "en/charts/index.html"]) {
      const weight = pageWeight(distDir, basePath, page);
      expect(weight.js.gzip + weight.lazyJs.gzip, page).toBeLessThanOrEqual(10 * KB);
    }
  });

  it.each(pages.map((p) => [p.page, p.type] as const))("%s (%s page) stays within its budgets", (page, type) => {
    const budget = budgets[type] ?? {};
    const weight = pageWeight(distDir, basePath, page);
    const problems: string[] = [];
    const js = weight.js.gzip + (budget.lazy ? weight.lazyJs.gzip : 0);
    const jsFiles = budget.lazy ? [...weight.jsFiles, ...weight.lazyJsFiles] : weight.jsFiles;
    if (budget.js !== undefined && js > budget.js) {
      problems.push(overrun(page, "JavaScript", js, budget.js, jsFiles));
    }
    const htmlCss = weight.html.gzip + weight.css.gzip;
    if (budget.htmlCss !== undefined && htmlCss > budget.htmlCss) {
      problems.push(overrun(page, "HTML + CSS", htmlCss, budget.htmlCss, [page, ...weight.cssFiles]));
    }
    const total = budget.total;
    if (total !== undefined && weight.total.gzip > total) {
      const files = [page, ...weight.cssFiles, ...weight.jsFiles];
      problems.push(overrun(page, "everything it loads", weight.total.gzip, total, files));
    }
    expect(problems).toEqual([]);
  });
});
