import { describe, expect, it } from "vitest";
import { en } from "~/i18n/en";
import { zh } from "~/i18n/zh";
import {
  citationBibtex,
  citationCsl,
  citationRis,
  citationTarget,
  citationText,
  factCitation,
  graphicCredit,
  publisher,
  sourceLineParts,
  sourceLineText,
} from "./citation";
import { getDataRelease } from "./downloads";
import { getFacts, getSources } from "./facts";
import { getCollectionMeta, getDatasets } from "./index";

const site = "http://localhost:4321/";

describe("citations", () => {
  const { version, date } = getDataRelease();
  const collection = getCollectionMeta();

  it("credit the site by the name in the dictionaries", () => {
    expect(publisher).toEqual({ zh: zh.site.name, en: en.site.name });
    const target = citationTarget(site);
    expect(citationText(target, "en").startsWith(`${en.site.name} (${date.slice(0, 4)}). `)).toBe(true);
    expect(citationText(target, "zh").startsWith(`${zh.site.name}（${date.slice(0, 4)}）。`)).toBe(true);
    expect(citationBibtex(target)).toContain(`author = {{${en.site.name}}}`);
    expect(citationRis(target).split("\r\n")).toContain(`PB  - ${en.site.name}`);
    expect(citationCsl(target).publisher).toBe(en.site.name);
  });

  it("name the collection from data/collection.json, and a dataset within it", () => {
    const whole = citationTarget(site);
    expect(whole.key).toBe(collection.name);
    expect(citationText(whole, "en")).toContain(`${collection.title.en} (version ${version}) [Data set]. ${site}data/`);
    const [dataset] = getDatasets();
    if (!dataset) throw new Error("no dataset");
    const one = citationTarget(site, dataset);
    expect(one.key).toBe(`${collection.name}-${dataset.id}`);
    expect(citationText(one, "zh")).toContain(
      `《${dataset.meta.title.zh}（${collection.title.zh}）》（数据版本 ${version}）[数据集]`,
    );
  });

  it("call a chart a chart, in the reader's language", () => {
    const chart = { version, date, title: "Title", url: "https://example.org/c/" };
    expect(citationText(chart, "en", "chart")).toBe(
      `${en.site.name} (${date.slice(0, 4)}). Title [Chart] (data version ${version}). https://example.org/c/`,
    );
    expect(citationText(chart, "zh", "chart")).toBe(
      `${zh.site.name}（${date.slice(0, 4)}）。《Title》[图表]（数据版本 ${version}）。https://example.org/c/`,
    );
  });

  it("escape BibTeX braces in titles", () => {
    const target = { ...citationTarget(site), title: { zh: "题", en: "A {b} \\c" } };
    expect(citationBibtex(target)).toContain("title = {A \\{b\\} \\\\c},");
  });

  it("cite one figure with its source, or as computed, and the collection", () => {
    const facts = [...getFacts().values()];
    const reported = facts.find((f) => f.evidence);
    const derived = facts.find((f) => f.derivation);
    if (!reported?.evidence || !derived) throw new Error("the data has reported and derived figures");
    const line = factCitation(reported, "en", "https://example.org/#x", version);
    expect(line).toContain(`(${reported.evidence.source.id}, grade ${reported.evidence.source.grade}`);
    expect(line.endsWith(`Compiled in: ${collection.title.en}, data version ${version}, https://example.org/#x`)).toBe(
      true,
    );
    expect(factCitation(derived, "zh", "p", version)).toContain(
      `本站根据所列数字计算。整理：《${collection.title.zh}》`,
    );
  });
});

describe("source lines", () => {
  const [a, b] = [...getSources().values()];
  if (!a || !b) throw new Error("the data has fewer than two sources");

  it("name each source once, in the order given, with its grade, under one label in each language", () => {
    expect(sourceLineParts([a, b, a], "en")).toEqual({ label: en.data.sourcePlural, sources: [a, b] });
    expect(sourceLineParts([b], "en").label).toBe(en.data.source);
    expect(sourceLineText([a, b], "en")).toBe(`Sources: ${a.id} (${a.grade}), ${b.id} (${b.grade})`);
    expect(sourceLineText([a, b], "zh")).toBe(`来源：${a.id}（${a.grade}）、${b.id}（${b.grade}）`);
  });

  it("put the credits after the sources, each after the same separator", () => {
    const chart = graphicCredit("chart", "en");
    expect(chart).toBe(`Chart: ${en.site.name}, ${en.charts.licence}`);
    expect(graphicCredit("map", "zh")).toBe(`地图：${zh.site.name}，${zh.charts.licence}`);
    expect(sourceLineText([a], "en", [chart, "x"])).toBe(`Source: ${a.id} (${a.grade}) · ${chart} · x`);
  });
});
