import { describe, expect, it } from "vitest";
import { renderOgImage } from "./ogImage";

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
