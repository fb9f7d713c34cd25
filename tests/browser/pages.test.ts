import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchChromium, recordingContext } from "../support/browser";
import { sitemapPaths } from "../support/site";

const chromium = inject("chromium");
const root = inject("siteRoot");
const origin = new URL(root).origin;
const paths = sitemapPaths();

// Pages are checked a few at a time: each runs in its own browser context and renderer process.
describe.skipIf(!chromium).concurrent("every page in the sitemap", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("lists both languages of every page", () => {
    const zh = paths.filter((p) => !p.startsWith("en/"));
    const en = paths.filter((p) => p.startsWith("en/")).map((p) => p.slice(3));
    expect(zh.length).toBeGreaterThan(1);
    expect(en.sort()).toEqual(zh.sort());
  });

  it.each(paths)(
    "/%s loads cleanly, in its language, axe-clean in both schemes, with no outside requests",
    async (path) => {
      const { context, record } = await recordingContext(browser, [origin]);
      const page = await context.newPage();
      const response = await page.goto(root + path, { waitUntil: "load" });
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
      expect(await axeViolations(page), "light scheme").toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await axeViolations(page), "dark scheme").toEqual([]);
      expect(record.consoleErrors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
      await context.close();
    },
  );

  it.each(paths)("/%s shows its main content without JavaScript", async (path) => {
    const { context } = await recordingContext(browser, [origin], { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(root + path, { waitUntil: "load" });
    expect(await page.locator("main h1").count()).toBeGreaterThanOrEqual(1);
    const text = (await page.locator("main").innerText()).trim();
    expect(text.length).toBeGreaterThan(40);
    await context.close();
  });
});
