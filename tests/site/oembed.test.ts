import { describe, expect, it } from "vitest";
import { getCharts } from "~/charts/index";
import { basePath, pngSize, readBuilt, resolveSitePath } from "../support/builtSite";

const version = (JSON.parse(readBuilt("datapackage.json")) as { version: string }).version;
const cases = ["", "en/"].flatMap((prefix) => getCharts().map((c) => [prefix, c.id] as const));

/** The built file an absolute URL of the site points at (any origin: the build names the deployed one). */
function builtFileOf(url: string): string {
  const { pathname } = new URL(url);
  const file = resolveSitePath(pathname);
  if (!file) throw new Error(`${url} points at no built file`);
  return file;
}

describe("oEmbed documents of the charts", () => {
  it.each(cases)(
    "oEmbed %s%s: valid JSON with the required fields, discoverable, pointing at an embed that exists",
    (prefix, id) => {
      const page = readBuilt(`${prefix}charts/${id}/index.html`);
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)?.[1] ?? "";
      expect(new URL(link).pathname).toBe(`${basePath}${prefix}oembed/${id}.json`);
      const doc = JSON.parse(readBuilt(builtFileOf(link))) as Record<string, unknown>;
      expect(doc).toMatchObject({ type: "rich", version: "1.0" });
      for (const field of ["title", "provider_name", "provider_url", "html", "thumbnail_url"])
        expect(typeof doc[field], field).toBe("string");
      for (const field of ["width", "height", "thumbnail_width", "thumbnail_height"])
        expect(Number.isInteger(doc[field]), field).toBe(true);
      const iframe = new URL(/<iframe src="([^"]+)"/.exec(String(doc.html))?.[1]?.replace(/&#38;/g, "&") ?? "");
      expect(iframe.pathname + iframe.search).toBe(`${basePath}${prefix}embed/${id}/?v=${version}`);
      expect(readBuilt(builtFileOf(iframe.href))).toContain('<meta name="robots" content="noindex"');
      expect(pngSize(builtFileOf(String(doc.thumbnail_url)))).toEqual({
        width: doc.thumbnail_width,
        height: doc.thumbnail_height,
      });
    },
  );
});
