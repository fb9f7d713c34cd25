import { buildDownload, datasetDownloads, type DownloadFile } from "~/data/downloads";
import { getSiteData } from "~/data/index";
import type { AnyDataset } from "~/data/load";
import type { Bilingual } from "~/i18n/locales";
import type { ChangelogEntry } from "~/data/schemas/meta";

/** A download with its size, for links that say how big the file is. */
export interface SizedDownload extends DownloadFile {
  bytes: number;
}

/** Adds byte sizes to download files. */
export async function withSizes(files: DownloadFile[], siteUrl: string): Promise<SizedDownload[]> {
  return Promise.all(
    files.map(async (file) => ({ ...file, bytes: (await buildDownload(file.path, siteUrl)).byteLength })),
  );
}

/** A dataset's four downloads, with sizes. */
export function getDatasetDownloads(dataset: AnyDataset, siteUrl: string): Promise<SizedDownload[]> {
  return withSizes(datasetDownloads(dataset.id), siteUrl);
}

/** The releases that changed a dataset, newest first. */
export function getDatasetChangelog(id: string): { version: string; date: string; text: Bilingual }[] {
  return getSiteData().changelog.flatMap((entry: ChangelogEntry) =>
    entry.changes
      .filter((c) => c.datasets.includes(id))
      .map((c) => ({ version: entry.version, date: entry.date, text: c.text })),
  );
}
