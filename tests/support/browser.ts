import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Response,
} from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { axeScript } from "./axeScript";
import { chromiumArgs } from "./chromium";

/** Launches the given Chromium headless with the flags these machines need. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
}

/**
 * Opens a URL as a reader does and waits until the page is whole: loaded and, where scripts run,
 * enhanced. Most pages' scripts load only after their first paint (src/integrations/afterPaint.ts),
 * so the load event does not mean they have run; the loader marks `<html data-loaded>` when they
 * have (or have failed to load, as where a test blocks them). The map, search and the evidence
 * register run theirs before the load event.
 */
export async function openPage(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url, { waitUntil: "load" });
  // A selector, not a function: the site's CSP allows no eval, which waitForFunction needs.
  const loading = await page.evaluate(
    `!matchMedia("(scripting: none)").matches && document.querySelector("script[data-scripts]") !== null`,
  );
  if (loading) await page.waitForSelector("html[data-loaded]", { state: "attached" });
  return response;
}

/** What a page did while it loaded: requests to other origins and console errors. */
export interface PageRecord {
  foreignRequests: string[];
  consoleErrors: string[];
}

/**
 * Opens a context that records, for every page in it, requests to any origin other than the
 * allowed ones (data: and blob: URLs are local) and errors logged to the console.
 */
export async function recordingContext(
  browser: Browser,
  allowedOrigins: string[],
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; record: PageRecord }> {
  const context = await browser.newContext(options);
  const record: PageRecord = { foreignRequests: [], consoleErrors: [] };
  context.on("request", (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    if (!allowedOrigins.includes(new URL(url).origin)) record.foreignRequests.push(url);
  });
  context.on("page", (page) => watchConsole(page, record));
  return { context, record };
}

/** A page of a pool, with what it recorded since it was last handed out. */
export interface PooledPage {
  page: Page;
  record: PageRecord;
}

/**
 * Recording pages kept open and reused from test to test, one per test running at a time. A page
 * that navigates within the site keeps its renderer, and with it V8's cache of compiled scripts:
 * axe (650 KB), loaded from the site's origin, then compiles once per page of the pool rather than
 * once per page checked. Each use starts with an empty record and the light scheme; a page whose
 * test failed is closed, not reused.
 */
export class PagePool {
  private readonly idle: { context: BrowserContext; pooled: PooledPage }[] = [];
  private readonly all = new Set<BrowserContext>();

  constructor(
    private readonly browser: Browser,
    private readonly allowedOrigins: string[],
    private readonly options: BrowserContextOptions = {},
    private readonly prepare: (context: BrowserContext) => Promise<unknown> = async () => {},
  ) {}

  async use<T>(test: (pooled: PooledPage) => Promise<T>): Promise<T> {
    const entry = this.idle.pop() ?? (await this.open());
    entry.pooled.record.foreignRequests.length = 0;
    entry.pooled.record.consoleErrors.length = 0;
    await entry.pooled.page.emulateMedia({ colorScheme: "light" });
    const result = await test(entry.pooled).catch(async (error: unknown) => {
      this.all.delete(entry.context);
      await entry.context.close();
      throw error;
    });
    this.idle.push(entry);
    return result;
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((context) => context.close()));
  }

  private async open(): Promise<{ context: BrowserContext; pooled: PooledPage }> {
    const { context, record } = await recordingContext(this.browser, this.allowedOrigins, this.options);
    await this.prepare(context);
    this.all.add(context);
    return { context, pooled: { page: await context.newPage(), record } };
  }
}

/**
 * Called inside a `describe`: launches Chromium before its tests and closes it after them, with two
 * pools of recording pages, one whose pages run the site's scripts and one whose pages run none.
 * The pools are there once the tests start.
 */
export function scriptedAndScriptlessPools(
  executablePath: string,
  allowedOrigins: string[],
): { scripted: PagePool; scriptless: PagePool } {
  const pools = {} as { scripted: PagePool; scriptless: PagePool };
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(executablePath);
    pools.scripted = new PagePool(browser, allowedOrigins);
    pools.scriptless = new PagePool(browser, allowedOrigins, { javaScriptEnabled: false });
  });
  afterAll(async () => {
    await pools.scripted?.close();
    await pools.scriptless?.close();
    await browser?.close();
  });
  return pools;
}

function watchConsole(page: Page, record: PageRecord): void {
  page.on("console", (message) => {
    if (message.type() === "error") record.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => record.consoleErrors.push(`${page.url()}: ${error.message}`));
}

/**
 * Adds axe to the page unless it is there. It loads from the page's own origin with a script
 * element, as the page's own scripts load: Chromium then compiles it once per renderer and takes
 * it from V8's cache on the pages after (about 80 ms instead of 400 for evaluating axe's source
 * through the DevTools protocol, which compiles it afresh on every page). A context with
 * JavaScript off (its pages' scripting flag off, which a noscript element shows) would not run the
 * element, and axe's run never finishes in it when evaluated there: that is an error.
 */
async function loadAxe(page: Page): Promise<void> {
  const state = await page.evaluate(
    `window.axe ? "loaded" : (() => { const probe = document.createElement("noscript"); probe.innerHTML = "<i></i>"; return probe.children.length === 0 ? "scripts" : "no scripts"; })()`,
  );
  if (state === "loaded") return;
  if (state === "no scripts")
    throw new Error(
      `axe cannot run on ${page.url()}: its context has JavaScript off (block the site's scripts instead)`,
    );
  const url = JSON.stringify(new URL(axeScript.path, page.url()).href);
  // The element is removed once it has run, leaving the page as it was but for window.axe.
  await page.evaluate(
    `new Promise((resolve, reject) => { const script = document.createElement("script"); script.src = ${url}; script.onload = () => { script.remove(); resolve(); }; script.onerror = () => reject(new Error("axe did not load from " + ${url})); document.head.append(script); })`,
  );
}

/**
 * axe violations on the page, as readable one-line summaries (empty when the page is clean).
 * `rules` limits the run to some rules (e.g. `["color-contrast"]` for a second colour scheme, where
 * nothing else can change). `within` limits it to the elements a selector matches (the part of a
 * page that differs from a state of it checked whole elsewhere). axe is added once per page and
 * only violations are collected.
 */
export async function axeViolations(page: Page, rules?: string[], within?: string): Promise<string[]> {
  await loadAxe(page);
  const options = JSON.stringify({
    resultTypes: ["violations"],
    // WCAG 2.2's target size (AA), which axe leaves off unless asked; Lighthouse checks it too.
    ...(rules ? { runOnly: { type: "rule", values: rules } } : { rules: { "target-size": { enabled: true } } }),
  });
  // A string, not a function: vitest rewrites code inside functions passed to evaluate (STACK.md).
  const violations = (await page.evaluate(
    `window.axe.run(${within ? JSON.stringify(within) : "document"}, ${options}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) })))`,
  )) as { id: string; impact: string | null; help: string; targets: string[] }[];
  return violations.map((v) => `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.targets.join(", ")}`);
}

/** The axe rules that depend on colours: all that can change between the light and dark schemes. */
export const colourRules = ["color-contrast", "link-in-text-block"];
