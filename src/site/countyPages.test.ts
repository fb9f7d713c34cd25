import { describe, expect, it } from "vitest";
import { getFacts } from "~/data/facts";
import { getSiteData } from "~/data/index";
import type { GapRow } from "~/data/schemas/meta";
import type { CountyRow } from "~/data/schemas/places";
import { countyShortNames } from "~/data/places";
import {
  countyGaps,
  countyPageFactIds,
  countyStories,
  getCountyEntities,
  getCountyPage,
  getCountyRows,
  isMovedFigure,
} from "./countyPages";

const county = (id: string, zh: string, en: string): CountyRow => ({
  id,
  code: null,
  formerCode: null,
  name: { zh, en },
  formerName: null,
  kind: "county",
  hasBoundary: true,
  note: null,
});

const gap = (id: string, zh: string, en: string): GapRow => ({
  id,
  title: { zh: "缺口", en: "Gap" },
  text: { zh, en },
  related: [],
});

describe("countyShortNames", () => {
  it("drops the kind of unit, in both languages", () => {
    expect(countyShortNames(county("wangmo", "望谟县", "Wangmo County"))).toEqual({ zh: "望谟", en: "Wangmo" });
    expect(countyShortNames(county("yilong", "义龙新区", "Yilong New Area"))).toEqual({ zh: "义龙", en: "Yilong" });
    expect(countyShortNames(county("xingyi", "兴义市", "Xingyi City"))).toEqual({ zh: "兴义", en: "Xingyi" });
  });
});

describe("countyGaps", () => {
  const gaps = [
    gap("county-head-counts", "没有各县人数。", "No head-counts by county."),
    gap("site-figures", "册亨高洛新区没有数字。", "Nothing for Gaoluo in Ceheng."),
    gap("founding-article-original", "只找到一份转载。", "Only a reprint was found."),
  ];

  it("keeps gaps about every county and those that name the county", () => {
    expect(countyGaps(county("ceheng", "册亨县", "Ceheng County"), gaps).map((g) => g.id)).toEqual([
      "county-head-counts",
      "site-figures",
    ]);
  });

  it("leaves out gaps that name other places only", () => {
    expect(countyGaps(county("puan", "普安县", "Pu'an County"), gaps).map((g) => g.id)).toEqual(["county-head-counts"]);
  });
});

describe("countyStories", () => {
  const wangmo = county("wangmo", "望谟县", "Wangmo County");
  const stories = [
    { slug: "named", title: "A", body: "2019年，望谟完成了搬迁。" },
    { slug: "map", title: "B", body: '<StoryMap layer="completion" focus="wangmo" />' },
    { slug: "other", title: "C", body: "晴隆县的三宝乡整乡搬迁。" },
  ];

  it("finds stories that name the county or focus a map on it", () => {
    expect(countyStories(wangmo, new Set(["wangmo"]), stories, "zh").map((s) => s.slug)).toEqual(["named", "map"]);
  });

  it("finds stories that cite a figure about a place in the county", () => {
    const fact = [...getFacts().values()].find((f) => f.entity === "mashan");
    expect(fact, "the data has a figure about 麻山镇").toBeDefined();
    const cites = [{ slug: "cites", title: "D", body: `<Fact id="${fact?.id ?? ""}" />` }];
    expect(countyStories(wangmo, getCountyEntities("wangmo"), cites, "en").map((s) => s.href)).toEqual([
      "/en/stories/cites/",
    ]);
  });
});

describe("getCountyEntities", () => {
  it("holds the county, the places under it and its sites, and nothing of another county", () => {
    const qinglong = getCountyEntities("qinglong");
    expect(qinglong.has("qinglong")).toBe(true);
    expect(qinglong.has("sanbao")).toBe(true);
    expect(qinglong.has("amei-qituo")).toBe(true);
    expect(qinglong.has("wangmo")).toBe(false);
    expect(qinglong.has("qianxinan")).toBe(false);
  });

  it("assigns every place and site to at most one county", () => {
    const seen = new Map<string, string>();
    for (const c of getCountyRows()) {
      for (const id of getCountyEntities(c.id)) {
        expect(seen.get(id), `${id} is in ${seen.get(id) ?? ""} and ${c.id}`).toBeUndefined();
        seen.set(id, c.id);
      }
    }
  });
});

describe("getCountyPage", () => {
  it("rejects an unknown county with the ids it knows", () => {
    expect(() => getCountyPage("atlantis", "zh")).toThrow(/unknown county "atlantis".*xingyi/);
  });

  for (const { id } of getCountyRows()) {
    it(`${id}: shows only figures about places in the county, each once, and every gap about it`, () => {
      const page = getCountyPage(id, "zh");
      const entities = getCountyEntities(id);
      const ids = countyPageFactIds(page);
      expect(new Set(ids).size).toBe(ids.length);
      for (const factId of ids) expect(entities.has(getFacts().get(factId)?.entity ?? "")).toBe(true);
      // Every figure about the county is on its page.
      const about = [...getFacts().values()].filter((f) => entities.has(f.entity) && f.dataset !== "policy");
      expect(ids.sort()).toEqual(about.map((f) => f.id).sort());
      for (const g of getSiteData().gaps.filter((g) => g.id.startsWith("county-")))
        expect(page.gaps.map((x) => x.id)).toContain(g.id);
      for (const f of page.moved) expect(isMovedFigure(f.fact)).toBe(true);
      for (const d of page.disagreements) expect(entities.has(d.facts[0]?.entity ?? "")).toBe(true);
    });
  }

  it("lists moves out of a county into another county's site", () => {
    const site = getSiteData()
      .datasets.flatMap((d) => (d.kind === "sites" ? d.rows : []))
      .find((s) => s.origins.some((o) => o !== s.county));
    expect(site, "the data has a cross-county move").toBeDefined();
    if (!site) return;
    const origin = site.origins.find((o) => o !== site.county) ?? "";
    expect(getCountyPage(origin, "en").movesOut.map((m) => m.site.id)).toContain(site.id);
    expect(getCountyPage(site.county, "en").movesIn.map((m) => m.site.id)).toContain(site.id);
  });

  it("renders values in the page's language", () => {
    const zh = getCountyPage("wangmo", "zh").completion[0];
    const en = getCountyPage("wangmo", "en").completion[0];
    expect(zh?.value).toMatch(/年/);
    expect(en?.value).not.toMatch(/年/);
    expect(en?.href).toMatch(/^\/en\/data\/completion-2019\/#/);
  });
});
