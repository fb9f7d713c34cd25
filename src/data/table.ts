import { z } from "zod";
import { partialDate, type FieldDoc } from "./schemas/common";
import { getDict } from "~/i18n";
import type { Lang } from "~/i18n/locales";

/** A column's description in language `out`, naming the language `lang` its values are in: `名称（中文）`. */
function inLanguage(text: string, out: Lang, lang: Lang): string {
  const { punct, languages } = getDict(out);
  return `${text}${punct.open}${languages[lang]}${punct.close}`;
}

/** A column of a dataset's flat table (CSV, XLSX, the page table, datapackage.json). */
export interface Column {
  /** snake_case column name, e.g. `people_as_written`. */
  name: string;
  /** The path of the value in a row, e.g. `["people", "asWritten"]`. */
  path: string[];
  /** Frictionless field type. */
  type: "string" | "number" | "integer" | "boolean";
  /** Lists (arrays) are written as one cell, items separated by `; `; an empty list is an empty cell. */
  list: boolean;
  /** True when the cell may be empty (the value is null, or the row is of a kind without this field). */
  nullable: boolean;
  /** Allowed values, for enumerations. */
  enum?: string[];
  /** A date at the precision its source gives (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), written as text. */
  partialDate?: true;
  doc: FieldDoc;
}

/** The separator of list items within one cell. */
export const LIST_SEPARATOR = "; ";

type AnySchema = z.core.$ZodType;

function defOf(schema: AnySchema): z.core.$ZodTypeDef & Record<string, unknown> {
  return schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
}

function docOf(schema: AnySchema): FieldDoc | undefined {
  const meta = z.globalRegistry.get(schema) as Partial<FieldDoc> | undefined;
  return meta?.en && meta.zh ? (meta as FieldDoc) : undefined;
}

/** Strips nullable/optional/default wrappers, remembering whether null is allowed. */
function unwrap(schema: AnySchema): { inner: AnySchema; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === "nullable" || def.type === "optional" || def.type === "default") {
      nullable ||= def.type !== "default";
      inner = def.innerType as AnySchema;
    } else if (def.type === "pipe") {
      inner = def.in as AnySchema;
    } else {
      return { inner, nullable };
    }
  }
}

function isBilingual(schema: AnySchema): boolean {
  const def = defOf(schema);
  if (def.type !== "object") return false;
  return (
    Object.keys(def.shape as object)
      .sort()
      .join(",") === "en,zh"
  );
}

function snake(path: string[]): string {
  return path.map((p) => p.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)).join("_");
}

function leafType(schema: AnySchema): Pick<Column, "type" | "enum" | "partialDate"> {
  const def = defOf(schema);
  switch (def.type) {
    case "number": {
      const checks = (def.checks ?? []) as { _zod: { def: { format?: string } } }[];
      return { type: checks.some((c) => c._zod.def.format === "safeint") ? "integer" : "number" };
    }
    case "boolean":
      return { type: "boolean" };
    case "enum":
      return { type: "string", enum: Object.values(def.entries as Record<string, string>) };
    case "literal":
      return { type: "string", enum: (def.values as unknown[]).map(String) };
    case "string": {
      const checks = (def.checks ?? []) as { _zod: { def: { format?: string; pattern?: RegExp } } }[];
      const isDate = checks.some(
        (c) => c._zod.def.format === "regex" && c._zod.def.pattern?.source === partialDate.source,
      );
      return isDate ? { type: "string", partialDate: true } : { type: "string" };
    }
    default:
      return { type: "string" };
  }
}

function joinDoc(parent: FieldDoc | undefined, child: FieldDoc | undefined, where: string): FieldDoc {
  if (!child && !parent) throw new Error(`schema field "${where}" has no documentation: add doc()`);
  if (!parent) return child as FieldDoc;
  if (!child) return parent;
  const unit = child.unit ?? parent.unit;
  const joined = { en: `${parent.en}: ${child.en}`, zh: `${parent.zh}：${child.zh}` };
  return unit ? { ...joined, unit } : joined;
}

function columnsOfObject(
  shape: Record<string, AnySchema>,
  prefix: string[],
  parentDoc: FieldDoc | undefined,
  parentNullable: boolean,
): Column[] {
  return Object.entries(shape).flatMap(([key, field]) => {
    const path = [...prefix, key];
    const { inner, nullable: selfNullable } = unwrap(field);
    const nullable = parentNullable || selfNullable;
    const fieldDoc = docOf(field) ?? docOf(inner);
    const def = defOf(inner);
    if (isBilingual(inner)) {
      const d = joinDoc(parentDoc, fieldDoc, path.join("."));
      return (["zh", "en"] as const).map((lang) => ({
        name: snake([...path, lang]),
        path: [...path, lang],
        type: "string" as const,
        list: false,
        nullable,
        doc: { ...d, en: inLanguage(d.en, "en", lang), zh: inLanguage(d.zh, "zh", lang) },
      }));
    }
    if (def.type === "object") {
      return columnsOfObject(def.shape as Record<string, AnySchema>, path, fieldDoc ?? parentDoc, nullable);
    }
    const list = def.type === "array";
    const leaf = list ? unwrap(def.element as AnySchema).inner : inner;
    const column: Column = {
      name: snake(path),
      path,
      list,
      nullable,
      ...leafType(leaf),
      doc: joinDoc(prefix.length > 0 ? parentDoc : undefined, fieldDoc, path.join(".")),
    };
    return [column];
  });
}

/**
 * The flat columns of a row schema, in schema order, documented from the schema's `doc()`
 * metadata. A union of row kinds gives the union of their columns. Throws when a field has no
 * documentation, so every column in every download is described.
 */
export function columnsOf(schema: AnySchema): Column[] {
  const def = defOf(schema);
  const options = def.type === "union" ? (def.options as AnySchema[]) : [schema];
  const columns: Column[] = [];
  for (const option of options) {
    const shape = defOf(option).shape as Record<string, AnySchema>;
    for (const column of columnsOfObject(shape, [], undefined, false)) {
      const existing = columns.find((c) => c.name === column.name);
      if (!existing) columns.push(options.length > 1 ? { ...column, nullable: true } : column);
      else if (existing.enum && column.enum) existing.enum = [...new Set([...existing.enum, ...column.enum])];
    }
  }
  if (options.length > 1) {
    // Columns every option has are not nullable because of the union.
    for (const column of columns) {
      column.nullable = !options.every((o) => {
        const found = columnsOfObject(defOf(o).shape as Record<string, AnySchema>, [], undefined, false).find(
          (c) => c.name === column.name,
        );
        return found && !found.nullable;
      });
    }
  }
  return columns;
}

/** A cell's value in a flat record: null for an empty cell. */
export type Cell = string | number | boolean | null;

function at(row: unknown, path: string[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined),
    row,
  );
}

/** One row as a flat record, keyed by column name. */
export function flattenRow(row: unknown, columns: Column[]): Record<string, Cell> {
  return Object.fromEntries(
    columns.map((column) => {
      const value = at(row, column.path);
      if (value === undefined || value === null) return [column.name, null];
      // An empty list is an empty cell, like a missing value.
      if (column.list)
        return [
          column.name,
          (value as unknown[]).length > 0 ? (value as unknown[]).map(String).join(LIST_SEPARATOR) : null,
        ];
      return [column.name, value as Cell];
    }),
  );
}
