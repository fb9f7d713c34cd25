import { describe, expect, it } from "vitest";
import {
  emptyState,
  filterRows,
  formatState,
  matches,
  parseState,
  periodYears,
  searchTerms,
  toCsvText,
  type EvidenceKeys,
} from "./evidenceFilter";

const row = (over: Partial<EvidenceKeys>): EvidenceKeys => ({
  id: "x",
  topic: "relocation",
  county: "",
  source: "S00",
  grade: "A",
  period: "",
  status: "reported",
  text: "",
  value: Number.NaN,
  ...over,
});

const rows = [
  row({
    id: "qinglong-area",
    topic: "population-and-area",
    county: "qinglong",
    source: "S22a",
    grade: "C",
    period: "2003",
    text: "土地面积 Land area 晴隆县 Qinglong County 总面积1327.3平方公里",
    value: 1327.3,
  }),
  row({
    id: "qinglong-done",
    topic: "completion-2019",
    county: "qinglong",
    source: "S02",
    grade: "A",
    period: "2019-06-20",
    text: "完成易地扶贫搬迁入住任务的日期 Date the move-in task was completed 晴隆县 Qinglong County 6月20日",
  }),
  row({
    id: "total",
    source: "S00",
    grade: "A",
    period: "2016/2020",
    status: "planned",
    text: "规划搬迁人口 People planned to be relocated 黔西南州 33.85万人",
    value: 338500,
  }),
  row({
    id: "share",
    source: "S00",
    grade: "A",
    period: "2016/2020",
    status: "computed",
    text: "Share of registered poor 建档立卡贫困人口占比",
    value: 69.5,
  }),
];

describe("search", () => {
  it("finds Chinese terms as substrings of the quote and the measure", () => {
    expect(filterRows(rows, { ...emptyState, q: "搬迁" }).map((r) => r.id)).toEqual(["qinglong-done", "total"]);
    expect(filterRows(rows, { ...emptyState, q: "晴隆" }).map((r) => r.id)).toEqual(["qinglong-area", "qinglong-done"]);
  });

  it("finds English terms whatever their case, every term required", () => {
    expect(filterRows(rows, { ...emptyState, q: "LAND area" }).map((r) => r.id)).toEqual(["qinglong-area"]);
    expect(filterRows(rows, { ...emptyState, q: "qinglong completed" }).map((r) => r.id)).toEqual(["qinglong-done"]);
    expect(filterRows(rows, { ...emptyState, q: "qinglong nowhere" })).toEqual([]);
  });

  it("splits on ideographic spaces and folds full-width letters", () => {
    expect(searchTerms("晴隆\u3000ＬＡＮＤ")).toEqual(["晴隆", "land"]);
  });
});

describe("filters", () => {
  it("combines county, grade and years", () => {
    const state = { ...emptyState, county: "qinglong", grade: "A", from: "2019" };
    expect(filterRows(rows, state).map((r) => r.id)).toEqual(["qinglong-done"]);
    expect(filterRows(rows, { ...state, grade: "C" })).toEqual([]);
  });

  it("keeps periods that overlap the years and drops rows without a period", () => {
    expect(matches(rows[2] as EvidenceKeys, { ...emptyState, from: "2019", to: "2019" })).toBe(true);
    expect(matches(rows[0] as EvidenceKeys, { ...emptyState, from: "2019" })).toBe(false);
    expect(matches(row({ period: "" }), { ...emptyState, to: "2020" })).toBe(false);
    expect(periodYears("2016/2020")).toEqual([2016, 2020]);
    expect(periodYears("2019-06")).toEqual([2019, 2019]);
  });

  it("filters by status and topic", () => {
    expect(filterRows(rows, { ...emptyState, status: "computed" }).map((r) => r.id)).toEqual(["share"]);
    expect(filterRows(rows, { ...emptyState, topic: "completion-2019" }).map((r) => r.id)).toEqual(["qinglong-done"]);
  });
});

describe("sorting", () => {
  it("sorts by value with figures without a number last, and reverses", () => {
    expect(filterRows(rows, { ...emptyState, sort: "value" }).map((r) => r.id)).toEqual([
      "share",
      "qinglong-area",
      "total",
      "qinglong-done",
    ]);
    expect(filterRows(rows, { ...emptyState, sort: "grade", desc: true }).map((r) => r.id)[0]).toBe("qinglong-area");
  });

  it("sorts sources numerically (S2 before S10) and keeps page order on ties", () => {
    const s = [row({ id: "a", source: "S10" }), row({ id: "b", source: "S02" }), row({ id: "c", source: "S02" })];
    expect(filterRows(s, { ...emptyState, sort: "source" }).map((r) => r.id)).toEqual(["b", "c", "a"]);
  });
});

describe("URL state", () => {
  it("round-trips every field, Chinese included", () => {
    const state = {
      ...emptyState,
      county: "qinglong",
      grade: "A/B",
      from: "2019",
      to: "2020",
      q: "石漠化 karst",
      status: "reported",
      topic: "relocation",
      source: "S16a",
      sort: "period" as const,
      desc: true,
    };
    const query = formatState(state);
    expect(query.startsWith("?")).toBe(true);
    expect(parseState(query)).toEqual(state);
    expect(parseState(new URL(`https://example.org/evidence/${query}`).search)).toEqual(state);
  });

  it("writes nothing for the empty state and ignores bad values", () => {
    expect(formatState(emptyState)).toBe("");
    expect(parseState("?sort=evil&from=19&to=<script>&other=1")).toEqual(emptyState);
  });
});

describe("toCsvText", () => {
  it("quotes cells with commas, quotes and line breaks and starts with a BOM", () => {
    const csv = toCsvText(["id", "quote"], [["a", '他说"好",\n然后']]);
    expect(csv).toBe('\uFEFFid,quote\r\na,"他说""好"",\n然后"\r\n');
  });
});
