import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from "playwright-core";
import { chromiumArgs } from "./chromium";

/** Launches the given Chromium headless with the flags these machines need. */
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, headless: true, args: chromiumArgs });
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

function watchConsole(page: Page, record: PageRecord): void {
  page.on("console", (message) => {
    if (message.type() === "error") record.consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => record.consoleErrors.push(`${page.url()}: ${error.message}`));
}

/**
 * axe violations on the page, as readable one-line summaries (empty when the page is clean).
 * `rules` limits the run to some rules (e.g. `["color-contrast"]` for a second colour scheme, where
 * nothing else can change). Only violations are collected, which keeps axe fast on long tables.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ["violations"] });
  if (rules) builder = builder.withRules(rules);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
}
