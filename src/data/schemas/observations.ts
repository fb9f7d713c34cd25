import { z } from "zod";
import { Bilingual, ComputeOperation, doc, evidenceFields, Id, Period, Qualifier, Status, Unit } from "./common";

const shared = {
  id: doc(
    Id,
    "Row id; also the figure's permalink anchor and the id used by <Fact>",
    "行编号；也是该数字的永久链接锚点和 <Fact> 使用的编号",
  ),
  entity: doc(
    Id,
    "Id of the place the figure is about (see places, counties, resettlement-sites)",
    "数字所指地点的编号（见地点、县市、安置点数据集）",
  ),
  measureKey: doc(
    Id,
    "What is measured, as a key shared by rows from different sources that state the same measure",
    "所度量指标的键；不同来源陈述同一指标的行共用此键",
  ),
  measure: doc(Bilingual, "What the figure measures", "数字度量的内容"),
  value: doc(
    z.number(),
    "The figure, in the unit of the row (万 and 亿 expanded)",
    "数值，单位见本行 unit（万、亿已换算）",
  ),
  unit: doc(Unit, "Unit of the value", "数值的单位"),
  qualifier: doc(Qualifier, "How exact the figure is, from its own words", "数字的精确程度（依原文措辞）"),
  period: doc(
    Period.nullable(),
    "Date or period the figure refers to (ISO 8601; a period as START/END), or null when the source gives none",
    "数字所指的日期或时期（ISO 8601；时期写作 起/止）；来源未给出时为 null",
  ),
  periodInferred: doc(
    z.boolean().default(false),
    "True when the source does not state the period and it is inferred (from the publication date, a neighbouring figure or the page's heading); said wherever the period is shown",
    "来源没有写明时期、由本站推定（依据发布日期、相邻数字或页面标题）时为 true；凡显示时期之处都会注明",
  ),
  status: doc(Status, "planned, completed, target (a commitment) or reported", "规划、已完成、目标（承诺）或报道数"),
  preferred: doc(
    z.boolean(),
    "True for the one row the site shows when several sources give the same measure",
    "多个来源给出同一指标时，网站默认展示的那一行为 true",
  ),
  note: doc(
    Bilingual.nullable(),
    "What a reader should know about this figure, or null",
    "读者需要了解的说明；无则为 null",
  ),
};

/** A figure stated by a source, with its evidence. */
export const ReportedRow = z.strictObject({
  kind: doc(
    z.literal("reported"),
    "reported: stated by a source; derived: computed here",
    "reported：来源陈述；derived：本站计算",
  ),
  ...shared,
  ...evidenceFields,
  quoteReformatted: doc(
    z.boolean().default(false),
    "True when the quote is an entry of a list or table as retyped in the research notes (e.g. “Xingyi 2911 km²”), not the page's running words",
    "引文是研究笔记转录的列表或表格条目（如“Xingyi 2911 km²”），而非页面原句时为 true",
  ),
});

/**
 * How a derived figure is computed from other rows:
 * sum (a + b + …), difference (a − b), share (a ÷ b × 100, in percent),
 * share-of-share (a × b ÷ 100, two percentages chained), remainder (100 − a − …, the rest of a whole).
 */
export const Derivation = z.strictObject({
  op: ComputeOperation,
  inputs: z.array(Id).min(1),
  decimals: z.number().int().min(0).max(6),
});
export type Derivation = z.output<typeof Derivation>;

/** A figure computed here from other rows, labelled as such, naming its inputs. */
export const DerivedRow = z.strictObject({
  kind: doc(
    z.literal("derived"),
    "reported: stated by a source; derived: computed here",
    "reported：来源陈述；derived：本站计算",
  ),
  ...shared,
  derivation: doc(Derivation, "How the figure is computed, and from which rows", "计算方法及所用的行"),
});

/** A row of an observations dataset. */
export const ObservationRow = z.discriminatedUnion("kind", [ReportedRow, DerivedRow]);
export type ObservationRow = z.output<typeof ObservationRow>;
export type ReportedRow = z.output<typeof ReportedRow>;
export type DerivedRow = z.output<typeof DerivedRow>;
