import { strToU8 } from "fflate";
import { citationBibtex, citationCsl, citationRis, citationTarget } from "../citation";
import { getDatasets } from "../index";
import type { AnyDataset } from "../load";
import { datapackage } from "./datapackage";
import { listDownloads } from "./files";
import { tableOf, tableToXlsx, toCsv } from "./formats";
import { dataLicence, getDataRelease } from "./release";
import { buildZip } from "./zip";

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

/** The Frictionless Data Package, with the sizes and hashes of the files the build serves. */
export function buildDatapackage(siteUrl: string): Promise<Record<string, unknown>> {
  return datapackage(siteUrl, (path) => buildDownload(path, siteUrl));
}

/** Builds a download afresh, bypassing the cache (the build uses `buildDownload`). */
export async function renderDownload(path: string, siteUrl: string): Promise<Uint8Array> {
  const file = listDownloads().find((f) => f.path === path);
  if (!file) throw new Error(`no download at ${path}`);
  const dataset = (): AnyDataset => {
    const found = getDatasets().find((d) => d.id === file.dataset);
    if (!found) throw new Error(`${path}: no dataset "${file.dataset}"`);
    return found;
  };
  switch (file.format) {
    case "csv":
    case "csv-excel": {
      const { columns, records } = tableOf(dataset());
      return strToU8(toCsv(columns, records, file.format === "csv-excel"));
    }
    case "json": {
      const d = dataset();
      const json = { ...d.meta, version: getDataRelease().version, license: dataLicence, rows: d.rows };
      return strToU8(`${JSON.stringify(json, null, 2)}\n`);
    }
    case "xlsx": {
      const { columns, records } = tableOf(dataset());
      return tableToXlsx(columns, records);
    }
    case "bib":
      return strToU8(`${citationBibtex(citationTarget(siteUrl))}\n`);
    case "ris":
      return strToU8(`${citationRis(citationTarget(siteUrl))}\r\n`);
    case "csl-json":
      return strToU8(`${JSON.stringify([citationCsl(citationTarget(siteUrl))], null, 2)}\n`);
    case "zip":
      return buildZip(siteUrl, (p) => buildDownload(p, siteUrl));
  }
}
