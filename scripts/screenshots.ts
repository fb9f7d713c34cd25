/**
 * `npm run screenshots -- --dist <built site> --out <folder>`: screenshots of a built site for a
 * before/after comparison (issue 13's closing note). It serves the folder the way a static host
 * does (with the headers of its `_headers` file), opens each page below in Chromium with
 * JavaScript on, waits for `load` and one more second, and writes, in both languages, at a phone
 * width (390×844, device scale factor 2) and a desktop width (1280×800, factor 1):
 *
 * - `<page>-<lang>-<width>-first.jpg`: the first screen (the viewport only);
 * - `<page>-<lang>-<width>-full.jpg`: the whole page, scaled down to an overview;
 *
 * as JPEG (sizes and qualities: `storage` below), and an `index.md` that lists them in a table
 * (page × width). `--note <text>` adds a line under its heading (e.g. which commit was built).
 *
 * The pages are named by their paths in the built site, not through src/core/urls.ts: the script
 * is meant to run on builds of older commits too, and a page must be where that build put it. A
 * page missing from the build stops the script before any screenshot is taken.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Browser, Page } from "playwright-core";
import { format, resolveConfig } from "prettier";
import { launchChromium } from "../tests/support/browser";
import { findChromium } from "../tests/support/chromium";
import { readHeaders } from "../tests/support/headers";
import { startStaticServer } from "../tests/support/server";

/** The pages shot: a name for the files, and the page's path under each language's root. */
const pages = [
  { name: "home", path: "" },
  { name: "story-moving-out", path: "stories/moving-out/" },
  { name: "map", path: "map/" },
  { name: "chart-who-was-moved", path: "charts/who-was-moved/" },
  { name: "chart-source-disagreements", path: "charts/source-disagreements/" },
  { name: "chart-completion-timeline", path: "charts/completion-timeline/" },
] as const;

/** Each language's root in the built site. */
const langRoots = { zh: "", en: "en/" } as const;
type Lang = keyof typeof langRoots;

const viewports = [
  { width: 390, height: 844, deviceScaleFactor: 2 },
  { width: 1280, height: 800, deviceScaleFactor: 1 },
] as const;

type Kind = "first" | "full";

function fileName(page: string, lang: Lang, width: number, kind: Kind): string {
  return `${page}-${lang}-${width}-${kind}.jpg`;
}

/** How a screenshot is stored: the largest size (never enlarged) and the JPEG quality (0–100). */
interface Storage {
  maxWidth: number;
  maxHeight: number;
  /** Width × height at most this many pixels. */
  maxPixels: number;
  quality: number;
}

/**
 * Both kinds are taken in CSS pixels (the phone's second device pixel is not stored) and scaled to
 * fit the budget of docs/screenshots (4 MB for a before and an after set of 48 files each): the
 * first screen readable (the desktop one at 960×600), the full page an overview of the page's
 * layout, each of the same area in pixels whatever the page's length.
 */
const storage: Record<Kind, Storage> = {
  first: { maxWidth: 960, maxHeight: Infinity, maxPixels: Infinity, quality: 70 },
  full: { maxWidth: Infinity, maxHeight: 4000, maxPixels: 150_000, quality: 60 },
};

/**
 * Scales an image down to fit `storage` and encodes it as JPEG, in the browser page given (an
 * empty one): Chromium's own decoder, canvas and encoder, so no image library is needed. A string,
 * not a function, so that nothing the TypeScript loader adds to functions reaches the page.
 */
async function toJpeg(page: Page, png: Buffer, storage: Storage): Promise<Buffer> {
  const base64 = (await page.evaluate(`(async () => {
    const blob = await (await fetch("data:image/png;base64,${png.toString("base64")}")).blob();
    const image = await createImageBitmap(blob);
    const scale = Math.min(1, ${storage.maxWidth} / image.width, ${storage.maxHeight} / image.height,
      Math.sqrt(${storage.maxPixels} / (image.width * image.height)));
    const canvas = new OffscreenCanvas(Math.round(image.width * scale), Math.round(image.height * scale));
    const context = canvas.getContext("2d");
    context.imageSmoothingQuality = "high";
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const jpeg = await canvas.convertToBlob({ type: "image/jpeg", quality: ${storage.quality / 100} });
    const bytes = new Uint8Array(await jpeg.arrayBuffer());
    let text = "";
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  })()`)) as string;
  return Buffer.from(base64, "base64");
}

interface Shot {
  page: string;
  lang: Lang;
  width: number;
  kind: Kind;
  bytes: number;
  /** The page's height in CSS pixels. */
  pageHeight: number;
}

async function shoot(browser: Browser, root: string, out: string): Promise<Shot[]> {
  const shots: Shot[] = [];
  const encoder = await browser.newPage();
  try {
    for (const viewport of viewports) {
      const context = await browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        deviceScaleFactor: viewport.deviceScaleFactor,
      });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        for (const lang of Object.keys(langRoots) as Lang[]) {
          await page.goto(`${root}${langRoots[lang]}${path}`, { waitUntil: "load" });
          await page.waitForTimeout(1000);
          const pageHeight = (await page.evaluate("document.documentElement.scrollHeight")) as number;
          for (const kind of ["first", "full"] as const) {
            const png = await page.screenshot({ type: "png", fullPage: kind === "full", scale: "css" });
            const bytes = await toJpeg(encoder, png, storage[kind]);
            writeFileSync(join(out, fileName(name, lang, viewport.width, kind)), bytes);
            shots.push({ page: name, lang, width: viewport.width, kind, bytes: bytes.length, pageHeight });
          }
          console.log(`${name} ${lang} ${viewport.width}: page ${pageHeight} px tall`);
        }
      }
      await context.close();
    }
  } finally {
    await encoder.close();
  }
  return shots;
}

/** index.md: one row per page, one column per width; each cell links that page's four files. */
function index(shots: Shot[], note: string | undefined): string {
  const cell = (page: string, width: number) =>
    (Object.keys(langRoots) as Lang[])
      .map((lang) => {
        const shot = shots.find((s) => s.page === page && s.lang === lang && s.width === width);
        const links = (["first", "full"] as const).map(
          (kind) => `[${kind === "first" ? "first screen" : "full page"}](${fileName(page, lang, width, kind)})`,
        );
        return `${lang}: ${links.join(" · ")} (${shot?.pageHeight ?? "?"} px)`;
      })
      .join("<br>");
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  const total = shots.reduce((sum, s) => sum + s.bytes, 0);
  return [
    "# Screenshots",
    "",
    ...(note ? [note, ""] : []),
    `Chromium with JavaScript on, ${viewports.map((v) => `${v.width}×${v.height} (device scale factor ${v.deviceScaleFactor})`).join(" and ")}; each page after \`load\` and one second more. "First screen" is the viewport, at most ${storage.first.maxWidth} px wide (JPEG quality ${storage.first.quality}); "full page" is the whole page scaled to at most ${storage.full.maxHeight} px tall and ${storage.full.maxPixels.toLocaleString("en")} pixels (quality ${storage.full.quality}); in brackets, the page's height in CSS pixels. ${shots.length} files, ${(total / 1024).toFixed(0)} KB. Made by \`npm run screenshots\` (scripts/screenshots.ts).`,
    "",
    line(["Page", ...viewports.map((v) => `${v.width} px`)]),
    line(["---", ...viewports.map(() => "---")]),
    ...pages.map(({ name, path }) => line([`${name} (\`/${path}\`)`, ...viewports.map((v) => cell(name, v.width))])),
    "",
  ].join("\n");
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: "string" },
      out: { type: "string" },
      note: { type: "string" },
    },
  });
  if (!values.dist || !values.out)
    throw new Error("usage: screenshots --dist <built site> --out <folder> [--note <text>]");
  const dist = resolve(values.dist);
  const out = resolve(values.out);
  const missing = pages.flatMap(({ path }) =>
    Object.values(langRoots)
      .map((prefix) => `${prefix}${path}index.html`)
      .filter((file) => !existsSync(join(dist, file))),
  );
  if (missing.length > 0) throw new Error(`${dist} has no ${missing.join(", ")}`);
  const chromium = findChromium();
  if (!chromium) throw new Error("No Chromium found: install it (apt-get install -y chromium) or set CHROME_PATH");

  // Only what this script writes is replaced: other files in --out stay.
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(out)) if (/\.jpg$|^index\.md$/.test(file)) rmSync(join(out, file));

  const headersFile = join(dist, "_headers");
  const server = await startStaticServer(dist, "/", {
    ...(existsSync(headersFile) ? { headers: readHeaders(headersFile) } : {}),
  });
  const browser = await launchChromium(chromium);
  try {
    const shots = await shoot(browser, server.root, out);
    const indexPath = join(out, "index.md");
    const text = index(shots, values.note);
    writeFileSync(indexPath, await format(text, { ...((await resolveConfig(indexPath)) ?? {}), filepath: indexPath }));
    const total = readdirSync(out).reduce((sum, file) => sum + statSync(join(out, file)).size, 0);
    console.log(`${shots.length} screenshots and index.md in ${out}: ${(total / 1024).toFixed(0)} KB`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
