import { describe, expect, it } from "vitest";
import { formatFactPeriod, formatQuantity } from "./formatFact";

describe("formatQuantity", () => {
  it("writes exact counts with their unit in each language", () => {
    expect(formatQuantity(338506, "persons", "exact", "zh")).toBe("338,506人");
    expect(formatQuantity(338506, "persons", "exact", "en")).toBe("338,506 people");
    expect(formatQuantity(1, "persons", "exact", "en")).toBe("1 person");
    expect(formatQuantity(143, "schools", "exact", "en")).toBe("143 schools");
  });

  it("uses 万 on Chinese pages only when asked", () => {
    expect(formatQuantity(338500, "persons", "exact", "zh", { chineseUnits: true })).toBe("33.85万人");
    expect(formatQuantity(338500, "persons", "exact", "en", { chineseUnits: true })).toBe("338,500 people");
  });

  it("places hedges where each language puts them", () => {
    expect(formatQuantity(2900, "pupils", "more-than", "zh")).toBe("2,900余名");
    expect(formatQuantity(2900, "pupils", "more-than", "en")).toBe("more than 2,900 pupils");
    expect(formatQuantity(60, "percent", "at-least", "zh")).toBe("60%以上");
    expect(formatQuantity(60, "percent", "at-least", "en")).toBe("at least 60%");
    expect(formatQuantity(2000, "pupils", "nearly", "zh")).toBe("近2,000名");
    expect(formatQuantity(50, "km", "at-most", "en")).toBe("at most 50 km");
  });

  it("writes shares that are more than a value with 超过, and more than half as 过半", () => {
    expect(formatQuantity(0.5, "fraction", "more-than", "zh")).toBe("过半");
    expect(formatQuantity(2 / 3, "fraction", "more-than", "zh")).toBe("超过三分之二");
    expect(formatQuantity(60, "percent", "more-than", "zh")).toBe("超过60%");
  });

  it("writes fractions in words, as the sources do", () => {
    expect(formatQuantity(2 / 3, "fraction", "exact", "zh")).toBe("三分之二");
    expect(formatQuantity(2 / 3, "fraction", "exact", "en")).toBe("two-thirds");
    expect(formatQuantity(1 / 6, "fraction", "exact", "en")).toBe("one-sixth");
    expect(formatQuantity(0.5, "fraction", "exact", "en")).toBe("half");
    expect(formatQuantity(0.37, "fraction", "exact", "en")).toBe("0.37");
  });

  it("keeps the written form beside a figure rounded to 万 on English pages", () => {
    const style = { chineseUnits: true, asWritten: "33.85万" };
    expect(formatQuantity(338500, "persons", "exact", "en", style)).toBe("about 338,500 people (written 33.85万)");
    expect(formatQuantity(338500, "persons", "exact", "en", { ...style, withUnit: false })).toBe(
      "about 338,500 (written 33.85万)",
    );
    expect(formatQuantity(111500, "persons", "more-than", "en", { chineseUnits: true, asWritten: "11.15万" })).toBe(
      "more than 111,500 people (written 11.15万)",
    );
    expect(formatQuantity(338500, "persons", "exact", "zh", style)).toBe("33.85万人");
    expect(formatQuantity(338506, "persons", "exact", "en", { asWritten: "338506" })).toBe("338,506 people");
  });

  it("writes millions in English where the source used 万 or 亿", () => {
    expect(formatQuantity(1880000, "persons", "exact", "en", { chineseUnits: true })).toBe("1.88 million people");
    expect(formatQuantity(404000000, "yuan", "exact", "en", { chineseUnits: true })).toBe("404 million yuan");
    expect(formatQuantity(1880000, "persons", "exact", "en")).toBe("1,880,000 people");
    expect(formatQuantity(1880000, "persons", "exact", "zh", { chineseUnits: true })).toBe("188万人");
  });

  it("writes percentages and fractions without a unit word", () => {
    expect(formatQuantity(60.3, "percent", "exact", "en")).toBe("60.3%");
    expect(formatQuantity(0.5, "fraction", "more-than", "en")).toBe("more than half");
    expect(formatQuantity(1 / 6, "fraction", "exact", "zh")).toBe("六分之一");
  });

  it("can leave the unit out", () => {
    expect(formatQuantity(143, "schools", "exact", "en", { withUnit: false })).toBe("143");
    expect(formatQuantity(12, "percent", "exact", "en", { withUnit: false })).toBe("12%");
  });
});

describe("formatFactPeriod", () => {
  it("says when a period is inferred, in each language", () => {
    expect(formatFactPeriod({ period: "2018-12", periodInferred: true }, "zh")).toBe("2018年12月（推定）");
    expect(formatFactPeriod({ period: "2018-12", periodInferred: true }, "en")).toBe("December 2018 (inferred)");
    expect(formatFactPeriod({ period: "2018-12", periodInferred: false }, "en")).toBe("December 2018");
    expect(formatFactPeriod({ period: null, periodInferred: false }, "zh")).toBeNull();
  });
});
