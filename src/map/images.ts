/** The map's downloadable pictures: one per layer and language, with title, legend and credits drawn in. */
import { defaultLang, langs, type Lang } from "~/i18n/locales";
import { renderMapSvg } from "./index";
import { mapLayers, type MapLayer } from "./types";

/** Static paths of `map/<layer>.png|svg` under `src/pages/[...lang]/map/`. */
export function mapImagePaths() {
  return langs.flatMap((lang) =>
    mapLayers.map((layer) => ({
      params: { lang: lang === defaultLang ? undefined : lang, layer },
      props: { lang, layer },
    })),
  );
}

/** The SVG of one layer as a standalone picture, 1200 px wide. */
export function mapImageSvg(lang: Lang, layer: MapLayer): string {
  return renderMapSvg(lang, { layers: [layer], frame: true, width: 1200, idPrefix: `map-${layer}` });
}
