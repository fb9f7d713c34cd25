import { describe, expect, it } from "vitest";
import { writeFixture } from "../../tests/fixtures/dataFixture";
import { checkDataDir } from "./index";
import { formatIssue } from "./issues";

/** The loose JSON of the fixture files, as a mutation receives it. */
type FixtureFiles = Parameters<NonNullable<Parameters<typeof writeFixture>[0]>>[0];

/** The formatted issues of a fixture after one change. */
function issuesAfter(mutate: Parameters<typeof writeFixture>[0]): string[] {
  return checkDataDir(writeFixture(mutate)).issues.map(formatIssue);
}

describe("data validation", () => {
  it("accepts the valid fixture", () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });

  it("rejects a collection file without a fact label, naming the field", () => {
    const issues = issuesAfter((f) => delete f.collection.measures["site-people"]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^data\/collection\.json › field "measures\.site-people": /);
  });

  it("reports a missing collection file", () => {
    expect(issuesAfter((f) => delete f.collection)).toEqual(["data/collection.json: file is missing"]);
  });

  it("rejects an unknown source id, naming file, row, id and field", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].source = "S99"))).toEqual([
      'data/relocation.json › row 1 (id "planned-total") › field "source": unknown source id "S99"',
    ]);
  });

  it("rejects a grade-X source", () => {
    expect(issuesAfter((f) => (f.relocation.rows[1].source = "S15"))).toEqual([
      'data/relocation.json › row 2 (id "registered-poor") › field "source": source S15 is grade X and may not be published',
    ]);
  });

  it("rejects an empty quote", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].quote = ""))).toContainEqual(
      'data/relocation.json › row 1 (id "planned-total") › field "quote": must not be empty',
    );
  });

  it("rejects a figure as written that the quote does not contain", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].asWritten = "33.85万"))).toContainEqual(
      'data/relocation.json › row 1 (id "planned-total") › field "asWritten": "33.85万" does not occur in the quote',
    );
  });

  it("rejects a figure as written that does not parse to the stored value", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].value = 338500))).toEqual([
      'data/relocation.json › row 1 (id "planned-total") › field "value": 338500 does not match "338506", which reads as 338506',
      'data/relocation.json › row 4 (id "others") › field "value": 101749 is not the difference of its inputs, which is 101743',
      'data/checks.json › row 1 (id "poor-plus-others"): sum of registered-poor = 236757, others = 101749 is 338506, but planned-total = 338500 (tolerance 0)',
    ]);
  });

  it("rejects a percentage stored with another unit", () => {
    expect(issuesAfter((f) => (f.relocation.rows[2].unit = "persons"))).toEqual([
      'data/relocation.json › row 3 (id "population-share") › field "unit": "12%" is a percentage but the unit is "persons"',
    ]);
  });

  it("rejects a share outside 0–100", () => {
    expect(
      issuesAfter((f) => {
        Object.assign(f.relocation.rows[2], { value: 120, asWritten: "120%", quote: "占120%" });
      }),
    ).toEqual([
      'data/relocation.json › row 3 (id "population-share") › field "value": a share must lie between 0 and 100 per cent, got 120',
    ]);
  });

  it("rejects duplicate ids", () => {
    expect(issuesAfter((f) => (f.relocation.rows[1].id = "planned-total"))).toContainEqual(
      'data/relocation.json › row 2 (id "planned-total") › field "id": duplicate id; already used in data/relocation.json row 1',
    );
  });

  it("rejects impossible dates", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].period = "2019-02-30"))).toContainEqual(
      'data/relocation.json › row 1 (id "planned-total") › field "period": is an impossible date',
    );
    expect(issuesAfter((f) => (f.changelog[0].date = "2026-13-01"))).toEqual([
      'data/changelog.json › row 1 › field "date": is an impossible date',
    ]);
  });

  it("rejects a missing or unknown unit", () => {
    expect(issuesAfter((f) => delete f.relocation.rows[0].unit)).toContainEqual(
      'data/relocation.json › row 1 (id "planned-total") › field "unit": unknown unit "undefined"',
    );
    expect(issuesAfter((f) => (f.relocation.rows[0].unit = "furlongs"))).toContainEqual(
      'data/relocation.json › row 1 (id "planned-total") › field "unit": unknown unit "furlongs"',
    );
  });

  it("rejects a missing translation", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].measure = { zh: "人数" }))).toContainEqual(
      'data/relocation.json › row 1 (id "planned-total") › field "measure.en": Invalid input: expected string, received undefined',
    );
    expect(issuesAfter((f) => (f.relocation.rows[0].measure = { zh: "People", en: "People" }))).toContainEqual(
      'data/relocation.json › row 1 (id "planned-total") › field "measure.zh": the Chinese text has no Chinese: is the translation missing?',
    );
  });

  it("rejects an unknown place", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].entity = "atlantis"))).toEqual([
      'data/relocation.json › row 1 (id "planned-total") › field "entity": unknown place "atlantis"',
    ]);
  });

  it("rejects a whole-township move from a place that is not a township, or without evidence", () => {
    const issues = issuesAfter((f) => {
      f.counties.rows.push({
        id: "qinglong",
        code: "522324",
        formerCode: null,
        name: { zh: "晴隆县", en: "Qinglong County" },
        formerName: null,
        kind: "county",
        hasBoundary: true,
        note: null,
      });
      f["resettlement-sites"].rows.push({
        id: "amei-qituo",
        name: { zh: "阿妹戚托小镇", en: "Ameiqituo Town" },
        kind: "town",
        county: "qinglong",
        subDistrict: null,
        households: null,
        people: null,
        origins: [],
        originsEvidence: null,
        wholeTownships: ["qianxinan"],
        wholeTownshipsEvidence: null,
        location: "county-seat",
        source: "S00",
        quote: f.relocation.rows[0].quote,
        asWritten: "黔西南州",
        note: null,
      });
    });
    expect(issues).toEqual([
      'data/resettlement-sites.json › row 1 (id "amei-qituo") › field "wholeTownships": unknown township "qianxinan"',
      'data/resettlement-sites.json › row 1 (id "amei-qituo") › field "wholeTownshipsEvidence": whole-township moves are listed without evidence',
    ]);
  });

  it("reports a failed consistency check with its inputs", () => {
    expect(issuesAfter((f) => (f.checks[0].inputs = ["registered-poor", "population-share"]))).toEqual([
      'data/checks.json › row 1 (id "poor-plus-others"): sum of registered-poor = 236757, population-share = 12 is 236769, but planned-total = 338506 (tolerance 0)',
    ]);
  });

  it("requires exactly one preferred row per measure", () => {
    expect(issuesAfter((f) => (f.relocation.rows[1].measureKey = "planned-total"))).toEqual([
      'data/relocation.json › row 2 (id "registered-poor") › field "preferred": qianxinan/planned-total: 2 rows are marked preferred; exactly one must be (also planned-total in data/relocation.json row 1)',
    ]);
  });

  it("counts preferred rows across files: a second preferred row in another dataset fails", () => {
    const copy = (f: FixtureFiles) => ({
      ...f.relocation.rows[0],
      id: "planned-total-elsewhere",
    });
    expect(issuesAfter((f) => f["land-and-desertification"].rows.push(copy(f)))).toEqual([
      'data/relocation.json › row 1 (id "planned-total") › field "preferred": qianxinan/planned-total: 2 rows are marked preferred; exactly one must be (also planned-total-elsewhere in data/land-and-desertification.json row 1)',
    ]);
    expect(issuesAfter((f) => f["land-and-desertification"].rows.push({ ...copy(f), preferred: false }))).toEqual([]);
  });

  it("requires one preferred row even when every row of a measure sits in another file", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].preferred = false))).toEqual([
      'data/relocation.json › row 1 (id "planned-total") › field "preferred": qianxinan/planned-total: no row is marked preferred; exactly one must be (rows: planned-total)',
    ]);
  });

  it("rejects an inferred period without a period, or without a note saying what it is inferred from", () => {
    expect(
      issuesAfter((f) => {
        f.relocation.rows[0].periodInferred = true;
        f.relocation.rows[0].period = null;
        f.relocation.rows[0].note = { zh: "推定。", en: "Inferred." };
      }),
    ).toEqual([
      'data/relocation.json › row 1 (id "planned-total") › field "periodInferred": an inferred period needs a period',
    ]);
    expect(issuesAfter((f) => (f.relocation.rows[0].periodInferred = true))).toEqual([
      'data/relocation.json › row 1 (id "planned-total") › field "note": an inferred period needs a note saying what it is inferred from',
    ]);
  });

  it("rejects a flag that is not a boolean", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].quoteReformatted = "yes"))).toContainEqual(
      expect.stringContaining('field "quoteReformatted"'),
    );
  });

  it("rejects a note joined by machine: doubled blanks, a sentence said twice, the missing year said twice", () => {
    expect(
      issuesAfter((f) => (f.relocation.rows[0].note = { zh: "说明。", en: "A note.  The source gives no year." })),
    ).toEqual(['data/relocation.json › row 1 (id "planned-total") › field "note": has a doubled blank']);
    expect(issuesAfter((f) => (f.relocation.rows[0].note = { zh: "口径未说明。口径未说明。", en: "A note." }))).toEqual(
      ['data/relocation.json › row 1 (id "planned-total") › field "note": says “口径未说明。” twice'],
    );
    expect(
      issuesAfter(
        (f) => (f.relocation.rows[0].note = { zh: "年份均未说明。来源没有写明年份。", en: "The year is not given." }),
      ),
    ).toEqual([
      'data/relocation.json › row 1 (id "planned-total") › field "note": says twice that the year is not given',
    ]);
    expect(
      issuesAfter((f) => (f.relocation.rows[0].note = { zh: "来源没有写明年份。", en: "The source gives no year." })),
    ).toEqual([]);
  });

  it("checks a second source that says a county had finished by a date", () => {
    const withCompletion = (corroboration: Record<string, string>) => (f: FixtureFiles) => {
      f.counties.rows.push({
        id: "xingyi",
        code: "522301",
        formerCode: null,
        name: { zh: "兴义市", en: "Xingyi City" },
        formerName: null,
        kind: "county-level-city",
        hasBoundary: true,
        note: null,
      });
      f.sources.rows.push({ ...f.sources.rows[0], id: "S03", grade: "A" });
      f["completion-2019"].rows.push({
        id: "completion-xingyi",
        entity: "xingyi",
        date: "2019-03-23",
        yearInferred: true,
        source: "S00",
        quote: "兴义市于3月23日完成",
        asWritten: "3月23日",
        corroboration: {
          by: "2019-05-30",
          source: "S03",
          quote: "截至5月30日,其中兴义已完成",
          asWritten: "5月30日",
          ...corroboration,
        },
        note: null,
      });
    };
    expect(issuesAfter(withCompletion({}))).toEqual([]);
    expect(issuesAfter(withCompletion({ by: "2019-03-01" }))).toEqual([
      'data/completion-2019.json › row 1 (id "completion-xingyi") › field "corroboration.by": 2019-03-01 is before the completion date 2019-03-23',
    ]);
    expect(issuesAfter(withCompletion({ quote: "截至5月30日,其中兴仁已完成" }))).toEqual([
      'data/completion-2019.json › row 1 (id "completion-xingyi") › field "corroboration.quote": the quote does not name 兴义',
    ]);
    expect(issuesAfter(withCompletion({ source: "S00" }))).toEqual([
      'data/completion-2019.json › row 1 (id "completion-xingyi") › field "corroboration.source": a corroboration must come from another source',
    ]);
  });

  it("rejects a lower bound (三万多) stored as an exact figure", () => {
    expect(issuesAfter((f) => (f.relocation.rows[4].qualifier = "exact"))).toEqual([
      'data/relocation.json › row 5 (id "programme-people") › field "qualifier": is "exact" but "三万多" reads as "more-than"',
    ]);
  });

  it("rejects an inferred period that is not marked as inferred, and accepts it marked with a note", () => {
    expect(issuesAfter((f) => (f.relocation.rows[4].period = "2017-06"))).toEqual([
      'data/relocation.json › row 5 (id "programme-people") › field "periodInferred": the quote does not date the figure 2017-06 and it is not the publication date (2017-10-09): mark the period as inferred and say why in the note',
    ]);
    expect(
      issuesAfter((f) =>
        Object.assign(f.relocation.rows[4], {
          period: "2017-06",
          periodInferred: true,
          note: { zh: "由上下文推断。", en: "Inferred from the context." },
        }),
      ),
    ).toEqual([]);
  });

  it("accepts a period the quote states, as a year or as “十三五”", () => {
    expect(issuesAfter((f) => (f.relocation.rows[4].period = "2016"))).toEqual([]);
    expect(
      issuesAfter((f) =>
        Object.assign(f.relocation.rows[4], {
          period: "2016/2020",
          quote: `“十三五”期间,${f.relocation.rows[4].quote}`,
        }),
      ),
    ).toEqual([]);
  });

  it("rejects a tension between figures that do not exist, or with one figure", () => {
    expect(issuesAfter((f) => (f.tensions[0].facts = ["registered-poor", "nowhere"]))).toEqual([
      'data/tensions.json › row 1 (id "poor-and-total") › field "facts": unknown figure id(s): nowhere',
    ]);
    expect(issuesAfter((f) => (f.tensions[0].facts = ["registered-poor"]))).toEqual([
      'data/tensions.json › row 1 (id "poor-and-total") › field "facts": a tension needs at least two figures',
    ]);
  });

  it("reports a file that is not JSON", () => {
    expect(issuesAfter((f) => (f.places = "{ not json"))).toContainEqual(
      expect.stringMatching(/^data\/places\.json: not valid JSON: /),
    );
  });

  it("reports the consequences of a dropped row under its own row number", () => {
    expect(issuesAfter((f) => (f.relocation.rows[0].unit = "furlongs"))).toContainEqual(
      'data/relocation.json › row 4 (id "others") › field "derivation.inputs": unknown figure id(s): planned-total',
    );
  });
});
