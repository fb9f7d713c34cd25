import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { basePath, builtFiles, builtPages, pagePath, readBuilt, resolveSitePath } from "../support/builtSite";

/** The origin the site was built for: absolute URLs on it are internal links too. */
const siteOrigin = new URL(process.env.SITE_URL ?? "http://localhost:4321").origin;

const pages = builtPages();
const idsCache = new Map<string, Set<string>>();

function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    const { document } = parseHTML(readBuilt(file));
    ids = new Set([...document.querySelectorAll("[id]")].map((el) => el.getAttribute("id") ?? ""));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Internal URLs a page refers to: links, assets, frames and alternates. */
function referencesOf(file: string): string[] {
  const { document } = parseHTML(readBuilt(file));
  const urls: string[] = [];
  for (const [selector, attribute] of [
    ["a[href]", "href"],
    ["link[href]", "href"],
    ["script[src]", "src"],
    ["img[src]", "src"],
    ["iframe[src]", "src"],
    ["meta[property='og:image']", "content"],
  ] as const) {
    for (const element of document.querySelectorAll(selector)) urls.push(element.getAttribute(attribute) ?? "");
  }
  return urls;
}

/** Why an internal URL does not resolve, or null when it does (or is external). */
function problemWith(raw: string, from: string): string | null {
  if (/^(mailto:|tel:|data:)/.test(raw)) return null;
  const url = new URL(raw, `${siteOrigin}${pagePath(from)}`);
  if (url.origin !== siteOrigin) return null;
  const target = resolveSitePath(url.pathname);
  if (!target) return `${raw}: no file at ${url.pathname}`;
  if (url.hash && target.endsWith(".html") && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
    return `${raw}: no element with id "${url.hash.slice(1)}" in ${target}`;
  }
  return null;
}

describe("internal links", () => {
  it("finds the built pages", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)("every link, anchor and asset of %s resolves", (file) => {
    const problems = [...new Set(referencesOf(file))].map((url) => problemWith(url, file)).filter(Boolean);
    expect(problems).toEqual([]);
  });

  it("every URL in the sitemaps resolves", () => {
    const sitemaps = builtFiles().filter((f) => /^sitemap.*\.xml$/.test(f));
    const locs = sitemaps.flatMap((f) => [...readBuilt(f).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? ""));
    expect(locs.length).toBeGreaterThan(20);
    expect(locs.map((loc) => problemWith(loc, "index.html")).filter(Boolean)).toEqual([]);
  });

  it("builds every internal link under the base path", () => {
    expect(basePath.endsWith("/")).toBe(true);
    const stray = pages.flatMap((file) =>
      referencesOf(file)
        .filter((u) => u.startsWith("/") && !u.startsWith("//") && !u.startsWith(basePath))
        .map((u) => `${file}: ${u}`),
    );
    expect(stray).toEqual([]);
  });
});
