import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
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

/**
 * Rasterises an SVG to PNG at a given pixel width with the bundled CJK font (subset to the
 * characters drawn) and no system fonts. Any font family in the SVG falls back to Noto Sans SC.
 */
export async function renderPng(svg: string, width: number, background = "#ffffff"): Promise<Uint8Array> {
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
