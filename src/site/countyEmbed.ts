/**
 * Embedding a county's card, through the embed builder of the charts and the map
 * (src/charts/embedCode.ts): a chrome-less page at `embed/county-<id>/?v=<data version>`, the same
 * host script (embed.js) for resizing, a no-script snippet with a PNG, and an oEmbed document.
 */
import { getDataRelease } from "~/data/downloads";
import { svgSize, type Embeddable, type EmbedImage } from "~/core/embedCode";
import type { CountyRow } from "~/data/schemas/places";
import { getDict, type Lang } from "~/i18n";
import { countyPagePath, countyCardPath, countyDownloadPath } from "~/core/urls";
import { sourceLineText } from "~/data/citation";
import { mapCredits } from "~/map/credit";
import { getMapView, renderMapSvg, type MapSvgOptions } from "~/map/index";
import { fillTemplate } from "~/map/template";

/** The id the embed uses where a chart uses its chart id (`data-chart`, resize messages, URLs). */
export const countyEmbedId = (id: string) => `county-${id}`;

/**
 * The iframe's height without the resizing script, meant to show the whole card in a 640-pixel
 * column: a figure measured when the cards were added, like the map's (the browser lays out the
 * card's list and map), which no test guards. The cards have grown since: in Chromium at 640 px,
 * only 3 of the 18 county embeds fit in it now (the tallest, 晴隆县 in English, needs 4,064 px), so
 * the snippets without the resizing script cut them off.
 */
const COUNTY_EMBED_HEIGHT = 760;

/**
 * The county on the prefecture's map of sites, outlined where it has a boundary (义龙新区 has none):
 * the county page, its embed and its card all draw it so.
 */
export function countyMapSvg(county: CountyRow, lang: Lang, options: Omit<MapSvgOptions, "layers" | "focus">): string {
  return renderMapSvg(lang, { ...options, layers: ["sites"], focus: county.hasBoundary ? county.id : null });
}

/** The card's picture: the county on the map of the prefecture, with title, legend and credits drawn in. */
export function countyCardSvg(county: CountyRow, lang: Lang, width = 1200): string {
  return countyMapSvg(county, lang, {
    frame: true,
    width,
    idPrefix: `county-card-${county.id}`,
    title: county.name[lang],
  });
}

/** The card's downloads: the county's figures as CSV, JSON and XLSX (language-neutral files). */
export function countyDownloadPaths(id: string): { format: "csv" | "json" | "xlsx"; path: string }[] {
  return (["csv", "json", "xlsx"] as const).map((format) => ({
    format,
    path: countyDownloadPath(id, format),
  }));
}

/** The sources of the card's map: those of its sites layer. */
export const countySources = (lang: Lang) => getMapView(lang).state.legends.sites.sources;

/** What follows the sources in the card's source line: the map's credits and the schematic notice. */
export const countyCredits = (lang: Lang) => [...mapCredits(lang), getDict(lang).map.schematic];

/** The card's source line as text, for the no-script snippet. */
function countyCredit(lang: Lang): string {
  return sourceLineText(countySources(lang), lang, countyCredits(lang));
}

/** The card's PNG, with its size (from its SVG, which the PNG is drawn from at the same width). */
function countyPng(county: CountyRow, lang: Lang): EmbedImage {
  return { path: countyCardPath(county.id, lang), ...svgSize(countyCardSvg(county, lang)) };
}

/** A county's card as an embed. */
export function countyEmbed(county: CountyRow, lang: Lang): Embeddable {
  return {
    id: countyEmbedId(county.id),
    lang,
    version: getDataRelease().version,
    title: county.name[lang],
    height: COUNTY_EMBED_HEIGHT,
    pagePath: countyPagePath(county.id, lang),
    credit: countyCredit(lang),
    alt: fillTemplate(getDict(lang).countyPage.mapCaption, { county: county.name[lang] }),
    image: () => countyPng(county, lang),
    thumbnail: () => countyPng(county, lang),
  };
}
