import { citationBibtex, citationCsl, citationRis, citationTarget, citationText } from "~/data/citation";
import {
  buildDownload,
  citationDownloads,
  datasetDownloads,
  getDataRelease,
  getDatasetChangelog,
  tableOf,
  zipDownload,
  type DownloadFile,
} from "~/data/downloads";
import { getDatasets } from "~/data/index";
import type { AnyDataset } from "~/data/load";
import type { Column } from "~/data/table";
import type { Lang } from "~/i18n";
import { dataCatalogJsonLd, datasetJsonLd } from "./jsonLd";
import { datasetTitles, getSourceUse, type SourceUse } from "./sourcesPage";

/** A download with its size, for links that say how big the file is. */
export interface SizedDownload extends DownloadFile {
  bytes: number;
}

/** Adds byte sizes to download files. */
function withSizes(files: DownloadFile[], siteUrl: string): Promise<SizedDownload[]> {
  return Promise.all(
    files.map(async (file) => ({ ...file, bytes: (await buildDownload(file.path, siteUrl)).byteLength })),
  );
}

/** Everything a dataset page shows: downloads, fields, citations, changelog and source use. */
export interface DatasetPage {
  dataset: AnyDataset;
  downloads: SizedDownload[];
  columns: Column[];
  citation: { text: string; bibtex: string; ris: string; csl: string };
  changelog: ReturnType<typeof getDatasetChangelog>;
  /** For the sources dataset: dataset titles and how many figures each dataset takes from a source. */
  titles: Map<string, string>;
  use: SourceUse;
  jsonLd: Record<string, unknown>;
}

/** Gathers a dataset page's parts; `siteUrl` is the site root (origin and base path). */
export async function getDatasetPage(dataset: AnyDataset, lang: Lang, siteUrl: string): Promise<DatasetPage> {
  const target = citationTarget(siteUrl, dataset);
  return {
    dataset,
    downloads: await withSizes(datasetDownloads(dataset.id), siteUrl),
    columns: tableOf(dataset).columns,
    citation: {
      text: citationText(target, lang),
      bibtex: citationBibtex(target),
      ris: citationRis(target),
      csl: JSON.stringify(citationCsl(target), null, 2),
    },
    changelog: getDatasetChangelog(dataset.id),
    titles: datasetTitles(lang),
    use: getSourceUse(),
    jsonLd: datasetJsonLd(dataset, lang, siteUrl),
  };
}

/** Everything the data index shows: the release, the collection's files and each dataset's. */
export interface DataIndexPage {
  release: { version: string; date: string };
  collection: SizedDownload[];
  datasets: { dataset: AnyDataset; files: SizedDownload[]; lastChange: DatasetPage["changelog"][number] | undefined }[];
  jsonLd: Record<string, unknown>;
}

/** Gathers the data index's parts; `siteUrl` is the site root (origin and base path). */
export async function getDataIndexPage(lang: Lang, siteUrl: string): Promise<DataIndexPage> {
  return {
    release: getDataRelease(),
    collection: await withSizes([zipDownload(), ...citationDownloads], siteUrl),
    datasets: await Promise.all(
      getDatasets().map(async (dataset) => ({
        dataset,
        files: await withSizes(datasetDownloads(dataset.id), siteUrl),
        lastChange: getDatasetChangelog(dataset.id)[0],
      })),
    ),
    jsonLd: dataCatalogJsonLd(lang, siteUrl),
  };
}
