import { z } from "zod";
import { Bilingual, ComputeOperation, doc, Id, PartialDate, SourceId, Text } from "./common";

/** A consistency check between figures: a sum, a share or a chained share that should hold. */
export const CheckRow = z.strictObject({
  id: Id,
  description: Bilingual,
  op: ComputeOperation,
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

/**
 * The collection as a whole (`data/collection.json`): its name in file names and
 * `datapackage.json`, its title, description and keywords for citations and the data package, and
 * the labels of the facts that the completion and sites datasets state by a field rather than a
 * measure column, by measure key.
 */
export const CollectionMeta = z.strictObject({
  name: Id,
  title: Bilingual,
  /** In English, as `datapackage.json` gives it. */
  description: Text,
  keywords: z.array(Text).min(1),
  measures: z.strictObject({
    "move-in-completed": Bilingual,
    "site-households": Bilingual,
    "site-people": Bilingual,
  }),
});
export type CollectionMeta = z.output<typeof CollectionMeta>;

/** Something the sources do not tell, which the site says plainly instead of filling in. */
export const GapRow = z.strictObject({
  id: Id,
  title: Bilingual,
  text: Bilingual,
  /** Sources that come closest, or that show only part of it. */
  related: z.array(SourceId),
});
export type GapRow = z.output<typeof GapRow>;

/**
 * Figures that pull against each other although they are not the same measure, or that change
 * over time (晴隆's “near half” rocky desertification beside its 53 % karst; Guizhou's relocation
 * scope from 162.5万 to 192万): shown side by side, in this order, with a text that says why.
 */
export const TensionRow = z.strictObject({
  id: Id,
  title: Bilingual,
  /** Why the figures are shown together; figures themselves are not typed here but rendered from the rows. */
  text: Bilingual,
  /** The figures' row ids, in the order to show them. */
  facts: z.array(Id).min(2, "a tension needs at least two figures"),
});
export type TensionRow = z.output<typeof TensionRow>;
