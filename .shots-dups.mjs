import { chromium } from "playwright-core";
const root = "http://127.0.0.1:4423/";
const shots = [
  ["data/policy/", 390, true, "light"], ["en/data/policy/", 1280, false, "light"],
  ["en/data/policy/", 390, false, "dark"], ["data/policy/", 1280, true, "dark"],
  ["sources/", 1280, true, "light"], ["en/sources/", 390, false, "dark"],
  ["map/", 1280, false, "dark"], ["en/map/", 390, true, "dark"],
];
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
for (const [path, width, js, scheme] of shots) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: js, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(root + path, { waitUntil: "load" });
  if (path.includes("policy")) await page.locator("table").first().scrollIntoViewIfNeeded();
  if (path.includes("sources")) await page.locator("#disagreements, section[id^=disagreement-]").first().scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/dups-shots/${path.replace(/\//g, "_")}${width}-${js ? "js" : "nojs"}-${scheme}.png` });
  await ctx.close();
}
for (const [lang, width] of [["en/", 1280], ["", 390]]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${root}${lang}evidence/`, { waitUntil: "load" });
  await page.locator("button[data-cite]").nth(3).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/dups-shots/${lang.replace("/", "_")}evidence-cite-${width}.png` });
  console.log(await page.locator("dialog[open] pre").allTextContents());
  await ctx.close();
}
await browser.close();
