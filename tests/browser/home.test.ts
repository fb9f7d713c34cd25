import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeViolations, colourRules, launchChromium, openPage, recordingContext } from "../support/browser";

const chromium = inject("chromium");
const root = inject("siteRoot");
const origin = new URL(root).origin;

/** The brief's order: the land, who was moved, how fast, where they went, what was built, what is not known. */
const order = ["land", "who", "pace", "where", "built", "unknown"];
const homes = [
  { lang: "zh", path: "" },
  { lang: "en", path: "en/" },
];

/** What a reader finds in each step, in document order. */
async function readSteps(page: Page) {
  return page.$$eval("[data-home-step]", (steps) =>
    steps.map((step) => {
      const text = step.querySelector(".home-step-text");
      const graphic = step.querySelector(".home-step-graphic");
      const visibleSvg = [...(graphic?.querySelectorAll("svg[role='img'], svg[aria-labelledby]") ?? [])].find(
        (svg) => svg.getBoundingClientRect().width > 100 && svg.getBoundingClientRect().height > 50,
      );
      const link = text?.querySelector<HTMLAnchorElement>(".home-step-link a");
      return {
        key: (step as HTMLElement).dataset.homeStep,
        title: text?.querySelector("h3")?.textContent?.trim() ?? "",
        facts: text?.querySelectorAll(".fact-value").length ?? 0,
        graphic: visibleSvg !== undefined,
        textBeforeGraphic:
          text !== null &&
          graphic !== null &&
          (text.compareDocumentPosition(graphic) & Node.DOCUMENT_POSITION_FOLLOWING) > 0,
        link: link?.getAttribute("href") ?? "",
      };
    }),
  );
}

/** The computed motion of every step's graphic. */
function graphicMotion(page: Page) {
  return page.$$eval("[data-home-step] .home-step-graphic", (graphics) =>
    graphics.map((g) => ({
      transform: getComputedStyle(g).transform,
      transition: getComputedStyle(g).transitionDuration,
    })),
  );
}

/** Scrolls the named step to the middle of the viewport and waits until it is marked as the one read. */
async function readStep(page: Page, key: string): Promise<void> {
  await page.$eval(`[data-home-step="${key}"]`, (el) => el.scrollIntoView({ block: "center" }));
  await page.waitForSelector(`[data-home-step="${key}"][data-active]`, { timeout: 5000 });
}

describe.skipIf(!chromium)("the home page's visual lede", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium(chromium);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(homes)(
    "$lang: without JavaScript every step is there, in order, with its graphic and story link",
    async ({ path }) => {
      const { context } = await recordingContext(browser, [origin], {
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
      });
      const page = await context.newPage();
      await openPage(page, root + path);
      const steps = await readSteps(page);
      expect(steps.map((s) => s.key)).toEqual(order);
      for (const step of steps) {
        expect(step.title, step.key ?? "").not.toBe("");
        expect(step.facts, `${step.key}: figures come from the data`).toBeGreaterThan(0);
        expect(step.graphic, `${step.key}: a graphic drawn at build time and shown`).toBe(true);
        expect(step.textBeforeGraphic, `${step.key}: the text is read before its graphic`).toBe(true);
        expect(step.link, `${step.key}: links to its story`).toMatch(
          new RegExp(`^${new URL(root).pathname}${path}stories/[a-z-]+/$`),
        );
        const story = await page.request.get(origin + step.link);
        expect(story.status(), step.link).toBe(200);
      }
      // Nothing waits for a script to be put in place.
      expect((await graphicMotion(page)).every((m) => m.transform === "none")).toBe(true);
      await context.close();
    },
  );

  it.each(homes)("$lang: with JavaScript the step being read is marked as the reader scrolls", async ({ path }) => {
    const { context, record } = await recordingContext(browser, [origin], { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openPage(page, root + path);
    await page.waitForSelector("[data-enhanced] > [data-home-step]");
    // A step not yet reached waits below its place, then rises into it.
    const before = await graphicMotion(page);
    expect(before.at(-1)?.transform).not.toBe("none");
    expect(before.at(-1)?.transition).not.toBe("0s");
    for (const key of ["pace", "unknown"]) {
      await readStep(page, key);
      expect(
        await page.$$eval("[data-home-step][data-active]", (els) =>
          els.map((el) => (el as HTMLElement).dataset.homeStep),
        ),
      ).toEqual([key]);
    }
    await page.waitForFunction(() => {
      const graphic = document.querySelector('[data-home-step="unknown"] .home-step-graphic');
      return graphic !== null && getComputedStyle(graphic).transform === "none";
    });
    expect(await axeViolations(page), "light scheme, a step active").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page, colourRules), "dark scheme, a step active").toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(record.foreignRequests).toEqual([]);
    await context.close();
  });

  it("honours reduced motion: steps are marked, nothing moves", async () => {
    const { context } = await recordingContext(browser, [origin], {
      reducedMotion: "reduce",
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    await openPage(page, root);
    await page.waitForSelector("[data-enhanced] > [data-home-step]");
    await readStep(page, "where");
    const motion = await graphicMotion(page);
    expect(motion.length).toBe(order.length);
    for (const m of motion) expect(m).toEqual({ transform: "none", transition: "0s" });
    await context.close();
  });

  it("keeps keyboard order the reading order: the steps in turn, each with its story link", async () => {
    const { context } = await recordingContext(browser, [origin], { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await openPage(page, root);
    const stops: string[] = [];
    for (let i = 0; i < 400 && stops.filter((s) => s.startsWith("story:")).length < order.length; i++) {
      await page.keyboard.press("Tab");
      const where = await page.evaluate(() => {
        const el = document.activeElement;
        const step = el?.closest<HTMLElement>("[data-home-step]");
        if (!step) return "";
        return `${el?.closest(".home-step-link") ? "story" : "other"}:${step.dataset.homeStep}`;
      });
      if (where && stops.at(-1) !== where) stops.push(where);
    }
    const storyStops = stops.filter((s) => s.startsWith("story:")).map((s) => s.slice(6));
    expect(storyStops).toEqual(order);
    // Tab never goes back to an earlier step.
    const indices = stops.map((s) => order.indexOf(s.split(":")[1] ?? ""));
    expect(indices).toEqual([...indices].sort((x, y) => x - y));
    await context.close();
  });
});
