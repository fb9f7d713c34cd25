import { z } from "zod";
import { Bilingual, doc, Id } from "./common";

/** GB/T 2260 code of a county-level division: six digits. */
const DivisionCode = z.string().regex(/^\d{6}$/, "must be a six-digit GB/T 2260 code");

/** A county-level unit of 黔西南州: one of the eight counties and cities, or 义龙新区. */
export const CountyRow = z.strictObject({
  id: doc(Id, "County id, used by every row about the county", "县市编号，供相关数据引用"),
  code: doc(
    DivisionCode.nullable(),
    "GB/T 2260 code, or null (义龙新区 is a functional area without one)",
    "GB/T 2260 行政区划代码；义龙新区为功能区，无代码",
  ),
  formerCode: doc(
    DivisionCode.nullable(),
    "Earlier code, for a unit renamed during the period, or null",
    "期间更名单位的原代码；无则为 null",
  ),
  name: doc(Bilingual, "Name", "名称"),
  formerName: doc(Bilingual.nullable(), "Earlier name, or null", "原名称；无则为 null"),
  kind: doc(
    z.enum(["county", "county-level-city", "functional-area"]),
    "county (县), county-level city (县级市) or functional area (新区)",
    "县、县级市或功能区",
  ),
  hasBoundary: doc(z.boolean(), "True when the boundary file has a polygon for it", "边界文件中有其多边形时为 true"),
  note: doc(Bilingual.nullable(), "What a reader should know, or null", "说明；无则为 null"),
});
export type CountyRow = z.output<typeof CountyRow>;

/** Any other place a figure is about: the province, the prefecture, townships, sub-districts, schools. */
export const PlaceRow = z.strictObject({
  id: doc(Id, "Place id", "地点编号"),
  kind: doc(
    z.enum([
      "region",
      "province",
      "prefecture",
      "township",
      "town",
      "sub-district",
      "village",
      "area",
      "school",
      "education-park",
    ]),
    "What kind of place",
    "地点类型",
  ),
  name: doc(Bilingual, "Name", "名称"),
  parent: doc(
    Id.nullable(),
    "The place it lies in (a county, the prefecture, the province), or null",
    "上级地点；无则为 null",
  ),
  note: doc(Bilingual.nullable(), "What a reader should know, or null", "说明；无则为 null"),
});
export type PlaceRow = z.output<typeof PlaceRow>;
