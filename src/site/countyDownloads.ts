/**
 * A county's figures as one flat table, for its CSV, JSON and XLSX downloads: every fact about
 * the county and the places in it, with its evidence, in both languages. The files are written
 * by the same writers as the dataset downloads (src/data/downloads.ts).
 */
import { strToU8 } from "fflate";
import { dataLicence, getDataRelease, tableToXlsx, toCsv } from "~/data/downloads";
import { getFacts, type Fact } from "~/data/facts";
import type { Cell, Column } from "~/data/table";
import { getCountyEntities, getCountyRows } from "./countyPages";

const column = (name: string, type: Column["type"], en: string, zh: string, nullable = false): Column => ({
  name,
  path: [name],
  type,
  list: false,
  nullable,
  doc: { en, zh },
});

/** The columns of a county's table. */
export const countyColumns: Column[] = [
  column(
    "id",
    "string",
    "Row id: the figure's permalink anchor on its dataset page",
    "行编号：数字在其数据集页面的锚点",
  ),
  column("dataset", "string", "Dataset the row comes from", "所属数据集"),
  column("entity", "string", "Id of the place the figure is about", "数字所指地点的编号"),
  column("measure_zh", "string", "What the figure measures (Chinese)", "度量内容（中文）"),
  column("measure_en", "string", "What the figure measures (English)", "度量内容（英文）"),
  column("value", "string", "The figure: a number, a date or a name", "数值、日期或名称"),
  column("unit", "string", "Unit of a number, or empty", "数值的单位；无则为空", true),
  column("qualifier", "string", "How exact the figure is", "精确程度"),
  column("period", "string", "Date or period the figure refers to, or empty", "所指日期或时期；无则为空", true),
  column("status", "string", "planned, completed, target, reported, adopted or computed", "性质"),
  column("source", "string", "Source id, or empty for a figure computed here", "来源编号；本站计算则为空", true),
  column("quote", "string", "The source's exact words", "来源原文", true),
  column("as_written", "string", "The figure as the quote writes it", "原文写法", true),
];

function recordOf(fact: Fact): Record<string, Cell> {
  const v = fact.value;
  return {
    id: fact.id,
    dataset: fact.dataset,
    entity: fact.entity,
    measure_zh: fact.measure.zh,
    measure_en: fact.measure.en,
    value: v.type === "number" ? String(v.number) : v.type === "date" ? v.date : v.text.en,
    unit: v.type === "number" ? v.unit : null,
    qualifier: fact.qualifier,
    period: fact.period,
    status: fact.derivation ? "computed" : fact.status,
    source: fact.evidence?.source.id ?? null,
    quote: fact.evidence?.quote ?? null,
    as_written: fact.evidence?.asWritten ?? null,
  };
}

/** The facts of a county, in dataset order. */
export function countyFacts(id: string): Fact[] {
  const entities = getCountyEntities(id);
  return [...getFacts().values()].filter((f) => entities.has(f.entity));
}

/** Static paths of `downloads/counties/<id>.<csv|json|xlsx>`. */
export function countyDownloadStaticPaths() {
  return getCountyRows().flatMap((c) =>
    (["csv", "json", "xlsx"] as const).map((format) => ({
      params: { file: `${c.id}.${format}` },
      props: { id: c.id, format },
    })),
  );
}

/** Media types of the county files. */
export const countyMediaTypes = {
  csv: "text/csv; charset=utf-8",
  json: "application/json",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

/** One county file's bytes. */
export async function buildCountyFile(id: string, format: "csv" | "json" | "xlsx"): Promise<Uint8Array> {
  const county = getCountyRows().find((c) => c.id === id);
  if (!county) throw new Error(`no county "${id}"`);
  const records = countyFacts(id).map(recordOf);
  switch (format) {
    case "csv":
      return strToU8(toCsv(countyColumns, records));
    case "json": {
      const { version } = getDataRelease();
      const json = {
        id,
        name: county.name,
        version,
        license: dataLicence,
        fields: countyColumns.map((c) => ({ name: c.name, ...c.doc })),
        rows: records,
      };
      return strToU8(`${JSON.stringify(json, null, 2)}\n`);
    }
    case "xlsx":
      return tableToXlsx(countyColumns, records);
  }
}
