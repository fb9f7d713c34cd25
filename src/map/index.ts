/**
 * The map for a page: state, layout and SVG for a language, assembled once per build and
 * language. Components and routes use only this module.
 */
import { parseHTML } from "linkedom";
import type { Lang } from "~/i18n/locales";
import { getBoundaries } from "./boundaries";
import { getMapInput } from "./data";
import { buildGeoLayout, projectLayout, type GeoLayout, type ScreenLayout } from "./layout";
import { renderMap, type RenderOptions } from "./render";
import { layoutScene } from "./scene";
import { buildMapState } from "./state";
import type { MapState } from "./views";
import type { MapLayer } from "./types";

/** The map's state and geographic layout for a language. */
export interface MapView {
  state: MapState;
  geo: GeoLayout;
}

const views = new Map<Lang, MapView>();

/** The map's state and geographic layout for a language (built once per process). */
export function getMapView(lang: Lang): MapView {
  let view = views.get(lang);
  if (!view) {
    const state = buildMapState(getMapInput(), lang);
    view = { state, geo: buildGeoLayout(getBoundaries().features, state) };
    views.set(lang, view);
  }
  return view;
}

const layouts = new Map<string, ScreenLayout>();

/** The map projected onto a canvas of a width, for a language (projected once per process). */
function getScreenLayout(lang: Lang, width: number): ScreenLayout {
  const key = `${lang} ${width}`;
  let layout = layouts.get(key);
  if (!layout) {
    layout = projectLayout(getBoundaries().features, getMapView(lang).geo, { width });
    layouts.set(key, layout);
  }
  return layout;
}

/** Options for an SVG of the map. */
export interface MapSvgOptions extends Omit<RenderOptions, "document" | "layers"> {
  layers: readonly MapLayer[];
  /** Draw the title, legend and credits of the first layer into the picture (PNG and SVG downloads). */
  frame?: boolean;
  /** Canvas width in pixels (default 640). */
  width?: number;
}

/** The map as SVG markup, drawn at build time. */
export function renderMapSvg(lang: Lang, options: MapSvgOptions): string {
  const { state } = getMapView(lang);
  const layout = getScreenLayout(lang, options.width ?? 640);
  const scene = layoutScene(state, layout, options.layers, options.frame);
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = renderMap(state, scene, { ...options, document: document as unknown as Document });
  return svg.outerHTML;
}
