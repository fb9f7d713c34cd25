/**
 * The downloads: the release and licence (`release`), the per-dataset files and the collection's
 * files (`files`), the CSV, Excel CSV and XLSX writers (`formats`), `datapackage.json`
 * (`datapackage`), the zip (`zip`) and the per-process file cache the build serves from (`cache`).
 */
export { buildDatapackage, buildDownload, renderDownload } from "./cache";
export { citationDownloads, datasetDownloads, listDownloads, zipDownload, type DownloadFile } from "./files";
export { tableOf, tableToXlsx, toCsv } from "./formats";
export { dataLicence, getDataRelease, getDatasetChangelog } from "./release";
