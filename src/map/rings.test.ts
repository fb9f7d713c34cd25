import { geoArea } from "d3";
import { describe, expect, it } from "vitest";
import type { Position } from "./echartsDecode";
import { isClockwise, ringProblems, roundRing, windForD3 } from "./rings";

// A 1°×1° square, clockwise with north up: (0,0) → (0,1) → (1,1) → (1,0).
const clockwise: Position[] = [
  [0, 0],
  [0, 1],
  [1, 1],
  [1, 0],
  [0, 0],
];
const anticlockwise = [...clockwise].reverse();

describe("rings", () => {
  it("tells the winding", () => {
    expect(isClockwise(clockwise)).toBe(true);
    expect(isClockwise(anticlockwise)).toBe(false);
  });

  it("winds exteriors the way d3-geo reads a small polygon", () => {
    const small = (ring: Position[]) => geoArea({ type: "Polygon", coordinates: [ring] }) < 2 * Math.PI;
    expect(small(windForD3(anticlockwise, "exterior"))).toBe(true);
    expect(small(anticlockwise)).toBe(false);
    expect(windForD3(clockwise, "hole")).toEqual(anticlockwise);
  });

  it("accepts a valid exterior ring", () => {
    expect(ringProblems(clockwise, "exterior")).toEqual([]);
  });

  it("rejects open, short, repeating, flat and wrongly wound rings", () => {
    expect(ringProblems(clockwise.slice(0, 4), "exterior")).toContain("is not closed");
    expect(
      ringProblems(
        [
          [0, 0],
          [1, 1],
          [0, 0],
        ],
        "exterior",
      )[0],
    ).toMatch(/at least 4/);
    expect(
      ringProblems(
        [
          [0, 0],
          [0, 1],
          [0, 1],
          [1, 1],
          [0, 0],
        ],
        "exterior",
      ),
    ).toContain("repeats a position 1 time(s) in a row");
    expect(
      ringProblems(
        [
          [0, 0],
          [1, 1],
          [2, 2],
          [0, 0],
        ],
        "exterior",
      ),
    ).toContain("has no area");
    expect(ringProblems(anticlockwise, "exterior")[0]).toMatch(/anticlockwise/);
    expect(
      ringProblems(
        [
          [0, 0],
          [0, 1],
          [200, 1],
          [0, 0],
        ],
        "exterior",
      ),
    ).toContain("has a coordinate outside longitude/latitude bounds");
  });

  it("rounds, drops repeats and keeps the ring closed", () => {
    const ring: Position[] = [
      [0.00001, 0],
      [0, 1.00004],
      [0.00002, 1.00001],
      [1, 1],
      [1, 0],
      [0.00004, 0.00003],
    ];
    expect(roundRing(ring, 4)).toEqual(clockwise);
  });
});
