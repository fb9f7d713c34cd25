import { z } from "zod";
import { Bilingual, doc, evidenceFields, Id, Period, Qualifier, Status } from "./common";

/** A head-count for a site, with its own evidence. */
export const SiteFigure = z.strictObject({
  value: doc(z.number().int().nonnegative(), "the count", "数值"),
  qualifier: doc(Qualifier, "how exact it is", "精确程度"),
  period: doc(Period, "the date or period it refers to", "所指日期或时期"),
  status: doc(Status, "planned, completed, target or reported", "规划、已完成、目标或报道"),
  ...evidenceFields,
});
export type SiteFigure = z.output<typeof SiteFigure>;

/** A named resettlement site or new-citizen residential area. */
export const SiteRow = z.strictObject({
  id: doc(Id, "Site id", "安置点编号"),
  name: doc(Bilingual, "Name of the site", "安置点名称"),
  kind: doc(
    z.enum(["residential-area", "resettlement-site", "town"]),
    "residential-area (新市民居住区), resettlement-site (安置点) or town (小镇)",
    "新市民居住区、安置点或小镇",
  ),
  county: doc(Id, "County-level unit the site is in (see counties)", "所在县级单位（见县市数据集）"),
  subDistrict: doc(
    Bilingual.nullable(),
    "Sub-district (街道) where a source names it, or null",
    "来源写明的所在街道；无则为 null",
  ),
  households: doc(
    SiteFigure.nullable(),
    "Households resettled here, with evidence, or null when no source gives it",
    "安置户数及证据；无来源则为 null",
    "households",
  ),
  people: doc(
    SiteFigure.nullable(),
    "People resettled here, with evidence, or null when no source gives it",
    "安置人数及证据；无来源则为 null",
    "persons",
  ),
  origins: doc(
    z.array(Id),
    "County-level units the residents came from, where a source lists them",
    "来源列出的搬迁群众来源县",
  ),
  originsEvidence: doc(
    z.strictObject(evidenceFields).nullable(),
    "Evidence for the list of origins, or null when none is known",
    "来源县列表的证据；未知则为 null",
  ),
  wholeTownships: doc(
    z.array(Id),
    "Townships (see places) that a source says moved here as a whole (整乡搬迁)",
    "来源写明整乡搬迁至此的乡（见“地点”数据集）",
  ),
  wholeTownshipsEvidence: doc(
    z.strictObject(evidenceFields).nullable(),
    "Evidence for the whole-township moves, or null when there are none",
    "整乡搬迁的证据；无则为 null",
  ),
  location: doc(
    z.enum(["county-seat", "sub-district"]),
    "Where the map places the site: no source gives coordinates, so at the county seat, or the sub-district where known",
    "地图上的位置：没有来源给出坐标，故置于县城，或已知的街道",
  ),
  ...evidenceFields,
  note: doc(Bilingual.nullable(), "What a reader should know, or null", "说明；无则为 null"),
});
export type SiteRow = z.output<typeof SiteRow>;
