import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { imageKey, renderPng } from "./png";

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

describe("the rasteriser threads", () => {
  it("draw images at the same time, each the same as drawn alone", async () => {
    // Each text at two widths, as a chart's two PNGs: two threads then need the same font subset at once.
    const jobs = ["搬出", "大山", "后半篇文章", "338,506人"].flatMap((text) =>
      [400, 600].map((width) => ({ text, width })),
    );
    const together = await Promise.all(jobs.map((j) => renderPng(svg(j.text), j.width, "#ffffff", { cacheDir: null })));
    for (const [i, { text, width }] of jobs.entries()) {
      const alone = await renderPng(svg(text), width, "#ffffff", { cacheDir: null });
      expect(Buffer.from(together[i] as Uint8Array).equals(Buffer.from(alone)), `${text} at ${width}`).toBe(true);
    }
  });

  it("fail an image that cannot be drawn with the reason, and go on drawing the next", async () => {
    await expect(renderPng("<svg", 400, "#ffffff", { cacheDir: null })).rejects.toThrow(/rendering an image failed/);
    expect((await renderPng(svg("搬出"), 400, "#ffffff", { cacheDir: null })).byteLength).toBeGreaterThan(1000);
  });
});

describe("the image cache", () => {
  const cachedFiles = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".png"));

  it("keeps each rendered image under the hash of its inputs, and serves it again from there", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "png-cache-"));
    const first = await renderPng(svg("338,506人"), 400, "#ffffff", { cacheDir });
    const key = imageKey(svg("338,506人"), 400, "#ffffff");
    const path = join(cacheDir, key.slice(0, 2), `${key}.png`);
    expect(Buffer.from(readFileSync(path)).equals(Buffer.from(first))).toBe(true);
    // Prove the second call reads the file rather than rendering: plant a marker in the cache entry.
    writeFileSync(path, "served from the cache");
    const second = await renderPng(svg("338,506人"), 400, "#ffffff", { cacheDir });
    expect(Buffer.from(second).toString()).toBe("served from the cache");
  });

  it("cannot serve a stale image: a changed figure, width or background renders anew", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "png-cache-"));
    const before = await renderPng(svg("338,506人"), 400, "#ffffff", { cacheDir });
    const changed = await renderPng(svg("338,507人"), 400, "#ffffff", { cacheDir });
    const wider = await renderPng(svg("338,506人"), 800, "#ffffff", { cacheDir });
    const dark = await renderPng(svg("338,506人"), 400, "#000000", { cacheDir });
    expect(cachedFiles(cacheDir)).toHaveLength(4);
    const uncached = await renderPng(svg("338,507人"), 400, "#ffffff", { cacheDir: null });
    expect(Buffer.from(changed).equals(Buffer.from(uncached))).toBe(true);
    expect(Buffer.from(changed).equals(Buffer.from(before))).toBe(false);
    expect(size(wider).width).toBe(800);
    expect(Buffer.from(dark).equals(Buffer.from(before))).toBe(false);
  });
});
