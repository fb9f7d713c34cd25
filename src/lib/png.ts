import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";

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
 * Rasterises an SVG to PNG at a given pixel width with the bundled CJK font and no system fonts.
 * Any font family in the SVG falls back to Noto Sans SC.
 */
export async function renderPng(svg: string, width: number, background = "#ffffff"): Promise<Uint8Array> {
  const image = await renderAsync(svg, {
    fitTo: { mode: "width", value: width },
    background,
    font: {
      loadSystemFonts: false,
      fontFiles,
      defaultFontFamily: imageFontFamily,
      sansSerifFamily: imageFontFamily,
      serifFamily: imageFontFamily,
      monospaceFamily: imageFontFamily,
    },
    logLevel: "off",
  });
  return new Uint8Array(image.asPng());
}
