import { describe, expect, inject, it } from "vitest";
import { pageVariants } from "~/charts/index";
import { axeViolations, colourRules, openPage, scriptedAndScriptlessPools } from "../support/browser";
import { tableClipping } from "../support/layoutChecks";
import { sitemapPaths } from "../support/site";

const chromium = inject("chromium");
const root = inject("siteRoot");
const origin = new URL(root).origin;
const paths = sitemapPaths();

// Pages are checked a few at a time, each in a page of its own taken from a pool.
describe.skipIf(!chromium).concurrent("every page in the sitemap", () => {
  const pools = scriptedAndScriptlessPools(chromium, [origin]);

  it("lists both languages of every page", () => {
    const zh = paths.filter((p) => !p.startsWith("en/"));
    const en = paths.filter((p) => p.startsWith("en/")).map((p) => p.slice(3));
    expect(zh.length).toBeGreaterThan(1);
    expect(en.sort()).toEqual(zh.sort());
  });

  it.each(paths)("/%s loads in its language, axe-clean in both schemes, uncut at 1280 px, no outside request", (path) =>
    pools.scripted.use(async ({ page, record }) => {
      // The pool's pages have Playwright's default desktop viewport; tables.test.ts checks phone widths.
      expect(page.viewportSize()?.width).toBe(1280);
      const response = await openPage(page, root + path);
      expect(response?.status()).toBe(200);
      const expectedLang = path.startsWith("en/") ? "en" : "zh-CN";
      expect(await page.getAttribute("html", "lang")).toBe(expectedLang);
      expect((await page.title()).trim()).not.toBe("");
      const description = (await page.getAttribute('meta[name="description"]', "content")) ?? "";
      // Chinese says in a dozen characters what English needs a sentence for.
      expect(description.trim().length).toBeGreaterThanOrEqual(path.startsWith("en/") ? 20 : 12);
      expect(await page.getAttribute('link[rel="canonical"]', "href")).toMatch(new RegExp(`/${path}$`));
      const switchHref = await page.getAttribute("[data-lang-switch]", "href");
      expect(switchHref, "the language switch lands on the same page").toBe(
        path.startsWith("en/") ? new URL(root).pathname + path.slice(3) : `${new URL(root).pathname}en/${path}`,
      );
      // A chart page's chart is enhanced (charts.test.ts checks it, and its note and labels, without the scripts).
      if (/(^|\/)charts\/[^/]+\/$/.test(path))
        expect(await page.locator(".chart-variants > svg[role=group]").count(), "the chart is enhanced").toBe(
          pageVariants.length,
        );
      expect(await axeViolations(page), "light scheme").toEqual([]);
      // The wide layout of every page, its tables included: nothing cut, no sideways scroll.
      expect(await page.evaluate<string[]>(tableClipping), "at 1280 px").toEqual([]);
      // Only colours change between the schemes (CSS variables), so the dark pass runs the colour rules.
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await axeViolations(page, colourRules), "dark scheme").toEqual([]);
      expect(record.consoleErrors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    }),
  );

  it.each(paths)("/%s shows its main content without JavaScript", (path) =>
    pools.scriptless.use(async ({ page }) => {
      await openPage(page, root + path);
      expect(await page.locator("main h1").count()).toBeGreaterThanOrEqual(1);
      const text = (await page.locator("main").innerText()).trim();
      expect(text.length).toBeGreaterThan(40);
    }),
  );
});
