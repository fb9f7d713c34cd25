import { getCollectionMeta, getDatasets } from "../index";
import type { DatasetId } from "../registry";

/** One downloadable file. */
export interface DownloadFile {
  /** Path relative to the site root, e.g. `downloads/relocation.csv`. */
  path: string;
  mediaType: string;
  dataset: DatasetId | null;
  format: "csv" | "csv-excel" | "json" | "xlsx" | "zip" | "bib" | "ris" | "csl-json";
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

/** The zip with everything, named after the collection. */
export function zipDownload(): DownloadFile {
  return {
    path: `downloads/${getCollectionMeta().name}.zip`,
    mediaType: "application/zip",
    dataset: null,
    format: "zip",
  };
}

/** Every file under `downloads/`, in a stable order. */
export function listDownloads(): DownloadFile[] {
  return [...getDatasets().flatMap((d) => datasetDownloads(d.id)), ...citationDownloads, zipDownload()];
}
