import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium, openPage, recordingContext } from "../support/browser";

const chromium = inject("chromium");
const root = inject("siteRoot");

describe.skipIf(!chromium)("search", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The result links for a query on the search page of a language. */
  async function resultsFor(path: string, query: string): Promise<string[]> {
    const { context, record } = await recordingContext(browser, [new URL(root).origin]);
    const page = await context.newPage();
    await openPage(page, `${root}${path}?q=${encodeURIComponent(query)}`);
    await page.locator("[data-search-results] [role=status]").waitFor();
    const links = await page
      .locator("[data-search-results] li a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(record.foreignRequests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    await context.close();
    return links;
  }

  it("finds a Chinese word in the Chinese index", async () => {
    const links = await resultsFor("search/", "石漠化");
    expect(links).toContain(`${new URL(root).pathname}stories/why-move/`);
    expect(links.every((l) => !l.includes("/en/"))).toBe(true);
  });

  it("finds an English word in the English index", async () => {
    const links = await resultsFor("en/search/", "desertification");
    expect(links).toContain(`${new URL(root).pathname}en/stories/why-move/`);
    expect(links.every((l) => l.includes("/en/"))).toBe(true);
  });

  it("lists everything without JavaScript", async () => {
    const { context } = await recordingContext(browser, [new URL(root).origin], { javaScriptEnabled: false });
    const page = await context.newPage();
    await openPage(page, `${root}search/`);
    expect(await page.locator("form[data-search]").isVisible()).toBe(false);
    expect(await page.locator("main ul li a").count()).toBeGreaterThan(10);
    await context.close();
  });
});
