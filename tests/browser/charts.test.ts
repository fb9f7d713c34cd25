import { readdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, colourRules, launchChromium, PagePool, recordingContext } from "../support/browser";
import { startHostPages } from "../support/server";
import { distDir } from "../support/site";

const chromium = inject("chromium");
const root = inject("siteRoot");
const origin = new URL(root).origin;
const chartIds = readdirSync(`${distDir}/charts`, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const prefixes = ["", "en/"] as const;
const version = JSON.parse(readFileSync(new URL("../../data/changelog.json", import.meta.url), "utf8"))[0]
  .version as string;
/** The site root the build wrote into absolute links (SITE_URL and BASE_PATH, as astro.config.mjs reads them). */
const builtRoot = new URL(process.env.BASE_PATH ?? "/", process.env.SITE_URL ?? "http://localhost:4321").href;
/** An absolute link of the built site, pointed at the server under test. */
const local = (url: string) => (url.startsWith(builtRoot) ? root + url.slice(builtRoot.length) : url);
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
  /** Pages as a reader without JavaScript gets them, as axe sees them then, and enhanced. */
  let pools: { noJs: PagePool; scriptless: PagePool; enhanced: PagePool };
  beforeAll(async () => {
    browser = await launchChromium(chromium);
    pools = {
      noJs: new PagePool(browser, [origin], { javaScriptEnabled: false }),
      // axe needs JavaScript to run, so the page's own scripts are blocked instead: the DOM a reader without JavaScript gets.
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

  it("has a page and an embed for each of the twelve charts", () => {
    expect(chartIds).toHaveLength(12);
  });

  it.each(pages)("/%s shows its chart without JavaScript and passes axe, with and without it", async (path) => {
    await pools.noJs.use(async ({ page }) => {
      expect((await page.goto(root + path))?.status()).toBe(200);
      const visible = page.locator(".chart-variants > svg:visible");
      expect(await visible.count()).toBe(1);
      expect(await visible.getAttribute("role")).toBe("img");
      const title = await page.locator(`[id="${await visible.getAttribute("aria-labelledby")}"]`).textContent();
      expect(title?.length).toBeGreaterThan(3);
      expect(await visible.locator("rect, circle").count()).toBeGreaterThan(0);
      if (path.includes("charts/")) {
        await page.click("details[data-chart-table] summary");
        expect(await page.locator("details[data-chart-table] table tbody tr").count()).toBeGreaterThan(0);
      }
    });

    await pools.scriptless.use(async ({ page }) => {
      await page.goto(root + path, { waitUntil: "load" });
      expect(await page.locator(".chart-variants > svg:visible").getAttribute("role")).toBe("img");
      expect(await axeViolations(page), "without the page's scripts").toEqual([]);
    });

    await pools.enhanced.use(async ({ page, record }) => {
      await page.goto(root + path, { waitUntil: "load" });
      await page.waitForFunction(() => document.querySelector(".chart-variants svg[role=group]") !== null);
      // Chart pages are checked enhanced, in both schemes, by pages.test.ts; embeds are not in the sitemap, so here.
      if (path.includes("embed/")) {
        expect(await axeViolations(page), "enhanced, light").toEqual([]);
        await page.emulateMedia({ colorScheme: "dark" });
        expect(await axeViolations(page, colourRules), "enhanced, dark").toEqual([]);
      }
      expect(record.consoleErrors).toEqual([]);
      expect(record.foreignRequests).toEqual([]);
    });
  });

  it("enhances the marks: one tab stop, arrow keys move between marks, a tooltip shows each one's figure", async () => {
    const { context } = await recordingContext(browser, [origin]);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`${root}en/charts/who-was-moved/`);
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
    await page.goto(`${url}?v=${version}`);
    expect(await page.isVisible("#embed-updated")).toBe(false);
    await page.goto(`${url}?v=0.0.1`);
    expect(await page.isVisible("#embed-updated")).toBe(true);
    expect(await page.getAttribute("#embed-updated a", "href")).toMatch(/data\/land-and-desertification\/#changelog$/);
    await page.goto(`${url}?dark=true`);
    expect(await page.getAttribute("html", "data-theme")).toBe("dark");
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(20, 20, 19)");
    await page.goto(`${url}?plain`);
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
    await page.goto(`${host.origin}/`, { waitUntil: "load" });
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
    const { context } = await recordingContext(browser, [origin]);
    const page = await context.newPage();
    const codes: { id: string; code: string }[] = [];
    for (const prefix of prefixes) {
      for (const id of chartIds) {
        await page.goto(`${root}${prefix}charts/${id}/`);
        const code = ((await page.textContent("#embed-iframe")) ?? "").split(builtRoot).join(root);
        expect(code).toContain(`src="${root}${prefix}embed/${id}/`);
        codes.push({ id: `${prefix}${id}`, code });
      }
    }
    const host = await startHostPages({
      "/": `<!doctype html><html lang="en"><head><title>Host</title></head><body>${codes
        .map(({ id, code }) => code.replace("<iframe ", `<iframe data-id="${id}" `).replace('loading="lazy"', ""))
        .join("")
        .replace(/width:100%/g, "width:360px")}</body></html>`,
    });
    await page.goto(`${host.origin}/`, { waitUntil: "load" });
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
    const files = [
      ...readdirSync(`${distDir}/charts`)
        .filter((f) => f.endsWith(".png"))
        .map((f) => ({ path: `charts/${f}`, width: f.includes("-640.") ? 640 : 1200, height: null })),
      ...readdirSync(`${distDir}/og/charts`).map((f) => ({ path: `og/charts/${f}`, width: 1200, height: 630 })),
    ];
    expect(files.length).toBe(12 * 2 * 2 + 13 * 2);
    const { context } = await recordingContext(browser, [origin]);
    const page = await context.newPage();
    await page.goto(`${root}robots.txt`);
    for (const file of files) {
      const stats = await page.evaluate(async (url) => {
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
      }, root + file.path);
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

  it.each(prefixes.flatMap((p) => chartIds.map((id) => [p, id] as const)))(
    "oEmbed %s%s: valid JSON with the required fields, discoverable, pointing at an embed that exists",
    async (prefix, id) => {
      const page = await (await fetch(`${root}${prefix}charts/${id}/`)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page)?.[1];
      expect(local(link ?? "")).toBe(`${root}${prefix}oembed/${id}.json`);
      const response = await fetch(local(link ?? ""));
      expect(response.status).toBe(200);
      const doc = (await response.json()) as Record<string, unknown>;
      expect(doc).toMatchObject({ type: "rich", version: "1.0" });
      for (const field of ["title", "provider_name", "provider_url", "html", "thumbnail_url"])
        expect(typeof doc[field], field).toBe("string");
      for (const field of ["width", "height", "thumbnail_width", "thumbnail_height"])
        expect(Number.isInteger(doc[field]), field).toBe(true);
      const iframe = /<iframe src="([^"]+)"/.exec(String(doc.html))?.[1]?.replace(/&#38;/g, "&");
      expect(local(iframe ?? "")).toBe(`${root}${prefix}embed/${id}/?v=${version}`);
      const embed = await fetch(local(iframe ?? ""));
      expect(embed.status).toBe(200);
      expect(await embed.text()).toContain('<meta name="robots" content="noindex"');
      const thumb = new Uint8Array(await (await fetch(local(String(doc.thumbnail_url)))).arrayBuffer());
      const view = new DataView(thumb.buffer);
      expect([view.getUint32(16), view.getUint32(20)]).toEqual([doc.thumbnail_width, doc.thumbnail_height]);
    },
  );

  it.each(prefixes.flatMap((p) => chartIds.map((id) => [p, id] as const)))(
    "%scharts/%s: the drawn note, measured in the browser, clears every text and mark in all three layouts",
    async (prefix, id) => {
      // The page's own scripts are blocked (the enhancement changes no geometry); the test's style needs JavaScript.
      await pools.scriptless.use(async ({ page }) => {
        await page.goto(`${root}${prefix}charts/${id}/`);
        // Show every layout at once: each is measured as the browser lays its text out, with the page's fonts.
        await page.addStyleTag({ content: ".chart-variants > svg { display: block !important; }" });
        const results = await page.$$eval(".chart-variants > svg", (svgs) =>
          svgs.map((svg) => {
            const box = (el: Element) => el.getBoundingClientRect();
            const notes = [...svg.querySelectorAll(".chart-annotation text")].map(box);
            const obstacles = [
              ...[...svg.querySelectorAll("text")].filter((t) => !t.closest(".chart-annotation")),
              ...[...svg.querySelectorAll("rect, circle")].filter(
                (m) =>
                  !m.closest(".chart-highlight") && !["none", "transparent"].includes(m.getAttribute("fill") ?? ""),
              ),
            ].map((el) => ({ rect: box(el), what: el.textContent || el.tagName }));
            const frame = box(svg);
            const hits = notes.flatMap((n) =>
              obstacles
                .filter(
                  ({ rect: o }) =>
                    n.left < o.right - 0.5 &&
                    o.left < n.right - 0.5 &&
                    n.top < o.bottom - 0.5 &&
                    o.top < n.bottom - 0.5,
                )
                .map((o) => o.what),
            );
            const outside = notes.some((n) => n.left < frame.left - 0.5 || n.right > frame.right + 0.5);
            return { variant: svg.getAttribute("data-variant"), notes: notes.length, hits, outside };
          }),
        );
        expect(results.map((r) => r.variant)).toEqual(["s", "m", "l"]);
        for (const r of results) {
          expect(r.notes, `layout ${r.variant} draws its note`).toBe(1);
          expect(r.hits, `layout ${r.variant}: what the note overlaps`).toEqual([]);
          expect(r.outside, `layout ${r.variant}: the note runs out of the chart`).toBe(false);
        }
      });
    },
  );

  it("keeps chart JavaScript within 10 KB gzip and a chart page's HTML and CSS within 50 KB gzip", async () => {
    const report: string[] = [];
    for (const path of [
      "charts/relocation-batches/",
      "en/charts/source-disagreements/",
      "charts/",
      "embed/rocky-desertification/",
    ]) {
      const { context } = await recordingContext(browser, [origin]);
      const page = await context.newPage();
      const sizes = { js: 0, html: 0, css: 0 };
      const pending: Promise<void>[] = [];
      page.on("response", (response) => {
        const url = response.url();
        if (!url.startsWith(origin)) return;
        const type = response.request().resourceType();
        const kind = type === "script" ? "js" : type === "stylesheet" ? "css" : type === "document" ? "html" : null;
        if (kind)
          pending.push(
            response.body().then((body) => {
              sizes[kind] += gzipSync(body).byteLength;
            }),
          );
      });
      await page.goto(root + path, { waitUntil: "networkidle" });
      await Promise.all(pending);
      report.push(
        `${path}: JS ${(sizes.js / 1024).toFixed(1)} KB, HTML ${(sizes.html / 1024).toFixed(1)} KB, CSS ${(sizes.css / 1024).toFixed(1)} KB (gzip)`,
      );
      expect(sizes.js, path).toBeLessThanOrEqual(10 * 1024);
      if (path.includes("charts/") && path !== "charts/")
        expect(sizes.html + sizes.css, path).toBeLessThanOrEqual(50 * 1024);
      await context.close();
    }
    console.log(`Chart page budgets:\n  ${report.join("\n  ")}`);
  });
});
