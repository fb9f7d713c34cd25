import { describe, expect, it } from "vitest";
import type { CountyRow } from "~/data/schemas/places";
import { BoundaryFile } from "./boundaries";
import { buildBoundaries, serializeBoundaries } from "./buildBoundaries";
import type { EchartsGeoJson, Position } from "./echartsDecode";

const county = (id: string, code: string | null, zh: string, extra: Partial<CountyRow> = {}): CountyRow => ({
  id,
  code,
  formerCode: null,
  name: { zh, en: id },
  formerName: null,
  kind: "county",
  hasBoundary: code !== null,
  note: null,
  ...extra,
});

const counties = [
  county("a", "522301", "甲市"),
  county("b", "522302", "乙市", { formerCode: "522322" }),
  county("c", null, "丙区"),
];

// Anticlockwise (as RFC 7946 recommends) with float noise and a repeated vertex.
const square = (x: number): Position[] => [
  [x, 0],
  [x + 1.000004, 0],
  [x + 1, 1],
  [x + 1, 1],
  [x, 1],
  [x, 0],
];

const source: EchartsGeoJson = {
  type: "FeatureCollection",
  UTF8Encoding: false,
  features: [
    {
      type: "Feature",
      id: "522322",
      properties: { name: "乙县", cp: [10.5, 0.5] },
      geometry: { type: "Polygon", coordinates: [square(10)] },
    },
    {
      type: "Feature",
      id: "522301",
      properties: { name: "甲市", cp: [0.5, 0.5] },
      geometry: { type: "MultiPolygon", coordinates: [[square(0)], [square(2)]] },
    },
  ],
};

const provenance = {
  generatedBy: "test",
  source: { package: "p", version: "1.0.0", license: "MIT", file: "f", url: "https://example.org/", sourceId: "R-X" },
};

describe("buildBoundaries", () => {
  const file = buildBoundaries(source, counties, provenance);

  it("matches polygons to counties by current or former code and uses the current name", () => {
    expect(file.features.map((f) => [f.id, f.properties.code, f.properties.name.zh, f.properties.sourceName])).toEqual([
      ["a", "522301", "甲市", "甲市"],
      ["b", "522302", "乙市", "乙县"],
    ]);
  });

  it("rounds, drops repeats and winds exteriors clockwise", () => {
    expect(file.features[1]?.geometry.coordinates).toEqual([
      [
        [10, 0],
        [10, 1],
        [11, 1],
        [11, 0],
        [10, 0],
      ],
    ]);
    expect(() => BoundaryFile.parse(JSON.parse(serializeBoundaries(file)))).not.toThrow();
  });

  it("names the feature when a code is unknown, a county lacks its polygon or a seat is outside", () => {
    const [b, a] = source.features as [EchartsGeoJson["features"][number], EchartsGeoJson["features"][number]];
    const unknown = { ...source, features: [{ ...b, id: "999999" }] };
    expect(() => buildBoundaries(unknown, counties, provenance)).toThrow(/999999 \(乙县\): no county/);
    const missing = { ...source, features: [b] };
    expect(() => buildBoundaries(missing, counties, provenance)).toThrow(/"a" has hasBoundary: true/);
    const outside = {
      ...source,
      features: [a, { ...b, properties: { name: "乙县", cp: [50, 50] as Position } }],
    };
    expect(() => buildBoundaries(outside, counties, provenance)).toThrow(/522322 \(乙县\): the cp/);
  });

  it("starts its text with the generator", () => {
    expect(serializeBoundaries(file).split("\n")[0]).toBe('{"generatedBy":"test",');
  });
});
