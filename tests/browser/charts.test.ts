import { readdirSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getCharts } from "~/charts/index";
import { retiredCharts } from "~/charts/retired";
import { langs } from "~/i18n";
import { axeViolations, colourRules, launchChromium, openPage, PagePool, recordingContext } from "../support/browser";
import { startHostPages } from "../support/server";
import { readBuilt } from "../support/builtSite";
import { distDir } from "../support/site";
import { chartTextProblems, measureChartTexts } from "../support/chartTexts";
import { defaultSiteUrl } from "~/core/siteUrl";

const chromium = inject("chromium");
const root = inject("siteRoot");
const origin = new URL(root).origin;
/** The charts the registry declares: each must have its pages, embeds and images. */
const chartIds = getCharts()
  .map((c) => c.id)
  .sort();
const prefixes = ["", "en/"] as const;
const version = JSON.parse(readFileSync(new URL("../../data/changelog.json", import.meta.url), "utf8"))[0]
  .version as string;
/** The site root the build wrote into absolute links (SITE_URL and BASE_PATH, as astro.config.mjs reads them). */
const builtRoot = new URL(process.env.BASE_PATH ?? "/", process.env.SITE_URL ?? defaultSiteUrl).href;
const pages = prefixes.flatMap((p) => chartIds.flatMap((id) => [`${p}charts/${id}/`, `${p}embed/${id}/`]));

/** The chart SVGs the reader can see (one per chart: the layout that fits). */
async function visibleCharts(page: Page): Promise<{ role: string | null; title: string; bars: number }[]> {
  return page.$$eval(".chart-variants > svg", (svgs) =>
    svgs
      .filter((svg) => getComputedStyle(svg).display !== "none")
      .map((svg) => ({
        role: svg.getAttribute("role"),
        title: document.getElementById(svg.getAttribute("aria-labelledby") ?? "")?.textContent ?? "",
        bars: svg.querySelectorAll("rect, circle").length,
      })),
  );
}

describe.skipIf(!chromium).concurrent("charts and embeds", () => {
  let browser: Browser;
  /**
   * Pages as a reader without JavaScript gets them (the page's own scripts blocked: axe needs
   * JavaScript to run, and the site has no <noscript> or `scripting` media query that would tell
   * the two apart), and enhanced.
   */
  let pools: { scriptless: PagePool; enhanced: PagePool };
  beforeAll(async () => {
    browser = await launchChromium(chromium);
    pools = {
      scriptless: new PagePool(browser, [origin], {}, (context) =>
        context.route(/\/_astro\/.*\.js$/, (route) => route.abort()),
      ),
      enhanced: new PagePool(browser, [origin]),
    };
  });
  afterAll(async () => {
    await Promise.all(Object.values(pools ?? {}).map((pool) => pool.close()));
    await browser?.close();
  });

  it("has a page and an embed for each chart of the registry (and a redirect for each retired one), and nothing else", () => {
    const built = readdirSync(`${distDir}/charts`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(built).toEqual([...chartIds, ...retiredCharts.map((c) => c.id)].sort());
    for (const path of pages) expect(readdirSync(`${distDir}/${path}`), path).toContain("index.html");
  });

  it.each(pages)("/%s shows its chart without JavaScript and passes axe, with and without it", async (path) => {
    const chartPage = path.includes("charts/");
    await pools.scriptless.use(async ({ page }) => {
      expect((await openPage(page, root + path))?.status()).toBe(200);
      const visible = page.locator(".chart-variants > svg:visible");
      expect(await visible.count()).toBe(1);
      expect(await visible.getAttribute("role")).toBe("img");
      const title = await page.locator(`[id="${await visible.getAttribute("aria-labelledby")}"]`).textContent();
      expect(title?.length).toBeGreaterThan(3);
      expect(await visible.locator("rect, circle").count()).toBeGreaterThan(0);
      if (chartPage) {
        await page.click("details[data-chart-table] summary");
        expect(await page.locator("details[data-chart-table] table tbody tr").count()).toBeGreaterThan(0);
      }
      // The scripts change only the chart: the rest of the page is checked whole, enhanced, below
      // (embeds) or in pages.test.ts (chart pages, which are in the sitemap).
      expect(await axeViolations(page, undefined, "chart-enhance"), "the chart without the page's scripts").toEqual([]);
      if (chartPage) {
        // Every layout at once, measured as the browser lays its text out with the page's fonts (the
        // page's scripts change no geometry).
        await page.addStyleTag({ content: ".chart-variants > svg { display: block !important; }" });
        const measured = await measureChartTexts(page);
        expect(measured.map((m) => m.variant)).toEqual(["s", "m", "l"]);
        expect(measured.flatMap(chartTextProblems)).toEqual([]);
      }
    });

    // Chart pages are checked enhanced, in both schemes, by pages.test.ts; embeds are not in the sitemap, so here.
    if (!chartPage) {
      await pools.enhanced.use(async ({ page, record }) => {
        await openPage(page, root + path);
        await page.waitForFunction(() => document.querySelector(".chart-variants svg[role=group]") !== null);
        expect(await axeViolations(page), "enhanced, light").toEqual([]);
        await page.emulateMedia({ colorScheme: "dark" });
        expect(await axeViolations(page, colourRules), "enhanced, dark").toEqual([]);
        expect(record.consoleErrors).toEqual([]);
        expect(record.foreignRequests).toEqual([]);
      });
    }
  });

  it.each(
    prefixes.flatMap((p) =>
      retiredCharts.flatMap(({ id, replacedBy }) =>
        (["charts", "embed"] as const).map((kind) => [`${p}${kind}/${id}/`, `${p}${kind}/${replacedBy}/`] as const),
      ),
    ),
  )("/%s, a retired chart's old URL, leads to /%s, and passes axe while it shows its link", async (from, to) => {
    await pools.scriptless.use(async ({ page }) => {
      // A redirect page runs no script; it navigates away at once, so openPage could not look at it.
      await page.goto(root + from);
      await page.waitForURL(root + to);
      expect(await page.locator(".chart-variants > svg:visible").count()).toBe(1);
    });
    // Held on the redirect page, as a reader whose browser does not follow it sees it: the new page answers
    // 204 No Content, and a browser stays on the page it has.
    await pools.scriptless.use(async ({ page }) => {
      await page.route(root + to, (route) => route.fulfill({ status: 204 }));
      await openPage(page, root + from);
      const link = page.locator("main a");
      expect(new URL((await link.getAttribute("href")) ?? "", root + from).href).toBe(root + to);
      expect(await page.getAttribute('link[rel="canonical"]', "href")).toBe(new URL(to, builtRoot).href);
      expect(await page.getAttribute('meta[name="robots"]', "content")).toBe("noindex");
      expect(await axeViolations(page)).toEqual([]);
      await page.unroute(root + to);
    });
  });

  it("enhances the marks: one tab stop, arrow keys move between marks, a tooltip shows each one's figure", async () => {
    const { context } = await recordingContext(browser, [origin]);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await openPage(page, `${root}en/charts/who-was-moved/`);
    const svg = page.locator(".chart-variants > svg[data-variant=l]");
    await page.waitForFunction(() => document.querySelector("svg[data-variant=l][role=group]") !== null);
    const first = svg.locator("[tabindex='0']");
    expect(await first.count()).toBe(1);
    await first.focus();
    const tip = page.locator(".chart-tip");
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain("236,757");
    await page.keyboard.press("ArrowDown");
    expect(await tip.textContent()).toContain("101,749");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toContain("computed");
    await page.keyboard.press("Escape");
    expect(await tip.isVisible()).toBe(false);
    await context.close();
  });

  it("applies the embed options: dark, plain, and the notice when the data changed since", async () => {
    const { context } = await recordingContext(browser, [origin]);
    const page = await context.newPage();
    const url = `${root}embed/rocky-desertification/`;
    await openPage(page, `${url}?v=${version}`);
    expect(await page.isVisible("#embed-updated")).toBe(false);
    await openPage(page, `${url}?v=0.0.1`);
    expect(await page.isVisible("#embed-updated")).toBe(true);
    expect(await page.getAttribute("#embed-updated a", "href")).toMatch(/data\/land-and-desertification\/#changelog$/);
    await openPage(page, `${url}?dark=true`);
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(20, 20, 19)");
    await openPage(page, `${url}?plain`);
    expect(await page.isVisible("h1")).toBe(false);
    expect(await visibleCharts(page)).toHaveLength(1);
    await context.close();
  });

  it("embed.js on a page of another origin sizes two of our iframes to their content and ignores other windows", async () => {
    const src = (path: string) => `${root}${path}?v=${version}`;
    const host = await startHostPages({
      "/": `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">
<iframe id="a" src="${src("embed/rocky-desertification/")}" title="a" style="width:640px;border:0" height="120"></iframe>
<iframe id="b" src="${src("en/embed/source-disagreements/")}" title="b" style="width:360px;border:0" height="120"></iframe>
<iframe id="c" src="${root}about/" title="c" style="width:300px" height="100"></iframe>
<iframe id="d" src="/other" title="d" style="width:300px" height="100"></iframe>
<script src="${root}embed.js" async></script></body></html>`,
      "/other": `<!doctype html><html lang="en"><head><title>Other</title></head><body>other</body></html>`,
    });
    const { context } = await recordingContext(browser, [origin, host.origin]);
    const page = await context.newPage();
    await openPage(page, `${host.origin}/`);
    const frameHeight = (id: string) =>
      page.evaluate((i) => document.getElementById(i)?.getBoundingClientRect().height ?? 0, id);
    const contentHeight = async (id: string) => {
      const frame = await (await page.$(`#${id}`))?.contentFrame();
      return frame?.evaluate(() => document.getElementById("embed")?.getBoundingClientRect().height ?? 0) ?? 0;
    };
    for (const id of ["a", "b"]) {
      await expect
        .poll(async () => Math.abs((await frameHeight(id)) - (await contentHeight(id))), { timeout: 10_000 })
        .toBeLessThanOrEqual(3);
      expect(await frameHeight(id)).toBeGreaterThan(200);
    }
    const before = { a: await frameHeight("a"), b: await frameHeight("b") };
    // Forged size messages: from the host page itself, from our own origin but not an embed, from another origin.
    await page.evaluate(() => window.postMessage({ sentinel: "amp", type: "embed-size", height: 50 }, "*"));
    const frameC = await (await page.$("#c"))?.contentFrame();
    await frameC?.evaluate(() => parent.postMessage({ sentinel: "amp", type: "embed-size", height: 50 }, "*"));
    const frameD = await (await page.$("#d"))?.contentFrame();
    await frameD?.evaluate(() => parent.postMessage({ "datawrapper-height": { "rocky-desertification": 50 } }, "*"));
    await page.waitForTimeout(500);
    expect({ a: await frameHeight("a"), b: await frameHeight("b") }).toEqual(before);
    // embed.js never touched the iframe of our origin that is not an embed.
    expect(await page.evaluate(() => document.getElementById("c")?.style.height)).toBe("");
    await context.close();
    await host.close();
  });

  it("without embed.js, each iframe's default height shows the whole chart even in a narrow column", async () => {
    // The embed code as each chart page shows it (read from the built page: no browser needed for that).
    const codes = prefixes.flatMap((prefix) =>
      chartIds.map((id) => {
        const { document } = parseHTML(readBuilt(`${prefix}charts/${id}/index.html`));
        const code = (document.getElementById("embed-iframe")?.textContent ?? "").split(builtRoot).join(root);
        expect(code).toContain(`src="${root}${prefix}embed/${id}/`);
        return { id: `${prefix}${id}`, code };
      }),
    );
    const { context } = await recordingContext(browser, [origin]);
    const page = await context.newPage();
    const host = await startHostPages({
      "/": `<!doctype html><html lang="en"><head><title>Host</title></head><body>${codes
        .map(({ id, code }) => code.replace("<iframe ", `<iframe data-id="${id}" `).replace('loading="lazy"', ""))
        .join("")
        .replace(/width:100%/g, "width:360px")}</body></html>`,
    });
    await openPage(page, `${host.origin}/`);
    for (const handle of await page.$$("iframe")) {
      const id = await handle.getAttribute("data-id");
      const height = Number(await handle.getAttribute("height"));
      const frame = await handle.contentFrame();
      await frame?.waitForLoadState("load");
      const content = await frame?.evaluate(() => document.getElementById("embed")?.getBoundingClientRect().height);
      expect(content, `${id} loaded`).toBeGreaterThan(200);
      expect(content, `${id}: content ${content}px, iframe ${height}px`).toBeLessThanOrEqual(height);
    }
    await context.close();
    await host.close();
  });

  it("every chart PNG and social card decodes at its size and is not blank", async () => {
    // Each chart's PNG at two widths and its social card, and the gallery's card, in each language.
    const files = [
      ...chartIds.flatMap((id) =>
        langs.flatMap((lang) =>
          [1200, 640].map((width) => ({ path: `charts/${id}-${width}.${lang}.png`, width, height: null })),
        ),
      ),
      ...[...chartIds, "index"].flatMap((id) =>
        langs.map((lang) => ({ path: `og/charts/${id}.${lang}.png`, width: 1200, height: 630 })),
      ),
    ];
    const built = [
      ...readdirSync(`${distDir}/charts`)
        .filter((f) => f.endsWith(".png"))
        .map((f) => `charts/${f}`),
      ...readdirSync(`${distDir}/og/charts`).map((f) => `og/charts/${f}`),
    ];
    expect(built.sort()).toEqual(files.map((f) => f.path).sort());
    const { context } = await recordingContext(browser, [origin]);
    const page = await context.newPage();
    await openPage(page, `${root}robots.txt`);
    // Decoded all at once: the browser decodes images on threads of its own.
    const decoded = await Promise.all(
      files.map((file) =>
        page.evaluate(async (url) => {
          const bitmap = await createImageBitmap(await (await fetch(url)).blob());
          const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
          const ctx = canvas.getContext("2d");
          if (!ctx) throw new Error("no canvas");
          ctx.drawImage(bitmap, 0, 0);
          const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
          let dark = 0;
          let coloured = 0;
          for (let i = 0; i < data.length; i += 4) {
            const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
            if (r + g + b < 200) dark++;
            if (Math.max(r, g, b) - Math.min(r, g, b) > 60) coloured++;
          }
          return { width: bitmap.width, height: bitmap.height, dark, coloured, pixels: data.length / 4 };
        }, root + file.path),
      ),
    );
    for (const [i, file] of files.entries()) {
      const stats = decoded[i];
      if (!stats) throw new Error(`${file.path} was not decoded`);
      expect(stats.width, file.path).toBe(file.width);
      if (file.height) expect(stats.height, file.path).toBe(file.height);
      else expect(stats.height, file.path).toBeGreaterThan(200);
      // Text (dark pixels) and, for charts, coloured marks.
      expect(stats.dark / stats.pixels, `${file.path} has text`).toBeGreaterThan(0.002);
      if (file.path.startsWith("charts/"))
        expect(stats.coloured / stats.pixels, `${file.path} has marks`).toBeGreaterThan(0.001);
    }
    await context.close();
  });
});
