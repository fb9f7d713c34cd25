import { iframeCode, oembedLink, scriptCode, staticCode } from "~/core/embedCode";
import { localePath, mapImagePath } from "~/core/urls";
import type { Lang } from "~/i18n";
import { mapEmbed } from "~/map/embed";
import { mapLayers, type MapLayer } from "~/map/types";

/** Everything the map page shows besides the map: each layer's image files, embed codes, links. */
export interface MapPage {
  images: { layer: MapLayer; png: string; svg: string }[];
  embed: { iframe: string; script: string; static: string };
  ogImage: string;
  oembed: { type: string; href: string; title: string }[];
}

/** Gathers the map page's parts; `siteUrl` is the site root (origin and base path). */
export async function getMapPage(lang: Lang, siteUrl: string): Promise<MapPage> {
  const embed = mapEmbed(lang);
  return {
    images: mapLayers.map((layer) => ({
      layer,
      png: mapImagePath(layer, "png", lang),
      svg: mapImagePath(layer, "svg", lang),
    })),
    embed: {
      iframe: iframeCode(embed, siteUrl),
      script: scriptCode(embed, siteUrl),
      static: await staticCode(embed, siteUrl),
    },
    ogImage: localePath(lang, "map/og.png"),
    oembed: [oembedLink(embed)],
  };
}
