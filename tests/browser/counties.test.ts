import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { absoluteUrl, evidencePath } from "~/core/urls";
import { factBibtex, factCitation } from "~/data/citation";
import { getDataRelease } from "~/data/downloads";
import { getFact } from "~/data/facts";
import { langs } from "~/i18n";
import { axeViolations, colourRules, launchChromium, openPage, PagePool, recordingContext } from "../support/browser";
import { builtRoot } from "../support/site";

const chromium = inject("chromium");
const root = inject("siteRoot");
const origin = new URL(root).origin;

/** A county with a boundary, 义龙新区 (a point only), and their embeds, in both languages. */
const pages = ["", "en/"].flatMap((p) => [
  `${p}counties/qinglong/`,
  `${p}counties/yilong/`,
  `${p}embed/county-qinglong/`,
  `${p}embed/county-yilong/`,
]);

describe.skipIf(!chromium).concurrent("county pages, county embeds and the evidence explorer", () => {
  let browser: Browser;
  let pools: { noJs: PagePool; enhanced: PagePool };
  beforeAll(async () => {
    browser = await launchChromium(chromium);
    pools = {
      noJs: new PagePool(browser, [origin], { javaScriptEnabled: false }),
      enhanced: new PagePool(browser, [origin]),
    };
  });
  afterAll(async () => {
    await Promise.all(Object.values(pools ?? {}).map((pool) => pool.close()));
    await browser?.close();
  });

  it.each(pages)(
    "/%s reads without JavaScript and (embeds here, pages in pages.test.ts) passes axe in both schemes, with no outside requests",
    async (path) => {
      await pools.noJs.use(async ({ page, record }) => {
        expect((await openPage(page, root + path))?.status()).toBe(200);
        expect(await page.locator("h1").textContent()).toMatch(/\S/);
        expect(await page.locator(".map-frame svg").count()).toBe(1);
        expect(await page.locator("[data-fact]").count()).toBeGreaterThan(0);
        expect(record.foreignRequests).toEqual([]);
      });
      // County pages are in the sitemap: pages.test.ts checks them enhanced, in both schemes.
      if (!path.includes("embed/")) return;
      await pools.enhanced.use(async ({ page, record }) => {
        await openPage(page, root + path);
        expect(await axeViolations(page), "light").toEqual([]);
        await page.emulateMedia({ colorScheme: "dark" });
        expect(await axeViolations(page, colourRules), "dark").toEqual([]);
        expect(record.consoleErrors).toEqual([]);
        expect(record.foreignRequests).toEqual([]);
      });
    },
  );

  it("reaches the county's downloads and embed code by keyboard", async () => {
    await pools.enhanced.use(async ({ page }) => {
      await openPage(page, `${root}en/counties/wangmo/`);
      const csv = page.locator('#card ~ ul a[href$="downloads/counties/wangmo.csv"]');
      expect(await csv.count()).toBe(1);
      let reached = false;
      for (let i = 0; i < 200 && !reached; i++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(
          () => document.activeElement?.getAttribute("href")?.endsWith("wangmo.csv") ?? false,
        );
      }
      expect(reached, "the CSV link is in the tab order").toBe(true);
      const response = await page.request.get(new URL((await csv.getAttribute("href")) ?? "", page.url()).href);
      expect(response.status()).toBe(200);
      expect((await response.text()).split("\r\n")[0]).toMatch(/^id,dataset,entity,measure_zh/);
    });
  });

  it("filters the evidence, shares the URL, and a reload shows the same rows", async () => {
    await pools.enhanced.use(async ({ page, record }) => {
      await openPage(page, `${root}en/evidence/`);
      const total = await page.locator("tr[data-row]").count();
      expect(total).toBeGreaterThan(100);
      await page.locator("input[name=q]").focus();
      await page.keyboard.type("晴隆");
      await page.selectOption("select[name=grade]", "C");
      const shown = () =>
        page.$$eval("tr[data-row]:not([hidden])", (rows) => rows.map((r) => r.getAttribute("data-row") ?? "").sort());
      const first = await shown();
      expect(first.length).toBeGreaterThan(0);
      expect(first.length).toBeLessThan(total);
      expect(await page.locator("output").textContent()).toContain(String(first.length));
      for (const id of first) expect(await page.getAttribute(`tr[data-row="${id}"]`, "data-grade")).toBe("C");
      const shared = (await page.getAttribute(".evidence-share", "href")) ?? "";
      expect(shared).toContain("grade=C");
      expect(page.url()).toContain("grade=C");
      await openPage(page, new URL(shared, page.url()).href);
      expect(await shown()).toEqual(first);
      await page.reload({ waitUntil: "load" });
      expect(await shown()).toEqual(first);
      expect(await page.inputValue("input[name=q]")).toBe("晴隆");
      expect(record.consoleErrors).toEqual([]);
    });
  });

  it.each(langs)(
    "%s: the evidence explorer's cite dialog gives the citations src/data/citation.ts writes, for a reported and a computed figure",
    async (lang) => {
      await pools.enhanced.use(async ({ page, record }) => {
        await openPage(page, root + evidencePath(lang).replace(/^\//, ""));
        const ids = await page.$$eval("tr[data-row]", (rows) => [
          rows.find((r) => r.getAttribute("data-status") !== "computed")?.getAttribute("data-row") ?? "",
          rows.find((r) => r.getAttribute("data-status") === "computed")?.getAttribute("data-row") ?? "",
        ]);
        for (const id of ids) {
          expect(id, "a row of each kind").not.toBe("");
          await page.locator(`button[data-cite="${id}"]`).click();
          await page.locator("dialog[open] pre").first().waitFor();
          const [plain, bibtex] = await page.locator("dialog[open] pre").allTextContents();
          const fact = getFact(id);
          // Relative to the built root, which carries the base path (Vitest's own base is "/").
          const permalink = absoluteUrl(evidencePath(lang, id).replace(/^\//, ""), builtRoot);
          const release = getDataRelease();
          expect(plain, id).toBe(factCitation(fact, lang, permalink, release.version));
          expect(bibtex, id).toBe(factBibtex(fact, lang, permalink, release));
          await page.keyboard.press("Escape");
        }
        expect(record.consoleErrors).toEqual([]);
      });
    },
  );

  it("without JavaScript, the evidence page is the whole register and hides the filters", async () => {
    const { context } = await recordingContext(browser, [origin], { javaScriptEnabled: false });
    const page = await context.newPage();
    await openPage(page, `${root}evidence/?grade=C`);
    const rows = await page.locator("tr[data-row]").count();
    expect(await page.locator("tr[data-row]:visible").count()).toBe(rows);
    expect(await page.locator("form.evidence-filters").isVisible()).toBe(false);
    expect(await page.locator("button.evidence-cite:visible").count()).toBe(0);
    await context.close();
  });

  it.each(["", "en/"])("/%sevidence/: the explorer starts without moving anything on the page", async (prefix) => {
    await pools.enhanced.use(async ({ page, record }) => {
      await openPage(page, `${root}${prefix}evidence/`);
      expect(await page.locator("form.evidence-filters").isVisible()).toBe(true);
      expect(await page.locator("button.evidence-cite:visible").count()).toBe(
        await page.locator("tr[data-row]").count(),
      );
      // Every layout shift since navigation (buffered), as Lighthouse's cumulative layout shift adds them up.
      const shifted = await page.evaluate(
        "new Promise((resolve) => new PerformanceObserver((list, observer) => { observer.disconnect(); resolve(list.getEntries().reduce((sum, e) => sum + (e.hadRecentInput ? 0 : e.value), 0)); }).observe({ type: 'layout-shift', buffered: true }))",
      );
      expect(shifted).toBeLessThan(0.01);
      expect(record.consoleErrors).toEqual([]);
    });
  });

  it.each(["", "en/"])(
    "/%sevidence/: a row's “report a problem” leads to the corrections section, which shows the row and puts it in the report",
    async (prefix) => {
      await pools.enhanced.use(async ({ page, record }) => {
        await openPage(page, `${root}${prefix}evidence/`);
        const report = page.locator('tr[data-row="completion-2019-qinglong"] a.evidence-report');
        await report.click();
        await page.waitForURL(/about\/\?row=completion-2019-qinglong#corrections$/);
        const shown = page.locator(".corrections-row");
        await shown.waitFor({ state: "visible" });
        expect(await shown.locator("code").textContent()).toBe("completion-2019-qinglong");
        const back = (await shown.locator("a").getAttribute("href")) ?? "";
        expect(back).toMatch(new RegExp(`/${prefix}evidence/#e-completion-2019-qinglong$`));
        expect(await page.locator("#corrections-report").textContent()).toContain(back);
        expect(await page.locator("#corrections-report").textContent()).toContain("completion-2019-qinglong\n");
        await openPage(page, back);
        expect(await page.locator("#e-completion-2019-qinglong").isVisible()).toBe(true);
        expect(record.consoleErrors).toEqual([]);
      });
      await pools.noJs.use(async ({ page }) => {
        await openPage(page, `${root}${prefix}about/?row=completion-2019-qinglong#corrections`);
        // Without JavaScript the row id is in the address, and the text says to include it.
        expect(await page.locator(".corrections-row").isVisible()).toBe(false);
        expect(await page.locator("#corrections ~ p").nth(1).textContent()).toContain("?row=");
        expect(await page.locator("#corrections-report").textContent()).not.toContain("completion-2019-qinglong");
      });
    },
  );
});
