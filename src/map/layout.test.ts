import { describe, expect, it } from "vitest";
import { mapFeatures, mapInput } from "../../tests/fixtures/mapFixture";
import {
  arcGeometry,
  buildGeoLayout,
  compactPath,
  freestDirection,
  geoSizes,
  loopGeometry,
  projectLayout,
} from "./layout";
import { buildMapState } from "./state";
import type { MapTownshipMove } from "./types";

const dist = (a: number[], b: number[]) => Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));

describe("arcGeometry", () => {
  const { line, head } = arcGeometry([0, 0], [1, 0]);

  it("stops short of the site and ends in an arrowhead pointing at it", () => {
    const tip = head[0] as [number, number];
    expect(dist(tip, [1, 0])).toBeGreaterThanOrEqual(geoSizes.markerGap * 0.9);
    expect(dist(tip, [1, 0])).toBeLessThan(geoSizes.markerGap * 2);
    expect(head).toHaveLength(4);
    expect(head[3]).toEqual(head[0]);
    // The line ends inside the head.
    expect(dist(line[line.length - 1] as [number, number], tip)).toBeLessThan(geoSizes.arrowLength);
  });

  it("bows to the left of its direction", () => {
    const middle = line[Math.floor(line.length / 2)] as [number, number];
    expect(middle[1]).toBeGreaterThan(0.1);
  });
});

describe("loopGeometry and freestDirection", () => {
  it("leaves the point on the given side and comes back to it", () => {
    const { line, head } = loopGeometry([0, 0], [0, 1]);
    expect(Math.min(...line.map((p) => p[1]))).toBeGreaterThan(0);
    expect(dist(head[0] as [number, number], [0, 0])).toBeLessThan(geoSizes.loopRadius);
  });

  it("opens away from what it must avoid", () => {
    const [nx, ny] = freestDirection([]);
    expect([nx, ny]).toEqual([expect.closeTo(0), 1]);
    const [x, y] = freestDirection([
      [0, 1],
      [1, 0],
    ]);
    expect(x).toBeCloseTo(-Math.SQRT1_2);
    expect(y).toBeCloseTo(-Math.SQRT1_2);
  });
});

describe("buildGeoLayout", () => {
  const state = buildMapState(mapInput, "zh");
  const geo = buildGeoLayout(mapFeatures, state);

  it("puts sites at their county seat, or nowhere (the inset) when the county has no boundary", () => {
    expect(geo.sites.get("s1")).toEqual([104.5, 25.5]);
    expect(geo.sites.get("s2")).toBeNull();
    expect(geo.sites.get("s3")).toEqual([105.2, 25.8]);
  });

  it("moves a label off a seat that carries a site marker, inside the county", () => {
    const label = geo.labels.get("a") as [number, number];
    expect(dist(label, [104.5, 25.5])).toBeGreaterThan(geoSizes.labelClearance);
    expect(label[0]).toBeGreaterThan(104);
    expect(label[0]).toBeLessThan(105);
  });

  it("draws every move, arcs from the origin county towards its site", () => {
    expect([...geo.moves.keys()]).toEqual(["move-b-s1", "move-a-s1", "move-t-s3"]);
    const arc = geo.moves.get("move-b-s1");
    expect(arc?.line[0]?.[0]).toBeGreaterThan(105);
    expect(dist(arc?.head[0] ?? [], [104.5, 25.5])).toBeLessThan(0.1);
  });

  it("fails when a move leads to a site drawn in the inset", () => {
    const moved = buildMapState(
      { ...mapInput, townshipMoves: [{ ...(mapInput.townshipMoves[0] as MapTownshipMove), to: "s2" }] },
      "zh",
    );
    expect(() => buildGeoLayout(mapFeatures, moved)).toThrow(/"s2" has no position/);
  });
});

describe("projectLayout", () => {
  const state = buildMapState(mapInput, "zh");
  const screen = projectLayout(mapFeatures, buildGeoLayout(mapFeatures, state), { width: 400 });

  it("fits the counties to the width, keeping their aspect", () => {
    expect(screen.width).toBe(400);
    expect(screen.height).toBeGreaterThan(150);
    expect(screen.height).toBeLessThan(250);
    for (const county of screen.counties) {
      expect(county.d).toMatch(/^M\d+,\d+l-?\d+,-?\d+/);
      expect(county.label[0]).toBeGreaterThan(0);
      expect(county.label[0]).toBeLessThan(400);
    }
  });

  it("draws inset sites at the inset's point and the rest where they are", () => {
    expect(screen.sites.get("s2")).toEqual(screen.inset.site);
    expect(screen.inset.x + screen.inset.width).toBeLessThanOrEqual(400);
    expect(screen.moves.get("move-b-s1")?.d).toMatch(/^M/);
  });
});

describe("compactPath", () => {
  it("snaps to whole pixels, drops repeats and straight-line points, and writes relative moves", () => {
    const square: [number, number][] = [
      [0.2, 0],
      [5, 0.1],
      [10, 0],
      [10, 4.9],
      [10, 5.2],
      [10, 10],
      [0, 10],
    ];
    expect(compactPath([square])).toBe("M0,0l10,0 0,10-10,0z");
  });

  it("simplifies a border shared by two rings the same way from both sides", () => {
    const border: [number, number][] = [
      [0, 0],
      [3.4, 1.2],
      [6, 1.6],
      [8.2, 1.3],
      [12, 0],
    ];
    const north = [...border, [12, -8] as [number, number], [0, -8] as [number, number]];
    const south = [...[...border].reverse(), [0, 8] as [number, number], [12, 8] as [number, number]];
    const vertices = (d: string) => {
      const [start, rest = ""] = d.slice(1, -1).split("l");
      const points = [start?.split(",").map(Number) as [number, number]];
      for (const step of rest.match(/-?\d+,-?\d+/g) ?? []) {
        const [dx, dy] = step.split(",").map(Number) as [number, number];
        const [x, y] = points[points.length - 1] as [number, number];
        points.push([x + dx, y + dy]);
      }
      return points.map((p) => p.join(","));
    };
    const shared = (d: string) => vertices(d).filter((p) => !/,-?8$/.test(p));
    expect(shared(compactPath([north])).sort()).toEqual(shared(compactPath([south])).sort());
  });
});
