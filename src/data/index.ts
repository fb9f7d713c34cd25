import { join } from "node:path";
import { DataValidationError, type DataIssue } from "./issues";
import { loadData, type AnyDataset, type Dataset, type SiteData } from "./load";
import type { DatasetId, DatasetKind } from "./registry";
import type { CollectionMeta } from "./schemas/meta";
import { validateData } from "./validate";

/** The data folder: `DATA_DIR`, or `data/` under the project root (where npm scripts run). */
export function dataDir(): string {
  return process.env.DATA_DIR ?? join(process.cwd(), "data");
}

/** Loads and fully validates a data folder, returning every issue found. */
export function checkDataDir(dir: string): { data: SiteData; issues: DataIssue[] } {
  const { data, issues } = loadData(dir);
  return { data, issues: [...issues, ...validateData(data)] };
}

let cached: SiteData | undefined;

/** The site's data, validated once per process; throws a `DataValidationError` listing every issue. */
export function getSiteData(): SiteData {
  if (cached) return cached;
  const { data, issues } = checkDataDir(dataDir());
  if (issues.length > 0) throw new DataValidationError(issues);
  cached = data;
  return data;
}

/** The collection's name, title, description, keywords and fact labels (`data/collection.json`). */
export function getCollectionMeta(): CollectionMeta {
  const { collection } = getSiteData();
  if (!collection) throw new Error("data/collection.json did not load");
  return collection;
}

/** One dataset by id, typed by its kind. */
export function getDataset<K extends DatasetKind>(id: DatasetId, kind: K): Dataset<K> {
  const dataset = getSiteData().datasets.find((d) => d.id === id);
  if (!dataset || dataset.kind !== kind) throw new Error(`no ${kind} dataset "${id}"`);
  return dataset as Dataset<K>;
}

/** Every dataset, in registry order. */
export function getDatasets(): AnyDataset[] {
  return getSiteData().datasets;
}
