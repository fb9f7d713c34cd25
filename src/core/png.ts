import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ResvgRenderOptions } from "@resvg/resvg-js";
import { ThreadPool } from "./threads";

const require = createRequire(import.meta.url);

/**
 * The CJK font every build-time image is drawn with. It ships in an npm package (SIL OFL), so
 * Chinese text renders identically on every machine, whatever fonts the system has.
 */
export const imageFontFamily = "Noto Sans SC";

const fontFiles = [
  require.resolve("@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf"),
  require.resolve("@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf"),
];

/**
 * Everything besides the SVG, the width and the background that decides an image's pixels: the
 * rasteriser, the font and the subsetter, by version. Bump `layout` when renderPng itself changes
 * how it draws.
 */
const rendererKey = JSON.stringify({
  layout: 1,
  resvg: (require("@resvg/resvg-js/package.json") as { version: string }).version,
  font: (require("@expo-google-fonts/noto-sans-sc/package.json") as { version: string }).version,
  subset: (require("subset-font/package.json") as { version: string }).version,
});

/**
 * Rendered images are kept between builds in Astro's cache folder (`node_modules/.astro`), named by
 * a hash of their inputs: a build in which no chart changed re-renders none, and a changed figure
 * changes the SVG, so the hash, so it can never be served a stale image. `IMAGE_CACHE_DIR` moves
 * the cache (the benchmark times builds with an empty one).
 */
export const defaultImageCacheDir = process.env.IMAGE_CACHE_DIR ?? join(process.cwd(), "node_modules/.astro/images");

/** The characters an SVG draws: its text content with entities decoded and markup, titles and styles dropped. */
export function svgCharacters(svg: string): string {
  const text = svg
    .replace(/<(title|desc|style)[^>]*>[\s\S]*?<\/\1>/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
  return [...new Set(text)].sort().join("");
}

/** The cache key of an image: a hash of the renderer, the SVG, the width and the background. */
export function imageKey(svg: string, width: number, background: string): string {
  return createHash("sha256")
    .update(rendererKey)
    .update("\0")
    .update(`${width}\0${background}\0`)
    .update(svg)
    .digest("hex");
}

/**
 * Rasterises an SVG to PNG at a given pixel width with the bundled CJK font (subset to the
 * characters drawn) and no system fonts. Any font family in the SVG falls back to Noto Sans SC.
 * Served from the image cache when the same inputs were rendered before (`cacheDir: null` turns
 * the cache off).
 */
export async function renderPng(
  svg: string,
  width: number,
  background = "#ffffff",
  { cacheDir = defaultImageCacheDir }: { cacheDir?: string | null } = {},
): Promise<Uint8Array> {
  if (cacheDir === null) return rasterise(svg, width, background);
  const key = imageKey(svg, width, background);
  const path = join(cacheDir, key.slice(0, 2), `${key}.png`);
  try {
    return new Uint8Array(readFileSync(path));
  } catch {
    // Not rendered before: render it and keep it.
  }
  const png = await rasterise(svg, width, background);
  mkdirSync(join(cacheDir, key.slice(0, 2)), { recursive: true });
  // Write then rename, so a build running at the same time never reads half a file.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, path);
  return png;
}

/**
 * What each rasteriser thread runs (CommonJS, see core/threads.ts). Subsetting the fonts and
 * drawing both run there: on the build's main thread they took about a third of a cold build's
 * time, one image after another, while Astro waited. The subsets are cached per thread and written
 * to the system's temp folder, named by a hash of their characters.
 */
const rasteriserSource = `
const { threadId } = require("node:worker_threads");
const { createHash } = require("node:crypto");
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const { Resvg } = require(workerData.resvg);
const subsetFont = require(workerData.subsetFont);
const fonts = workerData.fontFiles.map((file) => readFileSync(file));
const subsets = new Map();
function subsetFiles(characters) {
  let files = subsets.get(characters);
  if (!files) {
    const hash = createHash("sha256").update(characters).digest("hex").slice(0, 16);
    mkdirSync(workerData.fontDir, { recursive: true });
    files = Promise.all(fonts.map(async (font, i) => {
      const path = join(workerData.fontDir, hash + "-" + i + ".ttf");
      // Written whole, then renamed: another thread may be reading the same subset.
      const partial = path + "." + process.pid + "-" + threadId + ".partial";
      writeFileSync(partial, await subsetFont(font, characters, { targetFormat: "sfnt" }));
      renameSync(partial, path);
      return path;
    }));
    subsets.set(characters, files);
  }
  return files;
}
async function work({ svg, characters, options }) {
  options.font.fontFiles = await subsetFiles(characters);
  return new Resvg(svg, options).render().asPng();
}
`;

/** The rasteriser threads, one per core, started on the first image. */
const pool = new ThreadPool<{ svg: string; characters: string; options: ResvgRenderOptions }, Uint8Array>(
  rasteriserSource,
  {
    resvg: require.resolve("@resvg/resvg-js"),
    subsetFont: require.resolve("subset-font"),
    fontFiles,
    fontDir: join(tmpdir(), "qxn-image-fonts"),
  },
  "rendering an image",
);

function rasterise(svg: string, width: number, background: string): Promise<Uint8Array> {
  return pool.run({
    svg,
    characters: svgCharacters(svg),
    options: {
      fitTo: { mode: "width", value: width },
      background,
      font: {
        loadSystemFonts: false,
        defaultFontFamily: imageFontFamily,
        sansSerifFamily: imageFontFamily,
        serifFamily: imageFontFamily,
        monospaceFamily: imageFontFamily,
      },
      logLevel: "off",
    },
  });
}
