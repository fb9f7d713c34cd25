import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { basePath, builtPages } from "../support/builtSite";
import { launchChromium, openPage } from "../support/browser";
import { distDir } from "../support/site";
import { pageTypeOf, pageWeight, type PageType } from "../support/weights";

const chromium = inject("chromium");
const root = inject("siteRoot");

/**
 * What a TCP connection's first round trip can carry: an initial window of 10 segments of about
 * 1,460 bytes is 14.6 KB; the issue asks for 14 KB (gzip) to keep a margin.
 */
const firstRoundTrip = 14 * 1024;

/**
 * Page types that must paint from their first round trip (issue 15 §2). For each, in each language,
 * the heaviest page is checked: if it fits, the lighter ones do.
 */
const types: PageType[] = ["home", "story", "chart", "embed", "dataset"];
const heaviest = types.flatMap((type) =>
  (["zh", "en"] as const).flatMap((lang) => {
    const ofType = builtPages().filter((p) => pageTypeOf(p) === type && p.startsWith("en/") === (lang === "en"));
    const sorted = ofType
      .map((page) => ({ page, gzip: pageWeight(distDir, basePath, page).html.gzip }))
      .sort((a, b) => b.gzip - a.gzip);
    return sorted[0] ? [[type, lang, sorted[0].page.replace(/index\.html$/, "")] as const] : [];
  }),
);

/**
 * In the page, the document as parsed up to the end of its largest contentful paint (the element
 * Chromium reports as LCP): the bytes a reader needs before the first screen is complete. The
 * parsed document is serialised again, so the count is the HTML's, within a few bytes of quoting.
 */
const htmlUntilLcp = `new Promise((resolve) => {
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    const element = entries[entries.length - 1]?.element;
    if (!element) return resolve({ tag: "", html: "" });
    element.setAttribute("data-first-screen-end", "");
    const all = "<!doctype html>" + document.documentElement.outerHTML;
    const own = element.outerHTML;
    const end = all.indexOf(own) + own.length;
    element.removeAttribute("data-first-screen-end");
    resolve({ tag: element.tagName.toLowerCase(), html: all.slice(0, end).replace(" data-first-screen-end=\\"\\"", "") });
  }).observe({ type: "largest-contentful-paint", buffered: true });
})`;

/**
 * Computed styles that decide what the reader sees, for every element of the page, in order, at
 * rest: transitions under way (the home steps' as the scripts mark them) are taken to their end.
 */
const renderedStyles = `document.getAnimations().forEach((a) => { try { a.finish(); } catch {} });
[...document.querySelectorAll("body *")].map((el) => {
  const s = getComputedStyle(el);
  return [el.tagName, s.display, s.position, s.color, s.backgroundColor, s.fontSize, s.fontWeight, s.lineHeight,
    s.margin, s.padding, s.borderWidth, s.borderColor, s.width, s.visibility, s.outlineStyle, s.outlineColor,
    s.outlineWidth, s.cursor, s.transform].join(" ");
})`;

/**
 * The site's stylesheets: those the search page links, as one of the pages whose scripts build
 * what the stylesheets style (src/integrations/criticalCss.ts). The pages checked here link none.
 */
const siteStylesheets = [
  ...readFileSync(join(distDir, "search/index.html"), "utf8").matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g),
].map((m) => /\bhref="([^"]+)"/.exec(m[0])?.[1] ?? "");

describe.skipIf(!chromium)("first paint in one round trip", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("checks the home, story, chart, embed and dataset pages in both languages", () => {
    expect(heaviest.map(([type, lang]) => `${type}/${lang}`)).toEqual(
      types.flatMap((type) => [`${type}/zh`, `${type}/en`]),
    );
  });

  it.each(heaviest)(
    "%s (%s) /%s: no render-blocking request, first screen in the first 14 KB",
    async (_t, _l, path) => {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      await openPage(page, `${root}${path}`);
      const blocking = (await page.evaluate(
        `performance.getEntriesByType("resource").filter((e) => e.renderBlockingStatus === "blocking").map((e) => e.name)`,
      )) as string[];
      expect(blocking).toEqual([]);
      const lcp = (await page.evaluate(htmlUntilLcp)) as { tag: string; html: string };
      expect(lcp.tag, "Chromium reported a largest contentful paint").not.toBe("");
      const bytes = gzipSync(lcp.html).byteLength;
      expect(bytes, `HTML up to the LCP element <${lcp.tag}>, gzip`).toBeLessThanOrEqual(firstRoundTrip);
      await context.close();
    },
  );

  it("finds the site's stylesheets", () => {
    expect(siteStylesheets.length).toBeGreaterThan(0);
    expect(siteStylesheets.every((href) => href.endsWith(".css"))).toBe(true);
  });

  it.each(heaviest)(
    "%s (%s) /%s: looks the same from its inlined CSS alone as with the site's stylesheets, light, dark and print, with and without scripts",
    async (_t, _l, path) => {
      const modes = [
        ["light", "screen"],
        ["dark", "screen"],
        ["light", "print"],
      ] as const;
      /**
       * The page's styles in each mode, as it is or with the site's stylesheets added. With scripts,
       * after they have run, and with the first chart mark focused from the keyboard where there is
       * one: the state that scripts set is styled by rules no built element matches.
       */
      const styles = async (stylesheets: boolean, scripts: boolean) => {
        const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: scripts });
        // The stylesheets go into the page as served, at the end of its head: Playwright's
        // addStyleTag waits on a script, which never runs without JavaScript.
        if (stylesheets) {
          const links = siteStylesheets.map((href) => `<link rel="stylesheet" href="${href}">`).join("");
          await context.route(`${root}${path}`, async (route) => {
            const response = await route.fetch();
            await route.fulfill({ response, body: (await response.text()).replace("</head>", `${links}</head>`) });
          });
        }
        const page = await context.newPage();
        await openPage(page, `${root}${path}`);
        if (scripts && (await page.locator(".chart svg [tabindex='0']").count()) > 0) {
          await page.locator(".chart svg [tabindex='0']").first().focus();
        }
        const result: string[][] = [];
        for (const [colorScheme, media] of modes) {
          await page.emulateMedia({ colorScheme, media });
          result.push((await page.evaluate(renderedStyles)) as string[]);
        }
        await context.close();
        return result;
      };
      for (const scripts of [false, true]) {
        const [full, inlined] = [await styles(true, scripts), await styles(false, scripts)];
        modes.forEach(([scheme, media], m) => {
          const differences = (full[m] ?? [])
            .map((style, i) => [style, inlined[m]?.[i]] as const)
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => `${scripts ? "scripts" : "no scripts"}, ${scheme} ${media}: ${a}  ≠  ${b ?? "(missing)"}`);
          expect(differences.slice(0, 5)).toEqual([]);
          expect(inlined[m]?.length).toBe(full[m]?.length);
        });
      }
    },
  );
});
