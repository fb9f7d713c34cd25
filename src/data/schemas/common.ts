import { z } from "zod";
import { computeOps } from "../compute";
import { unitIds } from "../units";
import type { Bilingual as BilingualText } from "~/i18n/locales";

/**
 * Field documentation, in both languages, attached to a schema with `.meta()`. The dataset
 * pages, the XLSX field sheet and `datapackage.json` all read their field descriptions from it.
 */
export interface FieldDoc {
  en: string;
  zh: string;
  /** The unit of the field's values, where one unit applies to the whole column. */
  unit?: string;
}

/** Attaches bilingual documentation to a schema. */
export function doc<T extends z.ZodType>(schema: T, en: string, zh: string, unit?: string): T {
  return schema.meta(unit ? { en, zh, unit } : { en, zh });
}

/** A non-empty string with no leading or trailing blanks. */
export const Text = z
  .string()
  .min(1, "must not be empty")
  .refine((s) => s.trim() === s, "must not start or end with blanks");

/** A text in both languages (the `Bilingual` of i18n/locales): a missing or empty translation fails validation. */
export const Bilingual = z.strictObject({
  zh: Text.refine(
    (s) => /\p{Script=Han}/u.test(s) || /^[\p{P}\p{N}\p{S}\p{Zs}]+$/u.test(s),
    "the Chinese text has no Chinese: is the translation missing?",
  ),
  en: Text,
}) satisfies z.ZodType<BilingualText>;

/** A kebab-case identifier, as used in URLs and file names. */
export const Id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");

/** A source id: `S00`–`S24`, with a letter for a part (`S16a`), or `R-…` for reference material. */
export const SourceId = z.string().regex(/^(S\d{2}[a-z]?|R-[A-Z0-9-]+)$/, "must look like S04, S16a or R-GBT2260");

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the pattern of a date at the precision its source gives. */
export const partialDate = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function isPossibleDate(text: string): boolean {
  const [y, m, d] = text.split("-").map(Number);
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  return d >= 1 && d <= new Date(Date.UTC(y ?? 0, m, 0)).getUTCDate();
}

/** A date at the precision the source gives: `2019`, `2019-06` or `2019-06-20`. Impossible dates fail. */
export const PartialDate = z
  .string()
  .regex(partialDate, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine(isPossibleDate, "is an impossible date");

/** A date or a period (`2016/2020`, ISO 8601 interval) that a figure refers to. */
export const Period = z
  .string()
  .refine(
    (s) => s.split("/").length <= 2 && s.split("/").every((p) => partialDate.test(p)),
    "must be a date or a period START/END",
  )
  .refine((s) => s.split("/").every(isPossibleDate), "is an impossible date")
  .refine((s) => {
    const [start, end] = s.split("/");
    return end === undefined || (start ?? "") <= end;
  }, "the period ends before it starts");

/** The unit of a figure; every unit has labels in both languages (see `units.ts`). */
export const Unit = z.enum(unitIds, { error: (issue) => `unknown unit "${String(issue.input)}"` });

/**
 * How exact a figure is, as its words say: `exact`, or the hedges the sources use:
 * more-than (余, 多, 超过, "over"), at-least (以上, 不低于), nearly (近), about (约, 左右, "some"),
 * less-than (不足), at-most (不过, 以下).
 */
export const Qualifier = z.enum(["exact", "more-than", "at-least", "nearly", "about", "less-than", "at-most"]);
export type Qualifier = z.output<typeof Qualifier>;

/** What kind of claim a figure is: planned, completed, a target (a commitment), or reported as is. */
export const Status = z.enum(["planned", "completed", "target", "reported"]);
export type Status = z.output<typeof Status>;

/** The evidence every published figure carries: the source, the exact words, and the figure as written there. */
export const evidenceFields = {
  source: doc(SourceId, "Id of the source (see the sources dataset)", "来源编号（见“来源”数据集）"),
  quote: doc(
    Text,
    "The source's exact words that state the figure, copied verbatim",
    "来源中陈述该数字的原文，逐字照录",
  ),
  asWritten: doc(
    Text,
    "The figure exactly as the quote writes it (e.g. 33.85万, 1/2, 60.3%); it must occur in the quote",
    "引文中该数字的原始写法（如 33.85万、1/2、60.3%），必须出现在引文中",
  ),
};

/** An operation of a derived figure or a consistency check (see `compute`). */
export const ComputeOperation = z.enum(computeOps);
