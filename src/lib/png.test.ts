import { describe, expect, it } from "vitest";
import { renderPng } from "./png";

/** Width and height from a PNG's IHDR chunk. */
function size(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const svg = (text: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" viewBox="0 0 200 60"><text x="10" y="40" font-size="24" font-family="system-ui, sans-serif">${text}</text></svg>`;

describe("renderPng", () => {
  it("renders a PNG at the requested width", async () => {
    const png = await renderPng(svg("搬出大山"), 400);
    expect(Array.from(png.slice(1, 4), (c) => String.fromCharCode(c)).join("")).toBe("PNG");
    expect(size(png)).toEqual({ width: 400, height: 120 });
  });

  it("draws real Chinese glyphs with the bundled font, not blanks or identical boxes", async () => {
    const blank = await renderPng(svg(""), 400);
    const a = await renderPng(svg("搬出"), 400);
    const b = await renderPng(svg("大山"), 400);
    expect(a.byteLength).toBeGreaterThan(blank.byteLength + 300);
    expect(b.byteLength).toBeGreaterThan(blank.byteLength + 300);
    // Missing glyphs would all be drawn as the same box, so two different words would give the same image.
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
  });
});
