import { describe, expect, it } from "vitest";
import { formatBytes, formatDate, formatNumber, formatPercent, isPartialDate, parsePartialDate } from "./format";

describe("formatNumber", () => {
  it("writes exact figures with thousands separators in both languages", () => {
    expect(formatNumber(338506, "en")).toBe("338,506");
    expect(formatNumber(338506, "zh")).toBe("338,506");
  });

  it("uses 万 and 亿 on Chinese pages only when asked, and never on English pages", () => {
    expect(formatNumber(338500, "zh", { chineseUnits: true })).toBe("33.85万");
    expect(formatNumber(16800, "zh", { chineseUnits: true })).toBe("1.68万");
    expect(formatNumber(404000000, "zh", { chineseUnits: true })).toBe("4.04亿");
    expect(formatNumber(338500, "en", { chineseUnits: true })).toBe("338,500");
  });

  it("keeps values below 10,000 as they are, even with 万 allowed", () => {
    expect(formatNumber(9999, "zh", { chineseUnits: true })).toBe("9,999");
    expect(formatNumber(1101, "zh")).toBe("1,101");
  });

  it("handles zero, negative and non-integer values", () => {
    expect(formatNumber(0, "en")).toBe("0");
    expect(formatNumber(-1500, "en")).toBe("-1,500");
    expect(formatNumber(-15000, "zh", { chineseUnits: true })).toBe("-1.5万");
    expect(formatNumber(16804.3, "en")).toBe("16,804.3");
    expect(formatNumber(0.00001, "en")).toBe("0");
    expect(formatNumber(2.345, "en", { maxDecimals: 1 })).toBe("2.3");
  });

  it("rejects values that are not finite", () => {
    expect(() => formatNumber(Number.NaN, "en")).toThrow(/finite/);
  });
});

describe("formatPercent", () => {
  it("writes percentages the same way in both languages", () => {
    expect(formatPercent(60.3, "zh")).toBe("60.3%");
    expect(formatPercent(60.28, "en")).toBe("60.28%");
    expect(formatPercent(0, "en")).toBe("0%");
  });
});

describe("dates", () => {
  it("formats each precision per language", () => {
    expect(formatDate("2019-06", "zh")).toBe("2019年6月");
    expect(formatDate("2019-06", "en")).toBe("June 2019");
    expect(formatDate("2019-06-20", "zh")).toBe("2019年6月20日");
    expect(formatDate("2019-06-20", "en")).toBe("20 June 2019");
    expect(formatDate("2019", "en")).toBe("2019");
  });

  it("formats periods", () => {
    expect(formatDate("2016/2020", "zh")).toBe("2016—2020年");
    expect(formatDate("2016/2020", "en")).toBe("2016–2020");
    expect(formatDate("2020-01/2020-05", "en")).toBe("January 2020 – May 2020");
  });

  it("rejects impossible dates", () => {
    expect(() => parsePartialDate("2019-02-30")).toThrow(/impossible day/);
    expect(() => parsePartialDate("2019-13")).toThrow(/impossible month/);
    expect(isPartialDate("2020-02-29")).toBe(true);
    expect(isPartialDate("2019-02-29")).toBe(false);
    expect(isPartialDate("June 2019")).toBe(false);
  });
});

describe("formatBytes", () => {
  it("writes sizes in decimal units", () => {
    expect(formatBytes(812, "en")).toBe("812 B");
    expect(formatBytes(12345, "en")).toBe("12.3 KB");
    expect(formatBytes(1_400_000, "zh")).toBe("1.4 MB");
  });
});
