import { z } from "zod";
import { Bilingual, doc, Id, PartialDate, SourceId, Text } from "./common";

/** A consistency check between figures: a sum, a share or a chained share that should hold. */
export const CheckRow = z.strictObject({
  id: Id,
  description: Bilingual,
  op: z.enum(["sum", "difference", "share", "share-of-share", "remainder"]),
  inputs: z.array(Id).min(1),
  expected: Id,
  /** Largest allowed absolute difference between the computed and the expected value. */
  tolerance: z.number().nonnegative(),
});
export type CheckRow = z.output<typeof CheckRow>;

/** One release of the data. */
export const ChangelogEntry = z.strictObject({
  version: doc(z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version"), "Data version", "数据版本"),
  date: doc(PartialDate, "Release date", "发布日期"),
  changes: z
    .array(
      z.strictObject({
        datasets: z.array(Id).min(1),
        text: Bilingual,
      }),
    )
    .min(1),
});
export type ChangelogEntry = z.output<typeof ChangelogEntry>;

/** The description of a dataset, at the top of its file. */
export const DatasetMeta = z.strictObject({
  id: Id,
  title: Bilingual,
  description: Bilingual,
  /** Things a user of the data must know (definitions, gaps, conflicts). */
  notes: z.array(Bilingual),
  keywords: z.array(Text),
});
export type DatasetMeta = z.output<typeof DatasetMeta>;

/** Something the sources do not tell, which the site says plainly instead of filling in. */
export const GapRow = z.strictObject({
  id: Id,
  title: Bilingual,
  text: Bilingual,
  /** Sources that come closest, or that show only part of it. */
  related: z.array(SourceId),
});
export type GapRow = z.output<typeof GapRow>;
