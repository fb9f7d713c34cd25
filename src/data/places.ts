import { getDatasets } from "./index";
import type { Bilingual } from "~/i18n/locales";
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
