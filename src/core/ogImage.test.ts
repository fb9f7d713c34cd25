import { describe, expect, it } from "vitest";
import { renderOgImage, wrapText } from "./ogImage";

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

describe("renderOgImage", () => {
  it("renders a 1200×630 PNG", async () => {
    const png = await renderOgImage({
      lang: "zh",
      kicker: "图表",
      title: "“十三五”期间的搬迁规模",
      subtitle: "来源：刘义",
    });
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });
});
