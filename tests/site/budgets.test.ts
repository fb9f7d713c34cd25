import { describe, expect, it } from "vitest";
import { basePath, builtPages } from "../support/builtSite";
import { distDir } from "../support/site";
import { kb, pageTypeOf, pageWeight, type PageType } from "../support/weights";

/**
 * Performance budgets from the brief, checked on every page of each type in both languages.
 * Sizes are deterministic, so these are tests; the timings are in `npm run bench`.
 *
 * JS counts the scripts a page loads and everything they import statically (dynamic imports
 * that load on interaction are not counted); see tests/support/weights.ts. gzip at zlib's
 * default level, 1 KB = 1,024 bytes.
 */
const KB = 1024;
const budgets: Partial<Record<PageType, { js?: number; htmlCss?: number }>> = {
  // The home page's six steps each carry a build-time graphic (issue 13 §3).
  home: { js: 10 * KB, htmlCss: 50 * KB },
  story: { js: 10 * KB, htmlCss: 50 * KB },
  chart: { js: 10 * KB, htmlCss: 50 * KB },
  map: { js: 60 * KB },
  // The map's embed page runs the same map.
  "map-embed": { js: 60 * KB },
};

const pages = builtPages()
  .map((page) => ({ page, type: pageTypeOf(page) }))
  .filter((p): p is { page: string; type: PageType } => p.type !== null && budgets[p.type] !== undefined);

function overrun(page: string, what: string, actual: number, budget: number, files: string[]): string {
  const detail = files.length > 0 ? ` (${files.join(", ")})` : "";
  return `${page}: ${what} is ${kb(actual)} gzip, ${kb(actual - budget)} over the ${kb(budget)} budget${detail}`;
}

describe("performance budgets", () => {
  it("finds home, story, chart and map pages in both languages", () => {
    for (const type of ["home", "story", "chart", "map"] as const) {
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

  it.each(pages.map((p) => [p.page, p.type] as const))("%s (%s page) stays within its budgets", (page, type) => {
    const budget = budgets[type] ?? {};
    const weight = pageWeight(distDir, basePath, page);
    const problems: string[] = [];
    if (budget.js !== undefined && weight.js.gzip > budget.js) {
      problems.push(overrun(page, "JavaScript", weight.js.gzip, budget.js, weight.jsFiles));
    }
    const htmlCss = weight.html.gzip + weight.css.gzip;
    if (budget.htmlCss !== undefined && htmlCss > budget.htmlCss) {
      problems.push(overrun(page, "HTML + CSS", htmlCss, budget.htmlCss, [page, ...weight.cssFiles]));
    }
    expect(problems).toEqual([]);
  });
});
