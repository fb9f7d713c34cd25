import ExcelJS from "exceljs";
import { strFromU8, unzipSync, type Unzipped } from "fflate";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import {
  buildDownload,
  citationDownloads,
  datasetDownloads,
  getDataRelease,
  renderDownload,
  tableOf,
  toCsv,
  zipDownload,
} from "~/data/downloads";
import { getCollectionMeta, getDatasets } from "~/data/index";
import type { Cell, Column } from "~/data/table";

const site = "http://localhost:4321/";

/** Parses CSV text back into typed records using the dataset's column types. */
function parseCsv(text: string, columns: Column[]): Record<string, Cell>[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  expect(header).toEqual(columns.map((c) => c.name));
  return rows.map((cells) =>
    Object.fromEntries(
      columns.map((c, i) => {
        const raw = cells[i] ?? "";
        if (raw === "") return [c.name, null];
        if (c.type === "number" || c.type === "integer") return [c.name, Number(raw)];
        if (c.type === "boolean") return [c.name, raw === "true"];
        return [c.name, raw];
      }),
    ),
  );
}

/**
 * Where a download's bytes come from: the file the site serves, and its copy in the zip of
 * everything (read back with fflate). Both are checked against the datasets themselves.
 */
const zipPath = zipDownload().path;
let zip: Promise<Unzipped> | undefined;
const fromZip = async (path: string) => {
  zip ??= buildDownload(zipPath, site).then((bytes) => unzipSync(bytes));
  const bytes = (await zip)[path];
  if (!bytes) throw new Error(`the zip has no ${path}`);
  return bytes;
};
const origins = [
  ["served", (path: string) => buildDownload(path, site)],
  ["in the zip", fromZip],
] as const;

describe.each(getDatasets().flatMap((d) => origins.map(([where, bytesOf]) => [d.id, where, d, bytesOf] as const)))(
  "downloads of %s, %s",
  (id, _where, dataset, bytesOf) => {
    const { columns, records } = tableOf(dataset);
    const [csv, excelCsv, json, xlsx] = datasetDownloads(id).map((f) => f.path);

    it("has a CSV that reads back equal to the rows, Chinese text included", async () => {
      const text = new TextDecoder("utf-8", { fatal: true }).decode(await bytesOf(csv ?? ""));
      expect(text.charCodeAt(0)).not.toBe(0xfeff);
      expect(text).toMatch(/\r\n$/);
      expect(parseCsv(text, columns)).toEqual(records);
    });

    it("has an Excel CSV with a UTF-8 BOM and the same content", async () => {
      const bytes = await bytesOf(excelCsv ?? "");
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes);
      expect(parseCsv(text, columns)).toEqual(records);
    });

    it("has JSON whose rows equal the dataset rows", async () => {
      const parsed = JSON.parse(strFromU8(await bytesOf(json ?? "")));
      expect(parsed.id).toBe(id);
      expect(parsed.rows).toEqual(dataset.rows);
    });

    it("has an XLSX workbook whose data sheet equals the rows and whose fields sheet documents every column", async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await bytesOf(xlsx ?? "")) as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet("data");
      const values = sheet?.getSheetValues().slice(1) as unknown[][];
      const [header, ...rows] = values.map((r) => r.slice(1));
      expect(header).toEqual(columns.map((c) => c.name));
      const back = rows.map((r) => Object.fromEntries(columns.map((c, i) => [c.name, (r[i] ?? null) as Cell])));
      expect(back).toEqual(records);
      const fields = workbook.getWorksheet("fields")?.getSheetValues().slice(2) as unknown[][];
      expect(fields.map((r) => r[1])).toEqual(columns.map((c) => c.name));
    });
  },
);

describe("CSV and formulas", () => {
  const doc = { en: "", zh: "" };
  const columns: Column[] = [
    { name: "text", path: ["text"], type: "string", list: false, nullable: false, doc },
    { name: "value", path: ["value"], type: "number", list: false, nullable: false, doc },
  ];
  const formulas = ['=HYPERLINK("https://evil.example","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tx"];
  const records = formulas.map((text) => ({ text, value: -1.5 }));
  const cells = (csv: string) =>
    Papa.parse<string[]>(csv.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data.slice(1);

  it("keeps every text as it is in the plain CSV", () => {
    expect(cells(toCsv(columns, records))).toEqual(formulas.map((text) => [text, "-1.5"]));
  });

  it("makes Excel read a text that starts like a formula as text, and leaves numbers alone", () => {
    expect(cells(toCsv(columns, records, true))).toEqual(formulas.map((text) => [`'${text}`, "-1.5"]));
    expect(cells(toCsv(columns, [{ text: "a = b", value: 2 }], true))).toEqual([["a = b", "2"]]);
  });
});

describe("the zip of everything", () => {
  it("holds every other download (checked above against the datasets), datapackage.json and a README, and nothing else", async () => {
    const entries = Object.keys(unzipSync(await buildDownload(zipPath, site))).sort();
    const expected = [
      ...getDatasets().flatMap((d) => datasetDownloads(d.id).map((f) => f.path)),
      ...citationDownloads.map((f) => f.path),
      "datapackage.json",
      "README.txt",
    ];
    expect(entries).toEqual(expected.sort());
    const datapackage = JSON.parse(strFromU8(await fromZip("datapackage.json"))) as {
      version: string;
      resources: { path: string }[];
    };
    expect(datapackage.version).toBe(getDataRelease().version);
    expect(datapackage.resources.map((r) => r.path)).toEqual([
      ...getDatasets().map((d) => `downloads/${d.id}.csv`),
      ...citationDownloads.map((f) => f.path),
    ]);
    expect(strFromU8(await fromZip("README.txt"))).toMatch(/CC BY 4\.0/);
  });

  it.each(citationDownloads.map((f) => f.path))("%s in the zip cites the collection at this release", async (path) => {
    const text = strFromU8(await fromZip(path));
    expect(text).toContain(getCollectionMeta().title.en);
    expect(text).toContain(getDataRelease().version);
  });

  it("is reproducible: building the workbook and the zip again gives the same bytes", async () => {
    for (const path of ["downloads/relocation.xlsx", "downloads/qianxinan-relocation-data.zip"]) {
      const again = await renderDownload(path, site);
      expect(Buffer.from(again).equals(Buffer.from(await buildDownload(path, site))), path).toBe(true);
    }
  });
});
