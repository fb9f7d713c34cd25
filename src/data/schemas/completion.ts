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
  corroboration: doc(
    z
      .strictObject({
        by: doc(
          PartialDate,
          "The date by which a second source says the unit had finished (the completion date must not be later)",
          "第二个来源所说“截至”某日已完成的日期（完成日期不得晚于此日）",
        ),
        ...evidenceFields,
      })
      .nullable()
      .default(null),
    "A second source saying the unit had finished by a date, or null when the date rests on its own source alone",
    "另一来源称该单位截至某日已完成；只有一个来源时为 null",
  ),
  note: doc(Bilingual.nullable(), "What a reader should know, or null", "说明；无则为 null"),
});
export type CompletionRow = z.output<typeof CompletionRow>;
