import { describe, expect, it } from "vitest";
import { compareFigures, figuresAgree } from "./conflicts";
import type { Fact } from "./facts";
import type { Qualifier } from "./schemas/common";
import type { SourceRow } from "./schemas/sources";
import type { UnitId } from "./units";

const source: SourceRow = {
  id: "S09",
  title: "测试",
  titleEn: "Test",
  publisher: { zh: "不详", en: "Unknown" },
  author: null,
  date: null,
  urls: [],
  grade: "A",
  language: "zh-Hans",
  kind: "news",
  note: null,
};

/** A numeric fact as a source wrote it. */
function figure(value: number, unit: UnitId, asWritten: string, qualifier: Qualifier = "exact"): Fact {
  return {
    id: `f-${asWritten}`,
    dataset: "sanbao-case",
    entity: "sanbao",
    measure: { zh: "人均耕地", en: "Farmland per person" },
    measureKey: "farmland-per-capita",
    value: { type: "number", number: value, unit },
    qualifier,
    period: null,
    status: "reported",
    preferred: false,
    evidence: { source, quote: asWritten, asWritten, quoteReformatted: false },
    periodInferred: false,
    derivation: null,
    note: null,
  };
}

describe("figuresAgree", () => {
  it("agrees within the precision a figure is written to (338,506 and 33.85万), not beyond it (33.83万)", () => {
    const exact = figure(338506, "persons", "338506");
    expect(figuresAgree(exact, figure(338500, "persons", "33.85万"))).toBe(true);
    expect(figuresAgree(exact, figure(338300, "persons", "33.83万"))).toBe(false);
  });

  it("compares fen and mu in one unit: 9 分 agrees with 不足1亩", () => {
    const fen = figure(9, "fen", "9");
    const underOneMu = figure(1, "mu", "不足1", "less-than");
    expect(figuresAgree(fen, underOneMu)).toBe(true);
    expect(figuresAgree(underOneMu, fen)).toBe(true);
  });

  it("still sees a disagreement across units: 9 分 against 0.34 亩", () => {
    expect(figuresAgree(figure(9, "fen", "9"), figure(0.34, "mu", "0.34"))).toBe(false);
  });

  it("holds a figure to a bound: 12 分 is not under 1 亩, 1.2 亩 is more than 1 亩", () => {
    const underOneMu = figure(1, "mu", "不足1", "less-than");
    expect(figuresAgree(underOneMu, figure(12, "fen", "12"))).toBe(false);
    expect(figuresAgree(figure(1, "mu", "1余", "more-than"), figure(1.2, "mu", "1.2"))).toBe(true);
  });

  it("never calls figures in units of different kinds the same", () => {
    expect(figuresAgree(figure(9, "fen", "9"), figure(9, "persons", "9"))).toBe(false);
  });

  it("compares land areas to their written precision: 16,804.3 and 16,817 km² differ", () => {
    expect(figuresAgree(figure(16804.3, "km2", "16804.3"), figure(16817, "km2", "16817"))).toBe(false);
    expect(figuresAgree(figure(16804.3, "km2", "16804.3"), figure(16800, "km2", "1.68万"))).toBe(true);
  });
});

describe("compareFigures", () => {
  it("compares every pair: 16,804.3 and 16,817 each agree with 1.68万 but not with each other", () => {
    const rounded = { ...figure(16800, "km2", "1.68万"), preferred: true };
    const paper = figure(16804.3, "km2", "16804.3");
    const wiki = figure(16817, "km2", "16817");
    const group = compareFigures("qianxinan/land-area", [paper, wiki, rounded]);
    expect(group.facts[0]).toBe(rounded);
    expect(group.agrees).toEqual([true, true, true]);
    expect(group.differsFrom).toEqual([[], [wiki], [paper]]);
  });
});
