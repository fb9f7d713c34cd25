import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { DataIssue } from "./issues";
import { datasetRegistry, rowSchemas, type DatasetId, type DatasetKind, type RowOf } from "./registry";
import { ChangelogEntry, CheckRow, CollectionMeta, DatasetMeta, GapRow, TensionRow } from "./schemas/meta";

/** A dataset as loaded: its description, its kind and its valid rows. */
export interface Dataset<K extends DatasetKind = DatasetKind> {
  id: DatasetId;
  kind: K;
  meta: DatasetMeta;
  rows: RowOf<K>[];
  /** The 1-based position of each valid row in the file (rows that failed their schema are left out). */
  rowNumbers: number[];
  /** The file, relative to the project root. */
  file: string;
}

/** Any dataset, discriminated by `kind`. */
export type AnyDataset = { [K in DatasetKind]: Dataset<K> }[DatasetKind];

/** Everything in `data/`, loaded and schema-checked. */
export interface SiteData {
  datasets: AnyDataset[];
  /** The collection's name, title, description, keywords and fact labels; null when the file failed its schema. */
  collection: CollectionMeta | null;
  checks: CheckRow[];
  changelog: ChangelogEntry[];
  /** What the sources do not tell. */
  gaps: GapRow[];
  /** Figures shown side by side although they are not one measure (see `TensionRow`). */
  tensions: TensionRow[];
}

const DatasetFile = DatasetMeta.extend({ rows: z.array(z.unknown()) });

function readJson(dir: string, name: string, issues: DataIssue[]): unknown {
  const file = `data/${name}`;
  const path = join(dir, name);
  if (!existsSync(path)) {
    issues.push({ file, row: null, id: null, field: null, reason: "file is missing" });
    return undefined;
  }
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    issues.push({ file, row: null, id: null, field: null, reason: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function zodIssues(error: z.ZodError, file: string, row: number | null, id: string | null): DataIssue[] {
  return error.issues.map((issue) => ({
    file,
    row,
    id,
    field: issue.path.length > 0 ? issue.path.join(".") : null,
    reason: issue.message,
  }));
}

function rowId(raw: unknown): string | null {
  return typeof raw === "object" && raw !== null && "id" in raw && typeof raw.id === "string" ? raw.id : null;
}

/** Parses a list of rows one by one, so that every bad row is reported with its number. */
function parseRows<T>(
  schema: z.ZodType<T>,
  rows: unknown[],
  file: string,
  issues: DataIssue[],
): { valid: T[]; rowNumbers: number[] } {
  const valid: T[] = [];
  const rowNumbers: number[] = [];
  rows.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      valid.push(result.data);
      rowNumbers.push(index + 1);
    } else issues.push(...zodIssues(result.error, file, index + 1, rowId(raw)));
  });
  return { valid, rowNumbers };
}

/** Reads a file that holds one object, reporting each field that fails the schema. */
function readObject<T>(dir: string, name: string, schema: z.ZodType<T>, issues: DataIssue[]): T | null {
  const raw = readJson(dir, name, issues);
  if (raw === undefined) return null;
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  issues.push(...zodIssues(parsed.error, `data/${name}`, null, null));
  return null;
}

/** Reads a file that holds a plain list of entries (checks, changelog, gaps, tensions). */
function readList<T>(dir: string, name: string, schema: z.ZodType<T>, issues: DataIssue[]): T[] {
  const file = `data/${name}`;
  const raw = readJson(dir, name, issues);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    issues.push({ file, row: null, id: null, field: null, reason: "must be a list" });
    return [];
  }
  return parseRows(schema, raw, file, issues).valid;
}

/**
 * Reads and schema-checks every dataset, the collection, the consistency checks and the changelog from `dir`.
 * Bad rows are left out of the result and reported in `issues` with file, row, field and reason.
 */
export function loadData(dir: string): { data: SiteData; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const datasets: AnyDataset[] = [];
  for (const { id, kind } of datasetRegistry) {
    const file = `data/${id}.json`;
    const parsed = readObject(dir, `${id}.json`, DatasetFile, issues);
    if (!parsed) continue;
    const { rows, ...meta } = parsed;
    if (meta.id !== id)
      issues.push({ file, row: null, id: null, field: "id", reason: `must be "${id}", the file name` });
    const schema = rowSchemas[kind] as z.ZodType<RowOf<typeof kind>>;
    const { valid, rowNumbers } = parseRows(schema, rows, file, issues);
    datasets.push({ id, kind, meta, rows: valid, rowNumbers, file } as AnyDataset);
  }
  const collection = readObject(dir, "collection.json", CollectionMeta, issues);
  const checks = readList(dir, "checks.json", CheckRow, issues);
  const changelog = readList(dir, "changelog.json", ChangelogEntry, issues);
  const gaps = readList(dir, "gaps.json", GapRow, issues);
  const tensions = readList(dir, "tensions.json", TensionRow, issues);
  return { data: { datasets, collection, checks, changelog, gaps, tensions }, issues };
}
