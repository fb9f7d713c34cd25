import { describe, expect, it } from "vitest";
import { defaultMapHash, formatMapHash, parseMapHash } from "./hash";

describe("map hash", () => {
  it("round-trips every layer with and without a selection", () => {
    for (const layer of ["completion", "sites", "moves"] as const)
      for (const select of [null, "county-xingyi", "site-sajin-new-citizens-area", "move-sanbao-amei-qituo"]) {
        const state = { layer, select };
        expect(parseMapHash(formatMapHash(state))).toEqual(state);
      }
  });

  it("writes nothing for the default view", () => {
    expect(formatMapHash(defaultMapHash)).toBe("");
    expect(formatMapHash({ layer: "sites", select: null })).toBe("#layer=sites");
    expect(formatMapHash({ layer: "completion", select: "county-puan" })).toBe("#select=county-puan");
  });

  it("reads a list anchor as a selection", () => {
    expect(parseMapHash("#map-item-county-xingyi")).toEqual({ layer: "completion", select: "county-xingyi" });
  });

  it("ignores what it does not understand", () => {
    expect(parseMapHash("")).toEqual(defaultMapHash);
    expect(parseMapHash("#main")).toEqual(defaultMapHash);
    expect(parseMapHash("#layer=heat&select=<script>")).toEqual(defaultMapHash);
    expect(parseMapHash("#map-item-nothing")).toEqual(defaultMapHash);
  });
});
