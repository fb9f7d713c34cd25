import { describe, expect, it } from "vitest";
import { getFacts } from "~/data/facts";
import { getCountyEntities, getCountyRows } from "./countyPages";
import { getEvidenceTopics } from "./evidence";
import { rowIdFromSearch } from "~/core/corrections";
import { correctionsPath } from "~/core/urls";

describe("getEvidenceTopics", () => {
  it("gives every row an id that its report link carries to the corrections section", () => {
    for (const id of getFacts().keys()) {
      const url = new URL(correctionsPath("zh", id), "https://example.org");
      expect(rowIdFromSearch(url.search), id).toBe(id);
    }
  });

  for (const lang of ["zh", "en"] as const) {
    it(`${lang}: holds every figure once, in its dataset's topic`, () => {
      const rows = getEvidenceTopics(lang).flatMap((t) => t.rows.map((r) => ({ topic: t.id, row: r })));
      expect(rows.map((r) => r.row.id).sort()).toEqual([...getFacts().keys()].sort());
      for (const { topic, row } of rows) expect(row.dataset).toBe(topic);
    });
  }

  it("gives each row the county its place lies in, or none", () => {
    const rows = getEvidenceTopics("en").flatMap((t) => t.rows);
    for (const row of rows) {
      const county = getCountyRows().find((c) => getCountyEntities(c.id).has(row.fact.entity));
      expect(row.county).toBe(county?.id ?? "");
    }
  });

  it("searches in both languages' measures and the verbatim quote", () => {
    const row = getEvidenceTopics("en")
      .flatMap((t) => t.rows)
      .find((r) => r.quote !== "");
    expect(row?.text).toContain(row?.fact.measure.zh);
    expect(row?.text).toContain(row?.fact.measure.en);
    expect(row?.text).toContain(row?.quote);
    expect(row?.status).not.toBe("computed");
  });

  it("marks figures computed here as computed, without a source", () => {
    const computed = getEvidenceTopics("zh")
      .flatMap((t) => t.rows)
      .filter((r) => r.fact.derivation);
    for (const r of computed) expect([r.status, r.source]).toEqual(["computed", ""]);
  });
});
