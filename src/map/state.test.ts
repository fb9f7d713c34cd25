import { describe, expect, it } from "vitest";
import { mapInput } from "../../tests/fixtures/mapFixture";
import type { MapCounty, MapSite } from "./types";
import { buildMapState } from "./state";

describe("buildMapState", () => {
  const zh = buildMapState(mapInput, "zh");
  const en = buildMapState(mapInput, "en");

  it("colours counties by completion date on the completion layer only", () => {
    const a = zh.counties.find((c) => c.id === "a");
    expect(a?.fills.completion).toMatchObject({ kind: "data" });
    expect(a?.fills.sites).toEqual({ kind: "land" });
    expect(zh.counties.map((c) => c.dateLabel)).toEqual(["3月1日", "6月1日", "2月1日"]);
  });

  it("drops the year from the labels only when every date shares it", () => {
    const [first, ...others] = mapInput.counties as [MapCounty, ...MapCounty[]];
    if (!first.completion) throw new Error("the fixture's first county has a completion date");
    const spread = {
      ...mapInput,
      counties: [{ ...first, completion: { ...first.completion, date: "2018-12-01" } }, ...others],
    };
    expect(buildMapState(spread, "zh").counties.map((c) => c.dateLabel)).toEqual([
      "2018年12月1日",
      "2019年6月1日",
      "2019年2月1日",
    ]);
  });

  it("tints the origin counties on the moves layer", () => {
    expect(zh.counties.map((c) => c.fills.moves.kind)).toEqual(["origin", "origin", "land"]);
  });

  it("derives a move per origin of a site that receives people from other counties, and the township move", () => {
    expect(zh.moves.map((m) => [m.key, m.loop])).toEqual([
      ["move-b-s1", false],
      ["move-a-s1", true],
      ["move-t-s3", true],
    ]);
    // s3 receives only from its own county: no county move is drawn for it.
    expect(zh.moves.some((m) => m.key === "move-b-s3")).toBe(false);
    expect(zh.moves[2]?.title).toBe("丁乡 → 乙县小镇");
  });

  it("puts sites of a unit without boundary in the inset", () => {
    expect(zh.sites.map((s) => [s.id, s.inInset])).toEqual([
      ["s1", false],
      ["s2", true],
      ["s3", false],
    ]);
  });

  it("lists the dates in the completion legend, earliest first, with their sources", () => {
    expect(zh.legends.completion.entries.map((e) => [e.label, e.date])).toEqual([
      ["丙区", "2019年2月1日"],
      ["甲市", "2019年3月1日"],
      ["乙县", "2019年6月1日"],
    ]);
    expect(zh.legends.completion.sources).toEqual([{ id: "S02", grade: "C" }]);
    expect(zh.legends.completion.notes.join()).toMatch(/没有来源给出各县/);
    expect(en.legends.completion.notes.join()).toMatch(/No source gives relocation head-counts by county/);
  });

  it("gives each county both names, code, area and population with sources, and says what is missing", () => {
    const a = en.list.counties.find((i) => i.key === "county-a");
    const line = (label: string) => a?.details.find((d) => d.label === label);
    expect(line("Name")?.value).toBe("甲市 · A City");
    expect(line("Division code")?.value).toBe("522301");
    expect(line("Land area")).toMatchObject({
      value: "100 km²",
      cited: { source: { id: "S23a", grade: "C" }, href: "/en/data/population-and-area/#area-a" },
      alternatives: [{ value: "110 km²", cited: { source: { id: "S23b", grade: "C" } } }],
    });
    // The measure most counties share comes first: end-2018, not a's census figure.
    expect(line("Population")).toMatchObject({ value: "1,000 people", alternatives: [{ value: "900 people" }] });
    expect(line("Move-in task completed")).toMatchObject({
      value: "1 March 2019",
      aside: expect.stringMatching(/year/),
    });
    expect(line("People relocated")?.value).toMatch(/no source gives relocation head-counts/);
    const b = zh.list.counties.find((i) => i.key === "county-b");
    expect(b?.details.find((d) => d.label === "土地面积")?.value).toBe("来源未给出");
    expect(b?.details.find((d) => d.label === "原代码")?.value).toBe("522322");
  });

  it("explains the unit without code or boundary", () => {
    const c = zh.list.counties.find((i) => i.key === "county-c");
    expect(c?.details.find((d) => d.label === "行政区划代码")?.value).toMatch(/^无/);
    expect(c?.notes[0]).toMatch(/不表示实际地点/);
    expect(zh.list.counties.map((i) => i.key)).toEqual(["county-a", "county-b", "county-c"]);
  });

  it("says where a site is drawn, and what its figures are or that none are given", () => {
    const [s1, s2] = en.list.sites;
    expect(s1?.details.find((d) => d.label === "On the map")?.value).toMatch(/^at the A City county seat/);
    expect(s1?.details.find((d) => d.label === "People")).toMatchObject({ value: "300 people" });
    expect(s1?.ariaLabel).toBe("A New Area, location approximate, 70 households, 300 people");
    expect(s2?.details.find((d) => d.label === "On the map")?.value).toMatch(/schematic dot/);
    expect(s2?.details.find((d) => d.label === "People")?.value).toBe("no source gives it");
  });

  it("says that a move's share of its site is unknown", () => {
    const move = zh.list.moves.find((m) => m.key === "move-b-s1");
    expect(move?.details.find((d) => d.label === "规模")?.value).toBe(
      "来源只给出整个居住区的总数（70户、300人），没有给出各来源县分别多少",
    );
  });

  it("describes every layer in words", () => {
    expect(zh.descriptions.completion).toContain("丙区 2019年2月1日；甲市 2019年3月1日；乙县 2019年6月1日");
    expect(en.descriptions.moves).toBe(
      "residents of A New Area came from B County, A City; residents of B Town came from T Township.",
    );
  });

  it("names an unknown county", () => {
    const broken = { ...mapInput, sites: [{ ...(mapInput.sites[0] as MapSite), origins: ["nowhere", "a"] }] };
    expect(() => buildMapState(broken, "zh")).toThrow(/no county "nowhere"/);
  });
});
