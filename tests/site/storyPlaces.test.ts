import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { getDataset } from "~/data/index";
import { countyShortNames } from "~/data/places";
import { basePath, builtPages, readBuilt } from "../support/builtSite";

/**
 * Stories link the counties they name (issue 14 §2): in the built story, in each section (the text
 * before the first heading, then each `<h2>` section), the first mention of a county in the prose
 * is a link to its county page. Figures (their popovers quote sources), charts, maps and other
 * links are not prose here.
 */
const counties = getDataset("counties", "counties").rows;
const stories = builtPages().filter((p) => /^(en\/)?stories\/[^/]+\/index\.html$/.test(p));

/** The prose text nodes of a section's elements, in document order, with the link each sits in. */
function proseTexts(elements: Element[]): { text: string; link: Element | null }[] {
  const out: { text: string; link: Element | null }[] = [];
  const walk = (node: Node, link: Element | null): void => {
    if (node.nodeType === 3) out.push({ text: node.textContent ?? "", link });
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.matches(".fact, figure, chart-enhance, .map-frame, script, style, svg")) return;
    const inLink = el.tagName === "A" ? el : link;
    for (const child of el.childNodes) walk(child, inLink);
  };
  for (const el of elements) walk(el, null);
  return out;
}

describe("stories link the counties they name", () => {
  it("finds the stories in both languages, and county links in them", () => {
    for (const prefix of ["", "en/"]) {
      expect(stories.filter((s) => s.startsWith(`${prefix}stories/`)).length).toBeGreaterThan(0);
      const { document } = parseHTML(readBuilt(`${prefix}stories/moving-out/index.html`));
      expect(document.querySelectorAll('.story-body a[href*="/counties/"]').length).toBeGreaterThan(0);
    }
  });

  it.each(stories)("%s: the first mention of each county in each section links to its page", (file) => {
    const lang = file.startsWith("en/") ? "en" : "zh";
    const { document } = parseHTML(readBuilt(file));
    const body = document.querySelector(".story-body");
    expect(body, file).not.toBeNull();
    const sections: Element[][] = [[]];
    for (const el of body?.children ?? []) {
      if (el.tagName === "H2") sections.push([]);
      else sections.at(-1)?.push(el);
    }
    for (const section of sections) {
      // Text inside another link (a story's title) cannot hold a link, as in the source check.
      const texts = proseTexts(section).filter(
        (t) => !t.link || /\/counties\//.test(t.link.getAttribute("href") ?? ""),
      );
      for (const county of counties) {
        const name = countyShortNames(county)[lang];
        const pattern = lang === "en" ? new RegExp(`\\b${name.replace("'", "['’]")}\\b`) : new RegExp(name);
        const first = texts.find((t) => pattern.test(t.text));
        if (!first) continue;
        const href = `${basePath}${lang === "en" ? "en/" : ""}counties/${county.id}/`;
        expect(first.link?.getAttribute("href"), `${file}: ${name} in “${first.text.slice(0, 40)}”`).toBe(href);
      }
    }
  });
});
