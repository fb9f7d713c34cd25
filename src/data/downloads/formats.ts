import ExcelJS from "exceljs";
import { unzipSync, zipSync, type Zippable } from "fflate";
import Papa from "papaparse";
import { publisher } from "../citation";
import type { AnyDataset } from "../load";
import { rowSchemas } from "../registry";
import { columnsOf, flattenRow, type Cell, type Column } from "../table";
import { getDataRelease } from "./release";

/** The flat table of a dataset: documented columns and one record per row. */
export function tableOf(dataset: AnyDataset): { columns: Column[]; records: Record<string, Cell>[] } {
  const columns = columnsOf(rowSchemas[dataset.kind]);
  return { columns, records: dataset.rows.map((row) => flattenRow(row, columns)) };
}

/**
 * The first characters with which a spreadsheet runs a text cell as a formula ("CSV injection"),
 * with the names the zip's README gives them.
 */
export const formulaStarts = [
  { char: "=", name: "=" },
  { char: "+", name: "+" },
  { char: "-", name: "-" },
  { char: "@", name: "@" },
  { char: "\t", name: "tab" },
  { char: "\r", name: "carriage return" },
] as const;

/**
 * A table as RFC 4180 CSV (CRLF line ends, quotes where needed). For Excel, the file starts with a
 * UTF-8 BOM and a text cell that Excel would run as a formula gets a leading apostrophe, which
 * Excel reads as "this is text"; the plain CSV keeps every text exactly as it is.
 */
export function toCsv(columns: Column[], records: Record<string, Cell>[], forExcel = false): string {
  const cell = (column: Column, value: Cell): string => {
    if (value === null) return "";
    const text = String(value);
    const formula = formulaStarts.some(({ char }) => text.startsWith(char));
    return forExcel && column.type === "string" && formula ? `'${text}` : text;
  };
  const csv = Papa.unparse(
    { fields: columns.map((c) => c.name), data: records.map((r) => columns.map((c) => cell(c, r[c.name] ?? null))) },
    { newline: "\r\n", quotes: false },
  );
  return `${forExcel ? "\uFEFF" : ""}${csv}\r\n`;
}

/** A deterministic zip: fixed timestamps, so the same data always gives the same bytes and hash. */
export function stableZip(files: Zippable): Uint8Array {
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const entries = Object.fromEntries(Object.entries(files).map(([name, data]) => [name, [data, { mtime }]]));
  return zipSync(entries as Zippable, { level: 9 });
}

/** A table as a reproducible workbook: sheet "data" and sheet "fields" describing every column. */
export async function tableToXlsx(columns: Column[], records: Record<string, Cell>[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const { date } = getDataRelease();
  workbook.creator = publisher.en;
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
