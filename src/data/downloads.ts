import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import Papa from "papaparse";
import { absoluteUrl, datasetPagePath } from "~/core/urls";
import { defaultLang } from "~/i18n/locales";
import { citationBibtex, citationCsl, citationRis, citationText, type CitationTarget } from "./citation";
import { getDatasets, getSiteData } from "./index";
import type { AnyDataset } from "./load";
import { rowSchemas, type DatasetId } from "./registry";
import { columnsOf, flattenRow, LIST_SEPARATOR, type Cell, type Column } from "./table";

/** The licence of the compiled data. */
export const dataLicence = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const;

/** Title of the whole collection, for citations and the data package. */
export const collectionTitle = {
  zh: "黔西南州易地扶贫搬迁及后续扶持数据集",
  en: "Qianxinan relocation and follow-up support datasets",
};

/** The collection's name in datapackage.json and the zip file name. */
export const collectionName = "qianxinan-relocation-data";

/** The current data release: the newest changelog entry. */
export function getDataRelease(): { version: string; date: string } {
  const [latest] = getSiteData().changelog;
  if (!latest) throw new Error("data/changelog.json has no release");
  return { version: latest.version, date: latest.date };
}

/** The flat table of a dataset: documented columns and one record per row. */
export function tableOf(dataset: AnyDataset): { columns: Column[]; records: Record<string, Cell>[] } {
  const columns = columnsOf(rowSchemas[dataset.kind]);
  return { columns, records: dataset.rows.map((row) => flattenRow(row, columns)) };
}

/** How a text cell that a spreadsheet would run as a formula starts ("CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A table as RFC 4180 CSV (CRLF line ends, quotes where needed). For Excel, the file starts with a
 * UTF-8 BOM and a text cell that Excel would run as a formula gets a leading apostrophe, which
 * Excel reads as "this is text"; the plain CSV keeps every text exactly as it is.
 */
export function toCsv(columns: Column[], records: Record<string, Cell>[], forExcel = false): string {
  const cell = (column: Column, value: Cell): string => {
    if (value === null) return "";
    const text = String(value);
    return forExcel && column.type === "string" && formulaStart.test(text) ? `'${text}` : text;
  };
  const csv = Papa.unparse(
    { fields: columns.map((c) => c.name), data: records.map((r) => columns.map((c) => cell(c, r[c.name] ?? null))) },
    { newline: "\r\n", quotes: false },
  );
  return `${forExcel ? "\uFEFF" : ""}${csv}\r\n`;
}

/** A deterministic zip: fixed timestamps, so the same data always gives the same bytes and hash. */
function stableZip(files: Zippable): Uint8Array {
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]]));
  return zipSync(entries as Zippable, { level: 9 });
}

async function toXlsx(dataset: AnyDataset): Promise<Uint8Array> {
  const { columns, records } = tableOf(dataset);
  return tableToXlsx(columns, records);
}

/** A table as a reproducible workbook: sheet "data" and sheet "fields" describing every column. */
export async function tableToXlsx(columns: Column[], records: Record<string, Cell>[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const { date } = getDataRelease();
  workbook.creator = "After the Mountains";
  workbook.created = new Date(`${date}T00:00:00Z`);
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet("data");
  sheet.columns = columns.map((c) => ({
    header: c.name,
    key: c.name,
    width: Math.min(60, Math.max(12, c.name.length + 2)),
  }));
  for (const record of records) sheet.addRow(record);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.getRow(1).font = { bold: true };
  const fields = workbook.addWorksheet("fields");
  fields.columns = [
    { header: "name", key: "name", width: 28 },
    { header: "type", key: "type", width: 10 },
    { header: "unit", key: "unit", width: 14 },
    { header: "description_en", key: "en", width: 80 },
    { header: "description_zh", key: "zh", width: 60 },
  ];
  for (const c of columns)
    fields.addRow({ name: c.name, type: c.type, unit: c.doc.unit ?? "", en: c.doc.en, zh: c.doc.zh });
  fields.getRow(1).font = { bold: true };
  const buffer = new Uint8Array(await workbook.xlsx.writeBuffer());
  // ExcelJS stamps zip entries with the current time; repack them so builds are reproducible.
  return stableZip(unzipSync(buffer));
}

/** One downloadable file. */
export interface DownloadFile {
  /** Path relative to the site root, e.g. `downloads/relocation.csv`. */
  path: string;
  mediaType: string;
  dataset: DatasetId | null;
  format: "csv" | "csv-excel" | "json" | "xlsx" | "zip" | "bib" | "ris" | "csl-json" | "txt";
}

/** Every per-dataset file: CSV, Excel CSV (UTF-8 with BOM), JSON and XLSX. */
export function datasetDownloads(id: DatasetId): DownloadFile[] {
  return [
    { path: `downloads/${id}.csv`, mediaType: "text/csv; charset=utf-8", dataset: id, format: "csv" },
    { path: `downloads/${id}-excel.csv`, mediaType: "text/csv; charset=utf-8", dataset: id, format: "csv-excel" },
    { path: `downloads/${id}.json`, mediaType: "application/json", dataset: id, format: "json" },
    {
      path: `downloads/${id}.xlsx`,
      mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      dataset: id,
      format: "xlsx",
    },
  ];
}

/** The collection's citation files. */
export const citationDownloads: DownloadFile[] = [
  { path: "downloads/citation.bib", mediaType: "application/x-bibtex; charset=utf-8", dataset: null, format: "bib" },
  {
    path: "downloads/citation.ris",
    mediaType: "application/x-research-info-systems; charset=utf-8",
    dataset: null,
    format: "ris",
  },
  {
    path: "downloads/citation.json",
    mediaType: "application/vnd.citationstyles.csl+json",
    dataset: null,
    format: "csl-json",
  },
];

/** The zip with everything. */
export const zipDownload: DownloadFile = {
  path: `downloads/${collectionName}.zip`,
  mediaType: "application/zip",
  dataset: null,
  format: "zip",
};

/** Every file under `downloads/`, in a stable order. */
export function listDownloads(): DownloadFile[] {
  return [...getDatasets().flatMap((d) => datasetDownloads(d.id)), ...citationDownloads, zipDownload];
}

/** The citation target for the collection or one dataset. */
export function citationTarget(siteUrl: string, dataset?: AnyDataset): CitationTarget {
  const { version, date } = getDataRelease();
  if (!dataset)
    return { key: collectionName, title: collectionTitle, url: new URL("data/", siteUrl).href, version, date };
  return {
    key: `${collectionName}-${dataset.id}`,
    title: {
      zh: `${dataset.meta.title.zh}（${collectionTitle.zh}）`,
      en: `${dataset.meta.title.en} (${collectionTitle.en})`,
    },
    url: absoluteUrl(datasetPagePath(dataset.id, defaultLang), siteUrl),
    version,
    date,
  };
}

const cache = new Map<string, Promise<Uint8Array>>();

/**
 * The bytes of a download, built once per process so that the file served and the hash in
 * `datapackage.json` always agree. `siteUrl` is the site root (origin and base path).
 */
export function buildDownload(path: string, siteUrl: string): Promise<Uint8Array> {
  const key = `${siteUrl}|${path}`;
  let bytes = cache.get(key);
  if (!bytes) {
    bytes = renderDownload(path, siteUrl);
    cache.set(key, bytes);
  }
  return bytes;
}

/** Builds a download afresh, bypassing the cache (the build uses `buildDownload`). */
export async function renderDownload(path: string, siteUrl: string): Promise<Uint8Array> {
  const file = listDownloads().find((f) => f.path === path);
  if (!file) throw new Error(`no download at ${path}`);
  const dataset = getDatasets().find((d) => d.id === file.dataset);
  const { version } = getDataRelease();
  switch (file.format) {
    case "csv":
    case "csv-excel": {
      const { columns, records } = tableOf(dataset as AnyDataset);
      return strToU8(toCsv(columns, records, file.format === "csv-excel"));
    }
    case "json": {
      const d = dataset as AnyDataset;
      const json = { ...d.meta, version, license: dataLicence, rows: d.rows };
      return strToU8(`${JSON.stringify(json, null, 2)}\n`);
    }
    case "xlsx":
      return toXlsx(dataset as AnyDataset);
    case "bib":
      return strToU8(`${citationBibtex(citationTarget(siteUrl))}\n`);
    case "ris":
      return strToU8(`${citationRis(citationTarget(siteUrl))}\r\n`);
    case "csl-json":
      return strToU8(`${JSON.stringify([citationCsl(citationTarget(siteUrl))], null, 2)}\n`);
    case "zip":
      return buildZip(siteUrl);
    case "txt":
      throw new Error(`${path} is not built here`);
  }
}

async function buildZip(siteUrl: string): Promise<Uint8Array> {
  const files: Zippable = {};
  for (const file of listDownloads()) {
    if (file.format === "zip") continue;
    files[file.path] = await buildDownload(file.path, siteUrl);
  }
  files["datapackage.json"] = strToU8(`${JSON.stringify(await buildDatapackage(siteUrl), null, 2)}\n`);
  files["README.txt"] = strToU8(zipReadme(siteUrl));
  return stableZip(files);
}

function zipReadme(siteUrl: string): string {
  const { version, date } = getDataRelease();
  const target = citationTarget(siteUrl);
  return [
    `${collectionTitle.zh} / ${collectionTitle.en}`,
    `Version ${version} (${date})`,
    "",
    "Every figure carries the id of its source, the verbatim quote that states it and the figure as written there.",
    "每个数字都附有来源编号、陈述该数字的原文引语以及原文写法。",
    "",
    "Files / 文件:",
    "  datapackage.json          Frictionless Data Package: every field, unit, licence, source, byte size and hash;",
    "                            its tabular resources are the plain CSVs; each lists the other forms of its table",
    "                            (Excel CSV, JSON, XLSX) under `alternatives`",
    "  downloads/<id>.csv        UTF-8 CSV (RFC 4180)",
    "  downloads/<id>-excel.csv  the same CSV for Microsoft Excel: a UTF-8 byte-order mark, and an apostrophe before",
    "                            any text that Excel would otherwise run as a formula (=, +, -, @)",
    "  downloads/<id>.json       the rows with their nested structure",
    "  downloads/<id>.xlsx       workbook: sheet 'data' and sheet 'fields' describing every column",
    "  downloads/citation.*      BibTeX, RIS and CSL-JSON citations",
    "",
    "Licence / 许可: data CC BY 4.0; quoted source texts remain their publishers'.",
    "数据以 CC BY 4.0 许可发布；引用的原文归原出版者所有。",
    "",
    "Cite / 引用:",
    `  ${citationText(target, "en")}`,
    `  ${citationText(target, "zh")}`,
    "",
    `Web: ${siteUrl}`,
    "",
  ].join("\r\n");
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** What each alternative form of a dataset's table is, in `datapackage.json`. */
const alternativeNote: Partial<Record<DownloadFile["format"], string>> = {
  "csv-excel":
    "The same table for Microsoft Excel: UTF-8 with a byte-order mark, and an apostrophe before any text that Excel would run as a formula",
  json: "The same rows with their nested structure, and the dataset's metadata (JSON)",
  xlsx: "The same table as an Excel workbook: sheet 'data', and sheet 'fields' describing every column",
};

const fullDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Table Schema of a dataset's plain CSV. Types cast with any Frictionless client: a date
 * column whose every value is a full `YYYY-MM-DD` date is a `date`; a date given at a source's
 * coarser precision (`2019`, `2019-06`) stays a string with that pattern. Lists are strings whose
 * items are separated by `; ` (Table Schema v1 has no list type); an empty list is an empty cell,
 * so a list is never required.
 */
export function tableSchema(dataset: AnyDataset): Record<string, unknown> {
  const { columns, records } = tableOf(dataset);
  const fields = columns.map((c) => {
    const values = records.map((r) => r[c.name]).filter((v) => v !== null && v !== undefined && v !== "");
    const isDate = c.partialDate === true && values.every((v) => fullDate.test(String(v)));
    const constraints: Record<string, unknown> = { required: !c.nullable && !c.list };
    if (c.enum) constraints.enum = c.enum;
    if (c.partialDate && !isDate) constraints.pattern = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    const listNote = c.list ? ` List: items separated by "${LIST_SEPARATOR}"; an empty cell is an empty list.` : "";
    const dateNote =
      c.partialDate && !isDate ? " A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD." : "";
    return {
      name: c.name,
      type: isDate ? "date" : c.type,
      ...(isDate ? { format: "default" } : {}),
      description: listNote || dateNote ? `${c.doc.en.replace(/([^.])$/, "$1.")}${listNote}${dateNote}` : c.doc.en,
      description_zh: c.doc.zh,
      ...(c.doc.unit ? { unit: c.doc.unit } : {}),
      constraints,
      ...(c.list ? { "list-separator": LIST_SEPARATOR } : {}),
    };
  });
  return { fields, primaryKey: "id", missingValues: [""] };
}

/** The Frictionless Data Package describing every file, field, unit, licence and source. */
export async function buildDatapackage(siteUrl: string): Promise<Record<string, unknown>> {
  const { version, date } = getDataRelease();
  const sources = getDatasets().find((d) => d.kind === "sources");
  const describe = async (file: DownloadFile): Promise<Record<string, unknown>> => {
    const bytes = await buildDownload(file.path, siteUrl);
    return {
      path: file.path,
      format: file.path.split(".").pop(),
      mediatype: file.mediaType.split(";")[0],
      ...(file.mediaType.includes("charset=utf-8") ? { encoding: "utf-8" } : {}),
      bytes: bytes.byteLength,
      hash: `sha256:${sha256(bytes)}`,
    };
  };
  const resources: Record<string, unknown>[] = [];
  for (const dataset of getDatasets()) {
    const [csv, ...others] = datasetDownloads(dataset.id);
    if (csv?.format !== "csv") throw new Error(`${dataset.id}: the first download must be the plain CSV`);
    // The plain CSV is the dataset's one tabular resource. The same table in other forms (Excel
    // CSV, JSON, XLSX) is listed with it as alternatives for people, with sizes and hashes, and
    // not as resources: a Frictionless client would take them for more tables (or fail to read
    // XLSX), and the Excel CSV's byte-order mark is for Excel only.
    resources.push({
      name: dataset.id,
      ...(await describe(csv)),
      profile: "tabular-data-resource",
      title: dataset.meta.title.en,
      description: `${dataset.meta.description.en} / ${dataset.meta.description.zh}`,
      licenses: [dataLicence],
      dialect: { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(dataset),
      alternatives: await Promise.all(
        others.map(async (file) => ({ ...(await describe(file)), description: alternativeNote[file.format] ?? "" })),
      ),
    });
  }
  for (const file of citationDownloads)
    resources.push({ name: `citation-${file.format}`, profile: "data-resource", ...(await describe(file)) });
  return {
    profile: "data-package",
    name: collectionName,
    id: new URL("datapackage.json", siteUrl).href,
    title: collectionTitle.en,
    title_zh: collectionTitle.zh,
    description:
      "Figures on the 2016–2020 poverty-alleviation relocation in Qianxinan Prefecture, Guizhou, and the services, jobs and community organisation that followed. Every row carries its source id, the verbatim quote and the figure as written.",
    version,
    created: `${date}T00:00:00Z`,
    homepage: siteUrl,
    keywords: [
      "Qianxinan",
      "Guizhou",
      "relocation",
      "poverty alleviation",
      "rocky desertification",
      "易地扶贫搬迁",
      "黔西南",
    ],
    licenses: [
      dataLicence,
      {
        name: "quotes",
        title: "Quoted source texts remain their publishers'",
        path: new URL("about/#licence", siteUrl).href,
      },
    ],
    contributors: [{ title: "After the Mountains", role: "publisher" }],
    sources:
      sources?.kind === "sources"
        ? sources.rows
            .filter((s) => s.grade !== "X")
            .map((s) => ({ title: `${s.id}: ${s.title}`, ...(s.urls[0] ? { path: s.urls[0] } : {}), grade: s.grade }))
        : [],
    resources,
  };
}
