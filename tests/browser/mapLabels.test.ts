import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getMapView } from "~/map/index";
import { launchChromium, openPage } from "../support/browser";

/**
 * The map's labels, measured in the browser (getBoundingClientRect, not the layout's estimates):
 * at four widths, in both languages, on every layer, with JavaScript (Leaflet) and without (the
 * build-time SVG), no two labels overlap and none is cut by the map's edge. The map page and its
 * embed.
 */
const chromium = inject("chromium");
const root = inject("siteRoot");

const widths = [360, 390, 768, 1280];
/** How many counties the map draws with a boundary (from the data). */
const bounded = getMapView("zh").state.counties.filter((c) => c.hasBoundary).length;
const layers = ["completion", "sites", "moves"] as const;
const pages = [
  { lang: "zh", path: "map/" },
  { lang: "en", path: "en/map/" },
  { lang: "zh", path: "embed/map/" },
  { lang: "en", path: "en/embed/map/" },
];

interface Measured {
  frame: { x0: number; y0: number; x1: number; y1: number };
  labels: { text: string; x0: number; y0: number; x1: number; y1: number }[];
}

/** The visible labels of the map and the box of the map itself, in page pixels. */
async function measure(page: Page, js: boolean, layer: string): Promise<Measured> {
  return page.evaluate(
    ({ js, layer }) => {
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
      };
      const frame = document.querySelector(js ? ".map-leaflet" : ".map-static svg.map-svg");
      if (!frame) throw new Error("no map");
      const selector = js
        ? ".map-leaflet .leaflet-marker-pane .map-label-box"
        : `.map-static .map-layer-${layer} .map-labels text, .map-static .map-inset text`;
      const labels = [...document.querySelectorAll(selector)]
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => ({ text: (e.textContent ?? "").trim(), ...box(e) }));
      return { frame: box(frame), labels };
    },
    { js, layer },
  );
}

/** Overlapping pairs and labels that leave the frame (half a pixel of rounding allowed). */
function problems({ frame, labels }: Measured): string[] {
  const e = 0.5;
  const found: string[] = [];
  labels.forEach((a, i) => {
    if (a.x0 < frame.x0 - e || a.y0 < frame.y0 - e || a.x1 > frame.x1 + e || a.y1 > frame.y1 + e)
      found.push(`"${a.text}" is cut by the map's edge`);
    for (const b of labels.slice(i + 1)) {
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > e && h > e) found.push(`"${a.text}" overlaps "${b.text}" (${w.toFixed(1)} × ${h.toFixed(1)} px)`);
    }
  });
  return found;
}

describe.skipIf(!chromium)("the map's labels", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const js of [true, false]) {
    for (const { lang, path } of pages) {
      it(`/${path} ${js ? "with Leaflet" : "without JavaScript"}: no overlap, nothing cut, at ${widths.join(", ")} px on every layer`, async () => {
        const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const found: string[] = [];
        try {
          for (const width of widths) {
            await page.setViewportSize({ width, height: width < 700 ? 844 : 900 });
            await openPage(page, root + path);
            if (js) {
              await page.locator(".map-frame").hover();
              await page.waitForSelector(".map-leaflet .map-label-box");
            }
            for (const layer of layers) {
              await page.check(`input[name="map-layer"][value="${layer}"]`);
              const measured = await measure(page, js, layer);
              // Every county with a boundary is labelled; the inset adds its own texts without JS.
              expect(measured.labels.length, `${lang} ${width} px ${layer}`).toBeGreaterThanOrEqual(bounded);
              for (const problem of problems(measured)) found.push(`${width} px, ${layer}: ${problem}`);
            }
          }
        } finally {
          await context.close();
        }
        expect(found).toEqual([]);
      });
    }
  }
});
