import { describe, expect, it } from "vitest";
import { afterPaintScript, loadAfterPaint } from "../../src/integrations/afterPaint";

const page = (head: string, body: string) =>
  `<!doctype html><html><head><style>p{}</style>${head}</head><body>${body}</body></html>`;

describe("loadAfterPaint", () => {
  it("leaves the scripts and stylesheets to the loader at the end of <head>", () => {
    const html = page(
      '<script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script>',
      '<p>x</p><link rel="stylesheet" href="/_astro/s.css">',
    );
    expect(loadAfterPaint(html)).toBe(
      page(
        `<script data-styles="/_astro/s.css" data-scripts="/_astro/a.js /_astro/b.js">${afterPaintScript}</script>`,
        "<p>x</p>",
      ),
    );
  });

  it("leaves the map explorer's pages and pages that load neither as they are", () => {
    const map = page(
      '<script type="module" src="/_astro/m.js"></script>',
      '<div data-map-root></div><link rel="stylesheet" href="/_astro/s.css">',
    );
    expect(loadAfterPaint(map)).toBe(map);
    const plain = page("", "<p>x</p>");
    expect(loadAfterPaint(plain)).toBe(plain);
  });
});
