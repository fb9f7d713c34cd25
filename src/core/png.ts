import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import subsetFont from "subset-font";

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

let fonts: Buffer[] | undefined;
const subsets = new Map<string, Promise<string[]>>();

/**
 * Font files holding only the glyphs a text needs. resvg reads its font files again for every run
 * of text it lays out; with the 10 MB CJK fonts that cost tens of milliseconds per label, so an
 * image with many labels took seconds. Subset to a few hundred glyphs, the same render takes a
 * fraction of that. The subsets are cached per process and written to the system's temp folder.
 */
function subsetFiles(characters: string): Promise<string[]> {
  let files = subsets.get(characters);
  if (!files) {
    files = makeSubsets(characters);
    subsets.set(characters, files);
  }
  return files;
}

async function makeSubsets(characters: string): Promise<string[]> {
  fonts ??= fontFiles.map((file) => readFileSync(file));
  const dir = join(tmpdir(), "qxn-image-fonts");
  mkdirSync(dir, { recursive: true });
  const hash = createHash("sha256").update(characters).digest("hex").slice(0, 16);
  return Promise.all(
    (fonts ?? []).map(async (font, i) => {
      const path = join(dir, `${hash}-${i}.ttf`);
      writeFileSync(path, await subsetFont(font, characters, { targetFormat: "sfnt" }));
      return path;
    }),
  );
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

async function rasterise(svg: string, width: number, background: string): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: width },
    background,
    font: {
      loadSystemFonts: false,
      fontFiles: await subsetFiles(svgCharacters(svg)),
      defaultFontFamily: imageFontFamily,
      sansSerifFamily: imageFontFamily,
      serifFamily: imageFontFamily,
      monospaceFamily: imageFontFamily,
    },
    logLevel: "off",
  });
  return new Uint8Array(image.asPng());
}
