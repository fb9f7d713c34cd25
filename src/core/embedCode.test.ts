import { describe, expect, it } from "vitest";
import { iframeCode, oembedDocument, oembedLink, scriptCode, staticCode, svgSize, type Embeddable } from "./embedCode";
import { absoluteUrl, embedPagePath, embedScriptPath } from "~/core/urls";

const site = "https://example.org/";
const embed: Embeddable = {
  id: "thing",
  lang: "en",
  title: `A "quoted" <title>`,
  version: "1.2.3",
  height: 321,
  pagePath: "/en/things/thing/",
  credit: "Source: S01 & S02",
  alt: "What the picture shows",
  image: () => ({ path: "/en/thing.png", width: 640, height: 400 }),
  thumbnail: () => Promise.resolve({ path: "/en/thumb.png", width: 1200, height: 750 }),
};

describe("the embed builder", () => {
  it("writes an iframe of the embed page at the data version, escaped, full width at the embed's height", () => {
    const code = iframeCode(embed, site);
    expect(code).toContain(`src="${absoluteUrl(embedPagePath("thing", "en"), site)}?v=1.2.3"`);
    expect(code).toContain(`title="A &#34;quoted&#34; &#60;title&#62;"`);
    expect(code).toContain(`width="100%" height="321"`);
  });

  it("adds the host script after the iframe", () => {
    expect(scriptCode(embed, site)).toBe(
      `${iframeCode(embed, site)}\n<script src="${absoluteUrl(embedScriptPath(), site)}" async></script>`,
    );
  });

  it("links the picture to the page in the no-script snippet, with its size, alt text and credit", async () => {
    const code = await staticCode(embed, site);
    expect(code).toContain(
      `<a href="https://example.org/en/things/thing/"><img src="https://example.org/en/thing.png"`,
    );
    expect(code).toContain(`alt="What the picture shows" width="640" height="400"`);
    expect(code).toContain(`<figcaption>Source: S01 &#38; S02 <a href=`);
  });

  it("describes the embed in oEmbed with a 640-pixel iframe and the thumbnail", async () => {
    const doc = await oembedDocument(embed, site);
    expect(doc).toMatchObject({
      type: "rich",
      width: 640,
      height: 321,
      thumbnail_url: "https://example.org/en/thumb.png",
      thumbnail_width: 1200,
      thumbnail_height: 750,
    });
    expect(doc.html).toBe(iframeCode(embed, site).replace('width="100%"', 'width="640"'));
    expect(oembedLink(embed)).toEqual({
      type: "application/json+oembed",
      href: expect.stringMatching(/en\/oembed\/thing\.json$/),
      title: embed.title,
    });
  });

  it("reads an SVG's declared size", () => {
    expect(svgSize(`<svg viewBox="0 0 10 20" width="1200" height="845">`)).toEqual({ width: 1200, height: 845 });
  });
});
