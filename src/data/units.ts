/**
 * Every unit a figure may carry, with its label in both languages. A row whose unit is not
 * listed here fails validation, so every unit on the site has a translation.
 */
export interface UnitLabel {
  /** Written straight after the number on Chinese pages (`338,506人`); empty for none. */
  zh: string;
  /** English singular and plural (`1 person`, `2 people`); `%` and similar are symbols. */
  en: { one: string; other: string };
  /** A symbol is written without a space (`60.3%`) in both languages. */
  symbol?: boolean;
  /** How to express a value in another unit of the same kind before comparing (9 分 = 0.9 亩). */
  convert?: { to: string; factor: number };
}

const count = (zh: string, one: string, other = `${one}s`): UnitLabel => ({ zh, en: { one, other } });

export const units = {
  persons: count("人", "person", "people"),
  "person-times": count("人次", "attendance"),
  // Jobs counted per person and placement (就业5000多人次).
  "job-placements": count("人次", "job placement"),
  visits: count("人次", "visit"),
  "percentage-points": count("个百分点", "percentage point"),
  households: count("户", "household"),
  percent: { zh: "%", en: { one: "%", other: "%" }, symbol: true },
  fraction: { zh: "", en: { one: "", other: "" }, symbol: true },
  km2: { zh: "平方公里", en: { one: "km²", other: "km²" } },
  hectares: count("公顷", "hectare"),
  metres: { zh: "米", en: { one: "m", other: "m" } },
  km: { zh: "公里", en: { one: "km", other: "km" } },
  m2: { zh: "平方米", en: { one: "m²", other: "m²" } },
  mu: count("亩", "mu", "mu"),
  // 1 fen is a tenth of a mu; the unit table in the downloads says so.
  fen: { ...count("分", "fen", "fen"), convert: { to: "mu", factor: 0.1 } },
  "jin-per-mu": { zh: "斤/亩", en: { one: "jin per mu", other: "jin per mu" } },
  yuan: count("元", "yuan", "yuan"),
  "yuan-per-month": { zh: "元/月", en: { one: "yuan a month", other: "yuan a month" } },
  "m2-per-person": { zh: "平方米/人", en: { one: "m² per person", other: "m² per person" } },
  "persons-per-household": { zh: "人/户", en: { one: "person per household", other: "people per household" } },
  villages: count("个", "village"),
  hamlets: count("个", "hamlet"),
  townships: count("个", "township"),
  counties: count("个", "county", "counties"),
  "resettlement-sites": count("个", "resettlement site"),
  "residential-areas": count("个", "residential area"),
  dwellings: count("套", "dwelling"),
  schools: count("所", "school"),
  institutions: count("个", "institution"),
  centres: count("个", "centre"),
  halls: count("个", "hall"),
  teams: count("支", "team"),
  sessions: count("场次", "session"),
  offices: count("个", "office"),
  committees: count("个", "committee"),
  groups: count("个", "group"),
  rooms: count("个", "room"),
  organisations: count("个", "organisation"),
  enterprises: count("家", "enterprise"),
  jobs: count("个", "job"),
  pupils: count("名", "pupil"),
  measures: count("项", "measure"),
  tasks: count("项", "task"),
  plans: count("个", "plan"),
  systems: count("个", "system"),
  platforms: count("个", "platform"),
  steps: count("步", "step"),
  principles: count("个", "principle"),
  projects: count("个", "project"),
  years: count("年", "year"),
  minutes: count("分钟", "minute"),
  greenhouses: count("个", "greenhouse"),
  head: count("只", "head", "head"),
  "head-per-year": { zh: "只/年", en: { one: "head a year", other: "head a year" } },
  species: count("种", "species", "species"),
  rank: { zh: "位", en: { one: "", other: "" }, symbol: true },
} as const satisfies Record<string, UnitLabel>;

/** A unit id. */
export type UnitId = keyof typeof units;

/**
 * A value in the unit figures of its kind are compared in: 9 分 → 0.9 亩. Units without a
 * conversion are their own base.
 */
export function toBaseUnit(value: number, unit: UnitId): { value: number; unit: string; factor: number } {
  const label: UnitLabel = units[unit];
  return label.convert
    ? { value: value * label.convert.factor, unit: label.convert.to, factor: label.convert.factor }
    : { value, unit, factor: 1 };
}

/** The ids of every unit, for the schema's enum. */
export const unitIds = Object.keys(units) as [UnitId, ...UnitId[]];
