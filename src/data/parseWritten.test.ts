import { describe, expect, it } from "vitest";
import { parseChineseNumeral, parseWritten, parseWrittenDate } from "./parseWritten";

const value = (text: string, convention?: "zh" | "en" | "de") => parseWritten(text, convention).value;

describe("parseWritten", () => {
  it("reads plain, grouped and spaced numbers", () => {
    expect(value("338506")).toBe(338506);
    expect(value("1,778.38")).toBe(1778.38);
    expect(value("16 804.3")).toBe(16804.3);
    expect(value("2 207.2")).toBe(2207.2);
    expect(value("6,042", "en")).toBe(6042);
  });

  it("expands 万 and 亿, in simplified and traditional script, and English scale words", () => {
    expect(value("33.85万")).toBe(338500);
    expect(value("1.68万")).toBe(16800);
    expect(value("33.85萬")).toBe(338500);
    expect(value("188 萬")).toBe(1880000);
    expect(value("4.04亿")).toBe(404000000);
    expect(value("2.8 million", "en")).toBe(2800000);
  });

  it("reads percentages and marks them", () => {
    expect(parseWritten("60.3%")).toMatchObject({ value: 60.3, percent: true });
    expect(parseWritten("６０.３％")).toMatchObject({ value: 60.3, percent: true });
    expect(parseWritten("42 percent", "en")).toMatchObject({ value: 42, percent: true });
  });

  it("reads fractions in figures and in words", () => {
    expect(parseWritten("1/2")).toMatchObject({ value: 0.5, fraction: true });
    expect(value("六分之一")).toBeCloseTo(1 / 6, 12);
    expect(value("two-thirds", "en")).toBeCloseTo(2 / 3, 12);
  });

  it("reads Chinese numerals", () => {
    expect(value("六年")).toBe(6);
    expect(parseChineseNumeral("二十三")).toBe(23);
    expect(parseChineseNumeral("一百零五")).toBe(105);
    expect(parseChineseNumeral("十")).toBe(10);
  });

  it("reads German digit grouping only for German sources", () => {
    expect(value("3.015.112", "de")).toBe(3015112);
    expect(value("1.301", "de")).toBe(1301);
    expect(value("1.301", "zh")).toBe(1.301);
  });

  it("turns hedges into qualifiers", () => {
    expect(parseWritten("2900余")).toMatchObject({ value: 2900, qualifier: "more-than" });
    expect(parseWritten("5000多")).toMatchObject({ value: 5000, qualifier: "more-than" });
    expect(parseWritten("近2000")).toMatchObject({ value: 2000, qualifier: "nearly" });
    expect(parseWritten("近万")).toMatchObject({ value: 10000, qualifier: "nearly" });
    expect(parseWritten("不足1")).toMatchObject({ value: 1, qualifier: "less-than" });
    expect(parseWritten("60%以上")).toMatchObject({ value: 60, qualifier: "at-least", percent: true });
    expect(parseWritten("2人以上")).toMatchObject({ value: 2, qualifier: "at-least" });
    expect(parseWritten("350斤左右")).toMatchObject({ value: 350, qualifier: "about" });
    expect(parseWritten("约3006")).toMatchObject({ value: 3006, qualifier: "about" });
    expect(parseWritten("不过50")).toMatchObject({ value: 50, qualifier: "at-most" });
    expect(parseWritten("some 1,160", "en")).toMatchObject({ value: 1160, qualifier: "about" });
    expect(parseWritten("約3006")).toMatchObject({ value: 3006, qualifier: "about" });
    expect(parseWritten("ca. 3.059.400", "de")).toMatchObject({ value: 3059400, qualifier: "about" });
    expect(parseWritten("至少一")).toMatchObject({ value: 1, qualifier: "at-least" });
  });

  it("reads Chinese numerals with 万 and their hedges as lower bounds (S25: 八千余户、三万多名)", () => {
    expect(parseWritten("三万多")).toMatchObject({ value: 30000, qualifier: "more-than" });
    expect(parseWritten("八千余")).toMatchObject({ value: 8000, qualifier: "more-than" });
    expect(parseWritten("超过一万")).toMatchObject({ value: 10000, qualifier: "more-than" });
    expect(parseChineseNumeral("一万二千")).toBe(12000);
    expect(parseWritten("上百")).toMatchObject({ value: 100, qualifier: "at-least" });
  });

  it("reads a hedge between the digits and the scale word", () => {
    expect(parseWritten("40多万")).toMatchObject({ value: 400000, qualifier: "more-than" });
    expect(parseWritten("1400多萬")).toMatchObject({ value: 14000000, qualifier: "more-than" });
    expect(parseWritten("9万余")).toMatchObject({ value: 90000, qualifier: "more-than" });
  });

  it("reads halves and tenths (成) in words, and English thousands", () => {
    expect(parseWritten("將近一半")).toMatchObject({ value: 0.5, qualifier: "nearly", fraction: true });
    expect(parseWritten("九成")).toMatchObject({ value: 90, qualifier: "exact", percent: true });
    expect(parseWritten("六成")).toMatchObject({ value: 60, percent: true });
    expect(parseWritten("about 553.7 thousand", "en")).toMatchObject({ value: 553700, qualifier: "about" });
  });

  it("rejects what is not a figure", () => {
    expect(() => parseWritten("三十三点八五万")).toThrow(SyntaxError);
    expect(() => parseWritten("12.3.4")).toThrow(/not a number/);
    expect(() => parseWritten("1/0")).toThrow(/divides by zero/);
    expect(() => parseWritten("近2000余")).toThrow(/two hedges/);
    expect(() => parseWritten("近40多万")).toThrow(/two hedges/);
    expect(() => parseWritten("成")).toThrow(SyntaxError);
    expect(() => parseWritten("")).toThrow(SyntaxError);
  });
});

describe("parseWrittenDate", () => {
  it("reads Chinese and English dates at their precision", () => {
    expect(parseWrittenDate("2019年6月")).toEqual({ year: 2019, month: 6 });
    expect(parseWrittenDate("3月5日")).toEqual({ month: 3, day: 5 });
    expect(parseWrittenDate("2017年年底")).toEqual({ year: 2017, month: 12 });
    expect(parseWrittenDate("2019年秋季")).toEqual({ year: 2019 });
    expect(parseWrittenDate("2018年")).toEqual({ year: 2018 });
    expect(parseWrittenDate("August 2016")).toEqual({ year: 2016, month: 8 });
  });

  it("rejects text that is not a date", () => {
    expect(() => parseWrittenDate("去年")).toThrow(SyntaxError);
  });
});
