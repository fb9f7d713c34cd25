import { getDatasets } from "./index";
import type { Bilingual } from "~/i18n/locales";
import type { CountyRow } from "./schemas/places";
import type { Lang } from "~/i18n/locales";

/** The name of any place id (county, site or other place), in a language. */
export function getPlaceName(id: string, lang: Lang): string {
  for (const dataset of getDatasets()) {
    if (dataset.kind !== "counties" && dataset.kind !== "places" && dataset.kind !== "sites") continue;
    const row = (dataset.rows as { id: string; name: Bilingual }[]).find((r) => r.id === id);
    if (row) return row.name[lang];
  }
  throw new Error(`unknown place "${id}"`);
}

/**
 * The short name of a county as stories write it: 望谟县 → 望谟, 义龙新区 → 义龙, "Wangmo County" → "Wangmo".
 * Two-character names keep their suffix (no county here has one, but 一字 names would match too much).
 */
export function countyShortNames(county: CountyRow): Bilingual {
  const zh = county.name.zh.replace(/(新区|县|市)$/, "");
  const en = county.name.en.replace(/\s+(County|City|New Area)$/, "");
  return { zh: zh.length >= 2 ? zh : county.name.zh, en };
}
