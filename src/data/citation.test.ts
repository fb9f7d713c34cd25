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
  publisher,
} from "./citation";
import { getDataRelease } from "./downloads";
import { getFacts } from "./facts";
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
