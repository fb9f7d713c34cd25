import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage, scriptedAndScriptlessPools } from "../support/browser";
import { tableClipping } from "../support/layoutChecks";
import { sitemapPaths } from "../support/site";

const chromium = inject("chromium");
const root = inject("siteRoot");
const origin = new URL(root).origin;

/** Every dataset page, the data index, the evidence register and one county page, in both languages. */
const pages = sitemapPaths().filter((p) => /^(en\/)?(data\/([^/]+\/)?|evidence\/|counties\/qinglong\/)$/.test(p));
/**
 * Two phone widths, where each row is a card. The wide table at 1280 px is checked on every page of
 * the sitemap by pages.test.ts, which has each page loaded at that width already.
 */
const widths = [360, 390];
const cases = pages.flatMap((path) => widths.map((width) => ({ path, width })));

/** The observations dataset with the most rows, and its first row that has a note. */
const relocation = "en/data/relocation/";

/** Opens a page at a width (and a phone's height) and returns it. */
async function open(page: Page, path: string, width: number): Promise<Page> {
  await page.setViewportSize({ width, height: width < 640 ? 844 : 900 });
  expect((await openPage(page, root + path))?.status()).toBe(200);
  return page;
}

describe.skipIf(!chromium).concurrent("data tables on phones and wide screens", () => {
  const pools = scriptedAndScriptlessPools(chromium, [origin]);

  it("checks every dataset page, the data index, the evidence register and a county page", () => {
    expect(pages).toContain("data/");
    expect(pages).toContain("en/evidence/");
    expect(pages).toContain("counties/qinglong/");
    expect(pages.filter((p) => /^data\/[^/]+\/$/.test(p)).length).toBeGreaterThan(5);
    expect(pages.length % 2, "both languages of each").toBe(0);
  });

  it.each(cases)(
    "/$path at $width px: no table cell is clipped and the page does not scroll sideways",
    ({ path, width }) =>
      pools.scripted.use(async ({ page }) => {
        await open(page, path, width);
        // The data index lists the datasets without a table: there only the sideways scroll is checked.
        if (!/data\/$/.test(path))
          expect(await page.locator("table td").count(), "the page has a table").toBeGreaterThan(0);
        expect(await page.evaluate<string[]>(tableClipping)).toEqual([]);
      }),
  );

  it("keeps each card's figure, place, date and source in view and its quote and note behind a closed disclosure", () =>
    pools.scriptless.use(async ({ page }) => {
      await open(page, relocation, 390);
      const row = page.locator("tbody tr:has(.cell-details)").filter({ hasText: "Quote and note" }).first();
      const cells = row.locator("td");
      // Measure (with place), value, period, status, source with grade: every cell shows.
      for (const cell of await cells.all()) expect(await cell.isVisible()).toBe(true);
      expect(await row.locator(".grade").isVisible()).toBe(true);
      const details = row.locator("details.cell-details");
      const summary = details.locator("summary");
      const quote = details.locator("q");
      expect(await summary.isVisible()).toBe(true);
      expect(await quote.isVisible(), "the quote is behind the closed disclosure").toBe(false);
      // The summary is a tap target of at least 24 px (WCAG 2.5.8).
      expect((await summary.boundingBox())?.height).toBeGreaterThanOrEqual(24);
      await summary.click();
      expect(await quote.isVisible()).toBe(true);
      expect(await details.getAttribute("open")).toBe("");
    }));

  it("opens the disclosure from the keyboard, and screen readers meet it as a button in a table cell", () =>
    pools.scripted.use(async ({ page }) => {
      await open(page, relocation, 390);
      const details = page.locator("details.cell-details").first();
      await details.locator("summary").focus();
      await page.keyboard.press("Enter");
      expect(await details.locator("q").isVisible()).toBe(true);
      // The card layout keeps the table's roles, so the headers are still read with each cell.
      const tree = await page.locator("table.data-table").first().ariaSnapshot();
      expect(tree).toMatch(/^- table/);
      expect(tree).toMatch(/- row /);
      expect(tree).toMatch(/- cell /);
      expect(tree).toMatch(/- columnheader "Value"/);
    }));

  it("shows the quote and note in full in the wide table, with no disclosure to open", () =>
    pools.scriptless.use(async ({ page }) => {
      await open(page, relocation, 1280);
      const details = page.locator("details.cell-details").first();
      expect(await details.locator("summary").isVisible()).toBe(false);
      expect(await details.locator("q").isVisible()).toBe(true);
      expect(await page.locator("table.data-table thead").first().isVisible()).toBe(true);
    }));

  it("makes the English relocation page at 390 px shorter by at least a line for each closed disclosure", () =>
    pools.scriptless.use(async ({ page }) => {
      await open(page, relocation, 390);
      const closed = await page.evaluate(() => document.documentElement.scrollHeight);
      const count = await page.evaluate(() => {
        const all = document.querySelectorAll<HTMLDetailsElement>("details.cell-details");
        all.forEach((d) => (d.open = true));
        return all.length;
      });
      const opened = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(count).toBeGreaterThan(50);
      // A line of the quote's small type is 20 px; most quotes run to several.
      expect(opened - closed).toBeGreaterThan(count * 20);
    }));
});
