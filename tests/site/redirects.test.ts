import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { retiredCharts } from "~/charts/retired";
import { langs } from "~/i18n";
import { basePath, resolveSitePath } from "../support/builtSite";
import { distDir, sitemapPaths } from "../support/site";

/**
 * The URLs of charts merged into another (src/charts/retired.ts): hosts that read `_redirects`
 * answer each with a 301 to the same URL of the chart that replaced it; the pages and embeds also
 * have a redirect page of their own (checked in a browser by tests/browser/charts.test.ts).
 */
const file = join(distDir, "_redirects");
const rules = existsSync(file)
  ? readFileSync(file, "utf8")
      .split("\n")
      .filter((line) => line.trim() !== "" && !line.startsWith("#"))
      .map((line) => line.split(/\s+/))
  : [];

describe("redirects of retired charts", () => {
  it("lists, for each retired chart and language, its page, embed, oEmbed, social card and four downloads", () => {
    expect(rules).toHaveLength(retiredCharts.length * langs.length * 8);
    for (const { id } of retiredCharts)
      for (const from of [`charts/${id}/`, `en/embed/${id}/`, `charts/${id}-640.zh.png`, `og/charts/${id}.en.png`])
        expect(rules.map(([f]) => f)).toContain(basePath + from);
  });

  it.each(rules.map((r) => [r[0], r[1], r[2]] as const))("%s → %s (%s) lands on a built file", (from, to, status) => {
    expect(status).toBe("301");
    const retired = retiredCharts.find((c) => from?.includes(`/${c.id}`));
    expect(retired, from).toBeDefined();
    expect(to).toBe(from?.replace(`/${retired?.id}`, `/${retired?.replacedBy}`));
    expect(resolveSitePath(to ?? ""), to).toBeDefined();
  });

  it("keeps the redirect pages out of the sitemap", () => {
    const paths = sitemapPaths();
    for (const { id } of retiredCharts) expect(paths.filter((p) => p.includes(`/${id}/`))).toEqual([]);
  });
});
