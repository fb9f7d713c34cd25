import { localePath, mapImagePath } from "~/core/urls";
import type { Lang } from "~/i18n";
import { mapIframeCode, mapOembedLink, mapScriptCode, mapStaticCode } from "~/map/embed";
import { mapLayers, type MapLayer } from "~/map/types";

/** Everything the map page shows besides the map: each layer's image files, embed codes, links. */
export interface MapPage {
  images: { layer: MapLayer; png: string; svg: string }[];
  embed: { iframe: string; script: string; static: string };
  ogImage: string;
  oembed: { type: string; href: string; title: string }[];
}

/** Gathers the map page's parts; `siteUrl` is the site root (origin and base path). */
export function getMapPage(lang: Lang, siteUrl: string): MapPage {
  return {
    images: mapLayers.map((layer) => ({
      layer,
      png: mapImagePath(layer, "png", lang),
      svg: mapImagePath(layer, "svg", lang),
    })),
    embed: {
      iframe: mapIframeCode(lang, siteUrl),
      script: mapScriptCode(lang, siteUrl),
      static: mapStaticCode(lang, siteUrl),
    },
    ogImage: localePath(lang, "map/og.png"),
    oembed: [mapOembedLink(lang)],
  };
}
