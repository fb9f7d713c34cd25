import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { pngSize, readBuilt, resolveSitePath } from "../support/builtSite";
import { sitemapPaths } from "../support/site";
import { defaultSiteUrl } from "~/core/siteUrl";

/**
 * Every page in the sitemap has a social card: title, description, an absolute `og:image` on the
 * site that is a PNG of the declared width and height, and `twitter:card`. Stories are
 * `og:type` `article` with their publication and modification times.
 */
const siteOrigin = new URL(process.env.SITE_URL ?? defaultSiteUrl).origin;
const paths = sitemapPaths();

describe("social cards", () => {
  it("finds the sitemap pages", () => {
    expect(paths.length).toBeGreaterThan(50);
  });

  it.each(paths)("/%s has an Open Graph and Twitter card", (path) => {
    const file = resolveSitePath(`${process.env.BASE_PATH ?? "/"}${path}`.replace(/\/{2,}/g, "/"));
    expect(file, path).toBeDefined();
    const { document } = parseHTML(readBuilt(file ?? ""));
    const prop = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute("content") ?? "";
    const name = (n: string) => document.querySelector(`meta[name="${n}"]`)?.getAttribute("content") ?? "";
    expect(document.querySelector("title")?.textContent).toMatch(/\S/);
    expect(name("description")).toMatch(/\S/);
    expect(prop("og:title")).toMatch(/\S/);
    expect(prop("og:description")).toMatch(/\S/);
    expect(prop("og:url")).toBe(document.querySelector('link[rel="canonical"]')?.getAttribute("href"));
    const image = new URL(prop("og:image"));
    expect(image.origin).toBe(siteOrigin);
    const png = resolveSitePath(image.pathname);
    expect(png, image.href).toBeDefined();
    expect(pngSize(png ?? "")).toEqual({
      width: Number(prop("og:image:width")),
      height: Number(prop("og:image:height")),
    });
    expect(name("twitter:card")).toBe("summary_large_image");
    const isStory = /(^|\/)stories\/[^/]+\/$/.test(path);
    expect(prop("og:type")).toBe(isStory ? "article" : "website");
    if (isStory) {
      expect(prop("article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(prop("article:modified_time")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    } else {
      expect(prop("article:published_time")).toBe("");
    }
  });
});
