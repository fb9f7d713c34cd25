import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { builtPages, pagePath, readBuilt, resolveSitePath } from "../support/builtSite";
import { distDir } from "../support/site";
import { defaultSiteUrl } from "~/core/siteUrl";

/**
 * schema.org JSON-LD: every block on every page parses and cannot end its <script> early; each
 * dataset page carries a `Dataset` with the properties Google's Dataset guidelines require
 * (name, description of 50–5000 characters) and recommend, holding the same values as the page
 * and `datapackage.json`, every `contentUrl` a built file; the data index a `DataCatalog`; every
 * story a `NewsArticle` that agrees with its page.
 */
const siteOrigin = new URL(process.env.SITE_URL ?? defaultSiteUrl).origin;
const pages = builtPages();
type Ld = Record<string, unknown>;

function blocks(file: string): { raw: string; data: Ld }[] {
  const { document } = parseHTML(readBuilt(file));
  return [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => {
    const raw = s.textContent ?? "";
    return { raw, data: JSON.parse(raw) as Ld };
  });
}

function h1(file: string): string {
  const { document } = parseHTML(readBuilt(file));
  return (document.querySelector("h1")?.textContent ?? "").trim();
}

/** The built file an absolute site URL points at, or undefined. */
function fileOf(url: unknown): string | undefined {
  if (typeof url !== "string") return undefined;
  const parsed = new URL(url);
  return parsed.origin === siteOrigin ? resolveSitePath(parsed.pathname) : undefined;
}

const datapackage = JSON.parse(readBuilt("datapackage.json")) as {
  version: string;
  licenses: { path: string }[];
  resources: { name: string; path: string; schema?: unknown }[];
};
const datasetIds = datapackage.resources.filter((r) => r.schema).map((r) => r.name);
const datasetPages = pages.filter((f) => /^(en\/)?data\/[^/]+\/index\.html$/.test(f));
const storyPages = pages.filter((f) => /^(en\/)?stories\/[^/]+\/index\.html$/.test(f));
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** True when the dataset's CSV has a non-empty date or period cell. */
function hasDates(id: string): boolean {
  const { data } = Papa.parse<Record<string, string>>(readFileSync(join(distDir, `downloads/${id}.csv`), "utf8"), {
    header: true,
    skipEmptyLines: true,
  });
  return data.some((row) => Object.entries(row).some(([k, v]) => /(^|_)(date|period)$/.test(k) && v !== ""));
}

describe("JSON-LD", () => {
  it("finds dataset and story pages", () => {
    expect(datasetPages.length).toBe(datasetIds.length * 2);
    expect(storyPages.length).toBeGreaterThan(10);
  });

  it.each(pages)("%s: every JSON-LD block parses and holds no '<'", (file) => {
    for (const { raw, data } of blocks(file)) {
      expect(raw).not.toMatch(/</);
      expect(data["@context"]).toBe("https://schema.org");
    }
  });

  it.each(datasetPages)("%s carries a complete Dataset that agrees with the page", (file) => {
    const id = file.split("/").at(-2) ?? "";
    const found = blocks(file).filter((b) => b.data["@type"] === "Dataset");
    expect(found).toHaveLength(1);
    const d = (found[0] as { data: Ld }).data;
    // Required (Google): name, description of 50 to 5000 characters.
    expect(d.name).toBe(h1(file));
    expect(typeof d.description).toBe("string");
    expect((d.description as string).length).toBeGreaterThanOrEqual(50);
    expect((d.description as string).length).toBeLessThanOrEqual(5000);
    // Recommended, with the values of the page and the package.
    expect(d.url).toBe(`${siteOrigin}${pagePath(file)}`);
    expect(typeof d.alternateName).toBe("string");
    expect(d.license).toBe(datapackage.licenses[0]?.path);
    expect(d.version).toBe(datapackage.version);
    expect(d.isAccessibleForFree).toBe(true);
    expect(d.dateModified).toMatch(isoDate);
    expect((d.creator as Ld).name).toMatch(/\S/);
    expect(d.citation).toMatch(/\S/);
    expect(readBuilt(file)).toContain(String(d.citation).replace(/&/g, "&amp;"));
    expect((d.spatialCoverage as Ld).name).toMatch(/\S/);
    if (hasDates(id)) expect(d.temporalCoverage).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);
    else expect(d.temporalCoverage).toBeUndefined();
    expect((d.variableMeasured as unknown[]).length).toBeGreaterThan(2);
    expect(fileOf((d.includedInDataCatalog as Ld).url)).toMatch(/data\/index\.html$/);
    // One DataDownload per format, each a built file, the same files the page links to.
    const downloads = d.distribution as Ld[];
    expect(downloads.map((x) => x["@type"])).toEqual(["DataDownload", "DataDownload", "DataDownload", "DataDownload"]);
    for (const x of downloads) {
      expect(x.encodingFormat, String(x.contentUrl)).toMatch(/^[a-z]+\/[\w.+-]+$/);
      expect(fileOf(x.contentUrl), String(x.contentUrl)).toBeDefined();
    }
    const { document } = parseHTML(readBuilt(file));
    const linked = [...document.querySelectorAll("a[href]")]
      .map((a) => new URL(a.getAttribute("href") ?? "", `${siteOrigin}${pagePath(file)}`).href)
      .filter((href) => href.includes(`/downloads/${id}`));
    expect(new Set(downloads.map((x) => x.contentUrl))).toEqual(new Set(linked));
  });

  it.each(pages.filter((f) => /^(en\/)?data\/index\.html$/.test(f)))("%s carries the DataCatalog", (file) => {
    const found = blocks(file).filter((b) => b.data["@type"] === "DataCatalog");
    expect(found).toHaveLength(1);
    const catalog = (found[0] as { data: Ld }).data;
    expect(catalog.url).toBe(`${siteOrigin}${pagePath(file)}`);
    const datasets = catalog.dataset as Ld[];
    expect(datasets.length).toBe(datasetIds.length);
    for (const d of datasets) {
      expect(fileOf(d.url), String(d.url)).toMatch(/data\/[^/]+\/index\.html$/);
      expect((d.description as string).length).toBeGreaterThanOrEqual(50);
    }
  });

  it.each(storyPages)("%s carries a NewsArticle that agrees with the page", (file) => {
    const found = blocks(file).filter((b) => b.data["@type"] === "NewsArticle");
    expect(found).toHaveLength(1);
    const a = (found[0] as { data: Ld }).data;
    const { document } = parseHTML(readBuilt(file));
    const meta = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute("content");
    expect(a.headline).toBe(h1(file));
    expect(a.url).toBe(`${siteOrigin}${pagePath(file)}`);
    expect(a.inLanguage).toBe(document.documentElement.getAttribute("lang"));
    expect(a.datePublished).toMatch(isoDate);
    expect(a.dateModified).toMatch(isoDate);
    expect(a.datePublished).toBe(meta("article:published_time"));
    expect(a.dateModified).toBe(meta("article:modified_time"));
    expect((a.datePublished as string) <= (a.dateModified as string)).toBe(true);
    expect(a.image).toEqual([meta("og:image")]);
    expect(fileOf((a.image as string[])[0])).toBeDefined();
    for (const who of [...(a.author as Ld[]), a.publisher as Ld]) expect(who.name).toMatch(/\S/);
  });
});
