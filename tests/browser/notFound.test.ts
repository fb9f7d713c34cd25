import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, launchChromium, openPage, recordingContext } from "../support/browser";

const chromium = inject("chromium");
const root = inject("siteRoot");

describe.skipIf(!chromium)("the 404 page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("answers an unknown address with status 404 and a page in both languages", async () => {
    const { context, record } = await recordingContext(browser, [new URL(root).origin]);
    const page = await context.newPage();
    const response = await openPage(page, `${root}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await expect(page.locator("main h1").innerText()).resolves.toMatch(/找不到/);
    await expect(page.locator('main [lang="en"]').innerText()).resolves.toMatch(/no page at this address/);
    expect(await axeViolations(page)).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    await context.close();
  });

  it("has an English version", async () => {
    const { context } = await recordingContext(browser, [new URL(root).origin]);
    const page = await context.newPage();
    await openPage(page, `${root}en/404/`);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await expect(page.locator("main h1").innerText()).resolves.toBe("Page not found");
    await context.close();
  });
});
