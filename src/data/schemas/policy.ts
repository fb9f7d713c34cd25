import { z } from "zod";
import { Bilingual, doc, evidenceFields, Id, PartialDate, Qualifier, Unit } from "./common";

/** An entry of the policy record: a document, one of the measures, a framework, a dated milestone or a target. */
export const PolicyRow = z.strictObject({
  id: doc(Id, "Row id; also the permalink anchor", "行编号，也是永久链接锚点"),
  kind: doc(
    z.enum(["document", "measure", "framework", "milestone", "target"]),
    "document, measure (one of the 13), framework, milestone (dated event) or target (a commitment, not an outcome)",
    "文件、推进措施（13 项之一）、体系框架、时间节点，或目标（承诺而非结果）",
  ),
  name: doc(Bilingual, "Name or short description", "名称或简述"),
  date: doc(
    PartialDate.nullable(),
    "When, at the precision the source gives, or null",
    "时间（按来源精度）；无则为 null",
  ),
  value: doc(
    z.number().nullable(),
    "The figure, for counts and targets, or null",
    "数值（用于数量和目标）；无则为 null",
  ),
  unit: doc(Unit.nullable(), "Unit of the value, or null", "数值单位；无则为 null"),
  qualifier: doc(Qualifier, "How exact the figure is", "数字的精确程度"),
  status: doc(
    z.enum(["adopted", "completed", "target", "reported"]),
    "adopted (a policy issued), completed, target (a commitment) or reported",
    "已出台、已完成、目标（承诺）或报道",
  ),
  measureKey: doc(
    Id.nullable(),
    "Key shared by rows from different sources about the same thing, or null",
    "不同来源陈述同一事项时共用的键；无则为 null",
  ),
  preferred: doc(z.boolean(), "True for the row shown when sources disagree", "来源不一致时默认展示的行为 true"),
  ...evidenceFields,
  note: doc(Bilingual.nullable(), "What a reader should know, or null", "说明；无则为 null"),
});
export type PolicyRow = z.output<typeof PolicyRow>;
