import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchChromium } from "../support/browser";
import { readHeaders } from "../support/headers";
import { startHostPages, startStaticServer, type StaticServer } from "../support/server";
import { distDir } from "../support/site";

/**
 * The built site served with the headers of its `_headers` file, as Netlify or Cloudflare Pages
 * would: one page of each kind loads, runs its scripts and does what a reader does (switches on
 * the base map, searches) without a single Content-Security-Policy violation. Embed pages can be
 * framed by another site; other pages cannot.
 */
const chromium = inject("chromium");
const base = (process.env.BASE_PATH ?? "/").replace(/\/?$/, "/");

/** Collects CSP violations (the DOM event) and CSP messages in the console, for every page. */
async function watchedContext(browser: Browser): Promise<{ context: BrowserContext; violations: string[] }> {
  const context = await browser.newContext();
  const violations: string[] = [];
  await context.exposeBinding("__cspViolation", (_source, text: string) => {
    violations.push(text);
  });
  await context.addInitScript(`
    document.addEventListener("securitypolicyviolation", (e) => {
      window.__cspViolation(e.violatedDirective + " blocked " + (e.blockedURI || "inline") + " on " + location.pathname);
    });
  `);
  context.on("console", (message) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return { context, violations };
}

describe.skipIf(!chromium)("Content-Security-Policy from _headers", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
    server = await startStaticServer(distDir, base, { headers: readHeaders(join(distDir, "_headers")) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(page: Page, path: string): Promise<string> {
    const response = await page.goto(server.root + path, { waitUntil: "networkidle" });
    expect(response?.status(), path).toBe(200);
    return (await response?.headerValue("content-security-policy")) ?? "";
  }

  it.each([
    "",
    "en/",
    "stories/why-move/",
    "en/stories/moving-out/",
    "charts/rocky-desertification/",
    "en/charts/completion-timeline/",
    "embed/rocky-desertification/",
    "data/relocation/",
    "en/data/resettlement-sites/",
    "charts/",
    "data/",
    "sources/",
    "about/",
    "en/about/?row=completion-2019-qinglong#corrections",
    "evidence/",
  ])("/%s loads and runs its scripts with no violation", async (path) => {
    const { context, violations } = await watchedContext(browser);
    const page = await context.newPage();
    const csp = await open(page, path);
    expect(csp).toMatch(/default-src 'self'/);
    // Reach for the enhanced parts, so that their scripts have run.
    const mark = page.locator("chart-enhance [data-tip]").first();
    if ((await page.locator("chart-enhance").count()) > 0) await mark.waitFor({ state: "attached" });
    expect(violations).toEqual([]);
    await context.close();
  });

  it("the map page switches on the OpenStreetMap base layer with no violation", async () => {
    const { context, violations } = await watchedContext(browser);
    // The tile server is out of reach here: answer for it with a blank tile. A blocked tile
    // never reaches this handler: the policy is checked first.
    const tile = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    let tiles = 0;
    await context.route("https://tile.openstreetmap.org/**", (route) => {
      tiles += 1;
      return route.fulfill({ status: 200, contentType: "image/png", body: tile });
    });
    const page = await context.newPage();
    const csp = await open(page, "map/");
    expect(csp).toContain("https://tile.openstreetmap.org");
    await page.locator(".map-frame").hover();
    await page.check("[data-map-basemap-toggle]");
    await page.waitForFunction(() => document.querySelectorAll(".leaflet-tile-pane img").length > 0);
    await page.waitForLoadState("networkidle");
    expect(tiles).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });

  it.each(["search/", "en/search/"])("/%s runs Pagefind (WebAssembly) with no violation", async (path) => {
    const { context, violations } = await watchedContext(browser);
    const page = await context.newPage();
    const csp = await open(page, `${path}?q=${encodeURIComponent(path.startsWith("en/") ? "school" : "学校")}`);
    expect(csp).toContain("'wasm-unsafe-eval'");
    await page.locator("[data-search-results] [role=status]").waitFor();
    expect(await page.locator("[data-search-results] li a").count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });

  it("another site can frame an embed page but not a chart page", async () => {
    const { context, violations } = await watchedContext(browser);
    const host = await startHostPages({
      "/": `<!doctype html><title>host</title>
          <iframe id="embed" src="${server.root}embed/rocky-desertification/"></iframe>
          <iframe id="page" src="${server.root}charts/rocky-desertification/"></iframe>`,
    });
    const page = await context.newPage();
    await page.goto(`${host.origin}/`, { waitUntil: "networkidle" });
    await page.frameLocator("#embed").locator("#embed svg").first().waitFor({ state: "attached", timeout: 10_000 });
    expect(await page.frameLocator("#page").locator("#main").count()).toBe(0);
    // The refusal of the chart page is the one violation expected.
    expect(violations.some((v) => /frame-ancestors 'self'/.test(v))).toBe(true);
    expect(violations.filter((v) => !/frame-ancestors 'self'/.test(v))).toEqual([]);
    await context.close();
    await host.close();
  });
});
