/**
 * Embedding the map, through the embed builder of the charts (src/charts/embedCode.ts): a
 * chrome-less page at `embed/map/?v=<data version>`, the same host script (embed.js) for resizing,
 * a no-script snippet with the PNG of the completion layer, and an oEmbed document at `oembed/map.json`.
 */
import { getDataRelease } from "~/data/downloads";
import { svgSize, type Embeddable, type EmbedImage } from "~/core/embedCode";
import { getDict, type Lang } from "~/i18n";
import { localePath } from "~/core/urls";
import { mapImageSvg } from "./images";
import { allMapSources, mapCreditLine } from "./credit";
import { getMapView } from "./index";
import { creditSeparator } from "~/data/citation";

/** The id the embed uses where a chart uses its chart id (`data-chart`, resize messages, URLs). */
export const MAP_EMBED_ID = "map";

/**
 * A height that shows the whole embed without the resizing script in a 640-pixel column: title,
 * layer switch, map (the taller build-time SVG when JavaScript is off), base-map switch, the longest
 * legend, credits and the closed list. Unlike a chart's, most of these parts are laid out by the
 * browser (Leaflet, the list), so the figure is measured, not derived: in Chromium the content is
 * at most 1,195 px (English, 640 px wide; 1,135 in Chinese), leaving 45 px to spare. The map's
 * browser test (tests/browser/map.test.ts) fails if the content outgrows it, with and without
 * JavaScript.
 */
const MAP_EMBED_HEIGHT = 1240;

/** The map page, as a site path. */
export const mapPagePath = (lang: Lang) => localePath(lang, "map/");

/** The map's source line (all its layers' sources) and its schematic notice, for the embed's caption. */
function mapCredit(lang: Lang): string {
  return `${mapCreditLine(allMapSources(getMapView(lang).state), lang)}${creditSeparator}${getDict(lang).map.schematic}`;
}

/** The PNG of the completion layer, with its size (from its SVG, which the PNG is drawn from at the same width). */
function mapPng(lang: Lang): EmbedImage {
  return { path: localePath(lang, "map/completion.png"), ...svgSize(mapImageSvg(lang, "completion")) };
}

/** The map as an embed. */
export function mapEmbed(lang: Lang): Embeddable {
  return {
    id: MAP_EMBED_ID,
    lang,
    version: getDataRelease().version,
    title: getDict(lang).map.pageTitle,
    height: MAP_EMBED_HEIGHT,
    pagePath: mapPagePath(lang),
    credit: mapCredit(lang),
    alt: getMapView(lang).state.descriptions.completion,
    image: () => mapPng(lang),
    thumbnail: () => mapPng(lang),
  };
}
