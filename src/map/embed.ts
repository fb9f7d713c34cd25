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
import { getMapView } from "./index";

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

/** The map's credit line: its sources, the boundary package and the site. */
function mapCredit(lang: Lang): string {
  const t = getDict(lang);
  const { state } = getMapView(lang);
  const ids = [...new Set(Object.values(state.legends).flatMap((l) => l.sources.map((s) => s.id)))].sort((a, b) =>
    a.localeCompare(b, "en", { numeric: true }),
  );
  return `${t.map.sourceLine}${t.punct.colon}${ids.join(", ")} · ${t.map.boundaryCredit} · ${t.map.schematic} · ${t.site.name}, ${t.footer.data}`;
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
