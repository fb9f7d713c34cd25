import { rgb } from "d3";
import { describe, expect, it } from "vitest";
import { mapPalette } from "~/core/palette";
import { buildCompletionScale, inkFor } from "./colour";

const lightness = (colour: string) => {
  const { r, g, b } = rgb(colour);
  return r + g + b;
};

describe("buildCompletionScale", () => {
  it("runs from light (first date) to dark (last date), linear in time", () => {
    const scale = buildCompletionScale(["2019-06-20", "2019-02-28", "2019-03-05"]);
    expect([scale.first, scale.last]).toEqual(["2019-02-28", "2019-06-20"]);
    const [a, b, c] = ["2019-02-28", "2019-04-24", "2019-06-20"].map(scale.colour) as [string, string, string];
    expect(lightness(a)).toBeGreaterThan(lightness(b));
    expect(lightness(b)).toBeGreaterThan(lightness(c));
    expect(a).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("refuses a date outside its range and an empty list", () => {
    expect(() => buildCompletionScale(["2019-03-01", "2019-04-01"]).colour("2019-05-01")).toThrow(/outside/);
    expect(() => buildCompletionScale([])).toThrow(/no dates/);
  });
});

describe("inkFor", () => {
  it("writes dark ink on light fills and white on dark ones", () => {
    expect(inkFor("#e4f4b5")).toBe(mapPalette.ink);
    expect(inkFor("#132670")).toBe(mapPalette.lightInk);
  });
});
