import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { DOMParser, parseHTML } from "linkedom";
import Papa from "papaparse";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { HOSTILE_SUFFIX, SCRIPT } from "../fixtures/hostile";
import { hostileDist } from "./build";
import { launchChromium } from "../support/browser";
import { findChromium } from "../support/chromium";
import { findJava, nuErrors } from "../support/nu";
import { bidiLeaks, horizontalOverflow } from "../support/layoutChecks";
import { startStaticServer, type StaticServer } from "../support/server";
import { afterPaintScript } from "../../src/integrations/afterPaint";

/**
 * The site built from data whose texts carry hostile strings (tests/fixtures/hostile.ts):
 * `<script>`, an attribute break-out with `onerror`, a single-quote break-out, CDATA and comment
 * enders, a 200-letter word and an unclosed right-to-left override. Every output must carry them
 * as inert text — pages, embeds, CSV, Excel CSV, XLSX, JSON, feeds, oEmbed, SVG downloads — and
 * the pages must keep their layout on a phone.
 */
const dist = await hostileDist();
const texts = inject("hostileTexts");

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(dist, path)];
  });
}
const files = walk(dist).sort();
const read = (file: string) => readFileSync(join(dist, file), "utf8");
const pages = files.filter((f) => f.endsWith(".html"));

/** Texts in a list that hold part of the hostile suffix but not all of it, intact. */
function mangled(values: string[]): string[] {
  return values.filter((v) => v.includes(SCRIPT.slice(0, 8)) && !v.includes(HOSTILE_SUFFIX));
}

describe("the hostile-data build", () => {
  it("made the reader-facing texts hostile and still built every page", () => {
    expect(texts).toBeGreaterThan(500);
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)("%s runs nothing from the data and shows it as text", (file) => {
    const { document } = parseHTML(read(file));
    const problems: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      for (const attribute of [...el.attributes]) {
        if (/^on/i.test(attribute.name)) problems.push(`<${el.localName}> has ${attribute.name}`);
      }
    }
    for (const script of document.querySelectorAll("script")) {
      // The embeds' after-paint loader is the one inline script, a constant that no data reaches.
      const loader = script.textContent === afterPaintScript;
      if (!script.getAttribute("src") && script.getAttribute("type") !== "application/ld+json" && !loader) {
        problems.push(`inline script: ${(script.textContent ?? "").slice(0, 60)}`);
      }
    }
    if (document.querySelector("img[src=x]")) problems.push("an <img src=x> from the data became an element");
    expect(problems).toEqual([]);
  });

  const java = findJava();
  if (!java && process.env.CI) throw new Error("CI is set but no Java was found for the Nu HTML Checker");
  it.skipIf(!java)(
    "has no W3C Nu HTML Checker error on any page (hostile text never makes invalid HTML)",
    () => {
      expect(nuErrors(java ?? "java", dist)).toEqual([]);
    },
    300_000,
  );

  it("keeps hostile text inside JSON-LD: every block parses, holds no '<', and carries the text whole", () => {
    let blocks = 0;
    let carried = 0;
    for (const file of pages) {
      const { document } = parseHTML(read(file));
      for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
        const raw = script.textContent ?? "";
        expect(raw, file).not.toContain("<");
        const text = JSON.stringify(JSON.parse(raw));
        blocks += 1;
        if (text.includes(JSON.stringify(SCRIPT).slice(1, -1))) carried += 1;
      }
    }
    expect(blocks).toBeGreaterThan(40);
    expect(carried).toBeGreaterThanOrEqual(28);
  });

  it("shows the strings, escaped, on dataset, chart, embed and source pages in both languages", () => {
    for (const file of [
      "data/relocation/index.html",
      "en/data/resettlement-sites/index.html",
      "charts/rocky-desertification/index.html",
      "en/embed/relocation-batches/index.html",
      "en/sources/index.html",
    ]) {
      const { document } = parseHTML(read(file));
      expect(document.body.textContent, file).toContain(SCRIPT);
    }
  });

  const csvs = files.filter((f) => f.endsWith(".csv"));
  it.each(csvs)("%s reads back with every hostile text whole", (file) => {
    const text = read(file).replace(/^\uFEFF/, "");
    const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const cells = parsed.data.flat();
    const width = parsed.data[0]?.length ?? 0;
    expect(
      parsed.data.every((row) => row.length === width),
      "every row has the header's width",
    ).toBe(true);
    expect(mangled(cells)).toEqual([]);
  });

  it("puts hostile texts in the CSV downloads", () => {
    expect(csvs.filter((f) => read(f).includes(SCRIPT)).length).toBeGreaterThan(10);
  });

  const workbooks = files.filter((f) => f.endsWith(".xlsx"));
  it.each(workbooks)("%s holds the hostile texts as plain strings, no formulas", async (file) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(dist, file)) as unknown as ArrayBuffer);
    const strings: string[] = [];
    const formulas: string[] = [];
    workbook.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${sheet.name}!${cell.address}`);
          if (typeof cell.value === "string") strings.push(cell.value);
        });
      });
    });
    expect(formulas).toEqual([]);
    // A workbook holds the hostile texts whenever its CSV twin does (a county download may hold
    // only a completion date, whose label is not data).
    const csvTwin = file.replace(/\.xlsx$/, ".csv");
    const twinIsHostile = !files.includes(csvTwin) || read(csvTwin).includes(SCRIPT);
    expect(strings.some((s) => s.includes(HOSTILE_SUFFIX))).toBe(twinIsHostile);
    expect(mangled(strings)).toEqual([]);
  });

  it.each(files.filter((f) => f.endsWith(".json")))("%s parses and keeps the hostile texts whole", (file) => {
    const strings: string[] = [];
    const visit = (value: unknown): void => {
      if (typeof value === "string") strings.push(value);
      else if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === "object") Object.values(value).forEach(visit);
    };
    visit(JSON.parse(read(file)));
    expect(mangled(strings)).toEqual([]);
  });

  it.each(files.filter((f) => /\.(xml|svg)$/.test(f)))("%s (XML) has the data only as escaped text", (file) => {
    const xml = read(file);
    // In XML a raw "<" always opens a tag: the data's <script> and <img> must be escaped.
    expect(xml).not.toMatch(/<script\b/i);
    expect(xml).not.toMatch(/<img\b/i);
    const document = new DOMParser().parseFromString(xml, "text/xml");
    const handlers = [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `<${el.localName}> ${a.name}`),
    );
    expect(handlers).toEqual([]);
  });
});

/** Pages whose layout is checked in Chromium, at a phone's width. */
const layoutPages = [
  "",
  "en/",
  "stories/moving-out/",
  "en/stories/running-communities/",
  "charts/",
  "charts/rocky-desertification/",
  "en/charts/relocation-batches/",
  "embed/relocation-batches/",
  "en/embed/rocky-desertification/",
  "data/",
  "data/relocation/",
  "en/data/resettlement-sites/",
  "sources/",
  "en/data/sources/",
  "map/",
  "en/map/#layer=moves&select=county-xingyi",
  "search/?q=alert",
  "en/search/?q=alert",
];

const chromium = findChromium();
if (!chromium && process.env.CI)
  throw new Error("CI is set but no Chromium was found for the hostile-data layout tests");

describe.skipIf(!chromium)("the hostile-data build in Chromium, 360 px wide", () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    browser = await launchChromium(chromium ?? "");
    server = await startStaticServer(dist, "/");
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(layoutPages)("/%s runs no data, keeps its width and its figures' reading order", async (path) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.root + path, { waitUntil: "networkidle" });
    if (path.includes("search/")) await page.locator("[data-search-results] [role=status]").waitFor();
    // Soft: every kind of problem on the page is reported, not just the first.
    expect.soft(dialogs, "script from the data ran").toEqual([]);
    expect.soft(await page.locator("img[src=x]").count(), "markup from the data became elements").toBe(0);
    expect.soft(await page.evaluate<string[]>(horizontalOverflow), "the page scrolls sideways").toEqual([]);
    expect
      .soft(await page.evaluate<string[]>(bidiLeaks), "an override in the data reorders the text after it")
      .toEqual([]);
    await context.close();
  });
});
