import { describe, expect, it } from "vitest";
import { afterPaintScript, loadAfterPaint } from "../../src/integrations/afterPaint";

const page = (head: string, body: string) =>
  `<!doctype html><html><head><style>p{}</style>${head}</head><body>${body}</body></html>`;
const scripts = '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>';

describe("loadAfterPaint", () => {
  it("leaves an embed's module scripts to the loader at the end of <head>", () => {
    expect(loadAfterPaint(page(scripts, "<p>x</p>"))).toBe(
      page(`<script data-scripts="/_astro/a.js /_astro/b.js">${afterPaintScript}</script>`, "<p>x</p>"),
    );
  });

  it("leaves pages with a stylesheet, and pages without scripts, as they are", () => {
    const styled = page(scripts, '<p>x</p><link rel="stylesheet" href="/_astro/s.css">');
    expect(loadAfterPaint(styled)).toBe(styled);
    const plain = page("", "<p>x</p>");
    expect(loadAfterPaint(plain)).toBe(plain);
  });
});
