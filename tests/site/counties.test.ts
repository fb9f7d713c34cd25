import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { getFacts } from "~/data/facts";
import { getSiteData } from "~/data/index";
import { countyGaps, getCountyEntities, getCountyRows } from "~/site/countyPages";
import { readBuilt } from "../support/builtSite";

/**
 * The built county pages: every figure on a county page is one of that county's evidence rows,
 * every figure about the county is there, and every gap about it is listed.
 */
describe.each(["", "en/"])("county pages %s", (prefix) => {
  for (const county of getCountyRows()) {
    it(`${county.id}: shows its own figures, all of them, and its gaps`, () => {
      const { document } = parseHTML(readBuilt(`${prefix}counties/${county.id}/index.html`));
      const entities = getCountyEntities(county.id);
      const shown = [...document.querySelectorAll("[data-fact]")].map((el) => el.getAttribute("data-fact") ?? "");
      for (const id of shown) {
        const fact = getFacts().get(id);
        expect(fact, `${id} is a fact`).toBeDefined();
        expect(entities.has(fact?.entity ?? ""), `${id} (about ${fact?.entity ?? "?"}) belongs to ${county.id}`).toBe(
          true,
        );
      }
      const expected = [...getFacts().values()].filter((f) => entities.has(f.entity)).map((f) => f.id);
      expect(new Set(shown)).toEqual(new Set(expected));
      const gaps = [...document.querySelectorAll("[data-gap]")].map((el) => el.getAttribute("data-gap"));
      expect(gaps).toEqual(countyGaps(county, getSiteData().gaps).map((g) => g.id));
      expect(gaps.length).toBeGreaterThan(0);
    });
  }

  it("the index links to every county page", () => {
    const { document } = parseHTML(readBuilt(`${prefix}counties/index.html`));
    const hrefs = [...document.querySelectorAll("main a[href]")].map((a) => a.getAttribute("href") ?? "");
    for (const county of getCountyRows()) expect(hrefs.some((h) => h.endsWith(`counties/${county.id}/`))).toBe(true);
  });
});
