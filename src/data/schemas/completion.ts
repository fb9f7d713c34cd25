import { z } from "zod";
import { Bilingual, doc, evidenceFields, Id, PartialDate } from "./common";

/** The date on which one county-level unit reported its relocation move-in task complete. */
export const CompletionRow = z.strictObject({
  id: doc(Id, "Row id; also the figure's permalink anchor", "行编号，也是永久链接锚点"),
  entity: doc(Id, "County-level unit (see counties)", "县级单位（见县市数据集）"),
  date: doc(PartialDate, "Date the move-in task was reported complete (YYYY-MM-DD)", "报告完成搬迁入住任务的日期"),
  yearInferred: doc(
    z.boolean(),
    "True when the source prints only month and day and the year comes from another source",
    "来源只写月日、年份由其他来源推定时为 true",
  ),
  ...evidenceFields,
  note: doc(Bilingual.nullable(), "What a reader should know, or null", "说明；无则为 null"),
});
export type CompletionRow = z.output<typeof CompletionRow>;
