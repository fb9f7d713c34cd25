import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { ResvgRenderOptions } from "@resvg/resvg-js";

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
 * The code each rasteriser thread runs (CommonJS, evaluated by the worker). Subsetting the fonts and
 * drawing both run there: on the build's main thread they took about a third of a cold build's time,
 * one image after another, while Astro waited. The subsets are cached per thread and written to the
 * system's temp folder, named by a hash of their characters.
 */
const workerSource = `
const { parentPort, threadId, workerData } = require("node:worker_threads");
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
parentPort.on("message", async ({ id, svg, characters, options }) => {
  try {
    options.font.fontFiles = await subsetFiles(characters);
    const png = new Resvg(svg, options).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.stack || error) });
  }
});
`;

interface Job {
  message: { id: number; svg: string; characters: string; options: ResvgRenderOptions };
  resolve(png: Uint8Array): void;
  reject(error: Error): void;
}

/**
 * A pool of rasteriser threads, one per core, started on the first image. A thread holds the
 * process open only while it draws, so a build ends when its last image is done.
 */
class RasterPool {
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Job>();
  readonly #queue: Job[] = [];
  #started = 0;
  #nextId = 0;

  render(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const message = { id: this.#nextId++, svg, characters: svgCharacters(svg), options };
      this.#queue.push({ message, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#started < availableParallelism() ? this.#start() : undefined);
      if (!worker) return;
      const job = this.#queue.shift() as Job;
      this.#busy.set(worker, job);
      worker.ref();
      worker.postMessage(job.message);
    }
  }

  #start(): Worker {
    this.#started++;
    const worker = new Worker(workerSource, {
      eval: true,
      workerData: {
        resvg: require.resolve("@resvg/resvg-js"),
        subsetFont: require.resolve("subset-font"),
        fontFiles,
        fontDir: join(tmpdir(), "qxn-image-fonts"),
      },
    });
    worker.on("message", (reply: { id: number; png?: Uint8Array; error?: string }) => {
      const job = this.#busy.get(worker);
      this.#busy.delete(worker);
      worker.unref();
      this.#idle.push(worker);
      if (reply.png) job?.resolve(new Uint8Array(reply.png));
      else job?.reject(new Error(`rendering an image failed: ${reply.error ?? "no reason given"}`));
      this.#pump();
    });
    worker.on("error", (error) => {
      // A thread that crashed fails its image and is not reused; the next image starts another.
      this.#busy.get(worker)?.reject(error);
      this.#busy.delete(worker);
      this.#started--;
      this.#pump();
    });
    return worker;
  }
}

const pool = new RasterPool();

function rasterise(svg: string, width: number, background: string): Promise<Uint8Array> {
  return pool.render(svg, {
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
  });
}
