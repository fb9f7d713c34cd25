import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { formatMapHash, parseMapHash } from "~/map/hash";
import { basePath, builtFiles, builtPages, pagePath, readBuilt, resolveSitePath } from "../support/builtSite";
import { defaultSiteUrl } from "~/core/siteUrl";

/** The origin the site was built for: absolute URLs on it are internal links too. */
const siteOrigin = new URL(process.env.SITE_URL ?? defaultSiteUrl).origin;

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
    ["source[src]", "src"],
    ["form[action]", "action"],
    ["use[href]", "href"],
    ["image[href]", "href"],
    ["meta[property='og:image']", "content"],
    ["meta[property='og:url']", "content"],
    ["meta[name='twitter:image']", "content"],
  ] as const) {
    for (const element of document.querySelectorAll(selector)) urls.push(element.getAttribute(attribute) ?? "");
  }
  for (const element of document.querySelectorAll("[srcset]")) {
    for (const candidate of (element.getAttribute("srcset") ?? "").split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.push(url);
    }
  }
  return urls;
}

/** The site's own absolute URLs written in a text (a feed, JSON, robots.txt), entities decoded. */
function siteUrlsIn(text: string): string[] {
  const decoded = text.replace(/&amp;/g, "&").replace(/\\\//g, "/");
  const escaped = `${siteOrigin}${basePath}`.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  return [...decoded.matchAll(new RegExp(`${escaped}[^\\s"'<>\\\\)]*`, "g"))].map((m) => m[0]);
}

/** Every string in a parsed JSON document. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** Why an internal URL does not resolve, or null when it does (or is external). */
function problemWith(raw: string, from: string): string | null {
  if (/^(mailto:|tel:|data:)/.test(raw)) return null;
  const url = new URL(raw, `${siteOrigin}${pagePath(from)}`);
  if (url.origin !== siteOrigin) return null;
  const target = resolveSitePath(url.pathname);
  if (!target) return `${raw}: no file at ${url.pathname}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && /(^|\/)map\/index\.html$/.test(target) && fragment.includes("="))
    return mapStateProblem(raw, fragment, target);
  if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) {
    return `${raw}: no element with id "${fragment}" in ${target}`;
  }
  return null;
}

/**
 * The map keeps its view in the hash (`#layer=sites&select=county-xingyi`, see src/map/hash.ts):
 * such a link is fine when the map reads it back as written and what it selects is on the map.
 */
function mapStateProblem(raw: string, fragment: string, target: string): string | null {
  const state = parseMapHash(fragment);
  if (formatMapHash(state) !== `#${fragment}`) return `${raw}: the map does not understand the view "#${fragment}"`;
  if (state.select && !idsOf(target).has(`map-item-${state.select}`)) {
    return `${raw}: "${state.select}" is not on the map in ${target}`;
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

  const files = builtFiles();
  const feeds = files.filter((f) => /(^|\/)feed\.xml$/.test(f));
  const oembeds = files.filter((f) => /(^|\/)oembed\/[^/]+\.json$/.test(f));

  it("finds a feed and the oEmbed documents in both languages", () => {
    expect(feeds).toEqual(expect.arrayContaining(["feed.xml", "en/feed.xml"]));
    expect(oembeds.some((f) => f.startsWith("en/"))).toBe(true);
    expect(oembeds.some((f) => !f.startsWith("en/"))).toBe(true);
  });

  it.each(feeds)("every link in %s resolves", (file) => {
    // Links, icon and logo; an entry's <id> names it and need not resolve.
    const xml = readBuilt(file);
    const urls = [
      ...[...xml.matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1] ?? ""),
      ...[...xml.matchAll(/<(icon|logo)>([^<]+)<\/\1>/g)].map((m) => m[2] ?? ""),
    ];
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.map((url) => problemWith(url.replace(/&amp;/g, "&"), file)).filter(Boolean)).toEqual([]);
  });

  it.each(oembeds)("every URL in %s resolves", (file) => {
    const json = JSON.parse(readBuilt(file)) as { html?: string; thumbnail_url?: string };
    const urls = [...new Set(stringsIn(json).flatMap(siteUrlsIn))];
    expect(json.html).toMatch(/<iframe /);
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.map((url) => problemWith(url, file)).filter(Boolean)).toEqual([]);
  });

  it("every resource and site URL in datapackage.json resolves", () => {
    const json = JSON.parse(readBuilt("datapackage.json")) as {
      resources: { path: string; alternatives?: { path: string }[] }[];
    };
    const paths = json.resources.flatMap((r) => [r.path, ...(r.alternatives ?? []).map((a) => a.path)]);
    expect(paths.length).toBeGreaterThan(10);
    const urls = [...new Set([...paths, ...stringsIn(json).flatMap(siteUrlsIn)])];
    expect(urls.map((url) => problemWith(url, "datapackage.json")).filter(Boolean)).toEqual([]);
  });

  it("robots.txt and the sitemap index point at files that exist", () => {
    const urls = [...siteUrlsIn(readBuilt("robots.txt")), ...siteUrlsIn(readBuilt("sitemap-index.xml"))];
    expect(urls.length).toBeGreaterThan(1);
    expect(urls.map((url) => problemWith(url, "robots.txt")).filter(Boolean)).toEqual([]);
  });

  it("every url() in the built stylesheets resolves", () => {
    const sheets = files.filter((f) => f.endsWith(".css"));
    const problems = sheets.flatMap((file) =>
      [...readBuilt(file).matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)]
        .map((m) => m[1] ?? "")
        .filter((url) => !url.startsWith("#") && !url.startsWith("data:"))
        .map((url) => problemWith(url, file))
        .filter(Boolean)
        .map((problem) => `${file}: ${problem}`),
    );
    expect(sheets.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  it("builds every internal link under the base path", () => {
    expect(basePath.endsWith("/")).toBe(true);
    const stray = pages.flatMap((file) =>
      referencesOf(file)
        .filter((u) => u.startsWith("/") && !u.startsWith("//") && !u.startsWith(basePath))
        .map((u) => `${file}: ${u}`),
    );
    expect(stray).toEqual([]);
    // It parses every page again: on a busy 2-core machine that takes longer than the default 5 s.
  }, 60_000);
});
