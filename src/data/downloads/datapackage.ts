import { createHash } from "node:crypto";
import { getCollectionMeta, getDatasets } from "../index";
import type { AnyDataset } from "../load";
import { LIST_SEPARATOR } from "../table";
import { publisher } from "../citation";
import { citationDownloads, datasetDownloads, type DownloadFile } from "./files";
import { tableOf } from "./formats";
import { dataLicence, getDataRelease } from "./release";

/** Reads the bytes of a download (the build's file cache). */
export type ReadDownload = (path: string) => Promise<Uint8Array>;

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

/**
 * The Frictionless Data Package describing every file, field, unit, licence and source, with the
 * size and hash of each file as `read` gives it.
 */
export async function datapackage(siteUrl: string, read: ReadDownload): Promise<Record<string, unknown>> {
  const { version, date } = getDataRelease();
  const collection = getCollectionMeta();
  const sources = getDatasets().find((d) => d.kind === "sources");
  const describe = async (file: DownloadFile): Promise<Record<string, unknown>> => {
    const bytes = await read(file.path);
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
    name: collection.name,
    id: new URL("datapackage.json", siteUrl).href,
    title: collection.title.en,
    title_zh: collection.title.zh,
    description: collection.description,
    version,
    created: `${date}T00:00:00Z`,
    homepage: siteUrl,
    keywords: collection.keywords,
    licenses: [
      dataLicence,
      {
        name: "quotes",
        title: "Quoted source texts remain their publishers'",
        path: new URL("about/#licence", siteUrl).href,
      },
    ],
    contributors: [{ title: publisher.en, role: "publisher" }],
    sources:
      sources?.kind === "sources"
        ? sources.rows
            .filter((s) => s.grade !== "X")
            .map((s) => ({ title: `${s.id}: ${s.title}`, ...(s.urls[0] ? { path: s.urls[0] } : {}), grade: s.grade }))
        : [],
    resources,
  };
}
