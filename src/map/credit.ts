import { graphicCredit, sourceLineText } from "~/data/citation";
import { getDict, type Lang } from "~/i18n";
import { mapLayers, type SourceRef } from "./types";
import type { MapState } from "./views";

/**
 * The map's source line as text, for the PNG and SVG pictures (the map's and the county cards') and
 * the embeds' captions: its sources with their grades, who made it under which licence, and the
 * boundaries' credit, in the order src/components/map/MapCredits.astro writes them on the pages.
 */
export function mapCreditLine(sources: readonly SourceRef[], lang: Lang): string {
  return sourceLineText(sources, lang, mapCredits(lang));
}

/** What follows the sources in every map source line: who made it under which licence, and the boundaries. */
export function mapCredits(lang: Lang): string[] {
  return [graphicCredit("map", lang), getDict(lang).map.boundaryCredit];
}

/** The sources of all the map's layers, each once, by id: the map page's and the map embed's. */
export function allMapSources({ legends }: MapState): SourceRef[] {
  const sources = new Map(mapLayers.flatMap((layer) => legends[layer].sources.map((s) => [s.id, s] as const)));
  return [...sources.values()].sort((a, b) => a.id.localeCompare(b.id, "en", { numeric: true }));
}
