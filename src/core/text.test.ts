import { describe, expect, it } from "vitest";
import { textWidth, wrapLines, wrapText } from "./text";

describe("wrapLines", () => {
  it("breaks English at spaces, never inside a word", () => {
    const lines = wrapLines("Relocated people other than the registered poor", 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Relocated people other than the registered poor");
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
  });

  it("breaks Chinese between characters but keeps closing punctuation with the character before it", () => {
    const lines = wrapLines("喀斯特面积中既非石漠化也非潜在石漠化的比例，本站计算", 80, 13);
    expect(lines.join("")).toBe("喀斯特面积中既非石漠化也非潜在石漠化的比例，本站计算");
    for (const line of lines) expect(line.startsWith("，")).toBe(false);
  });

  it("keeps a word wider than the line whole, on its own line", () => {
    expect(wrapLines("supercalifragilistic", 30, 13)).toEqual(["supercalifragilistic"]);
  });

  it("estimates Chinese as square and bold text as wider", () => {
    expect(textWidth("黔西南", 10)).toBe(30);
    expect(textWidth("338,506", 13, true)).toBeGreaterThan(textWidth("338,506", 13));
  });
});

describe("wrapText", () => {
  it("breaks Chinese between characters and English at spaces", () => {
    expect(wrapText("黔西南州易地扶贫搬迁", 4, 5)).toEqual(["黔西南州", "易地扶贫", "搬迁"]);
    expect(wrapText("After the mountains came the towns", 6, 5)).toEqual([
      "After the",
      "mountains",
      "came the",
      "towns",
    ]);
  });

  it("cuts overlong text with an ellipsis", () => {
    expect(wrapText("一二三四五六七八九十", 3, 2)).toEqual(["一二三", "四五…"]);
  });
});
