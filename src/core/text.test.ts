import { describe, expect, it } from "vitest";
import { escapeXml, textWidth, wrapClamped, wrapLines } from "./text";

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

describe("wrapClamped", () => {
  it("keeps all lines that fit within the limit", () => {
    expect(wrapClamped("黔西南州易地扶贫搬迁", 40, 10, 5)).toEqual(["黔西南州", "易地扶贫", "搬迁"]);
  });

  it("cuts overlong text with an ellipsis, and gives no lines for blank text", () => {
    expect(wrapClamped("一二三四五六七八九十", 30, 10, 2)).toEqual(["一二三", "四五…"]);
    expect(wrapClamped("  ", 30, 10, 2)).toEqual([]);
  });
});

describe("escapeXml", () => {
  it("escapes the five XML special characters as numeric references", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;");
  });
});
