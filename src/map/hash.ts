/**
 * The map's state in the URL hash, so that a link reopens the same view:
 * `#layer=sites&select=site-gaoluo`. The default view (completion layer, nothing selected) has no
 * hash. A plain list anchor (`#map-item-county-xingyi`, what the map links to without JavaScript)
 * reads as a selection. Shared by the build (links from stories) and the browser script.
 */
import { isMapLayer, type MapLayer } from "./types";

/** What the hash holds. */
export interface MapHashState {
  layer: MapLayer;
  /** A feature key (`county-xingyi`, `site-gaoluo`, `move-puan-sajin-new-citizens-area`), or null. */
  select: string | null;
}

/** The view a page opens with when the hash says nothing. */
export const defaultMapHash: MapHashState = { layer: "completion", select: null };

const KEY = /^(county|site|move)-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads a hash (with or without `#`); anything it does not understand falls back to the default. */
export function parseMapHash(hash: string): MapHashState {
  const text = hash.replace(/^#/, "");
  if (text.startsWith("map-item-")) {
    const key = text.slice("map-item-".length);
    return { ...defaultMapHash, select: KEY.test(key) ? key : null };
  }
  const params = new URLSearchParams(text);
  const layer = params.get("layer");
  const select = params.get("select");
  return {
    layer: isMapLayer(layer) ? layer : defaultMapHash.layer,
    select: select && KEY.test(select) ? select : null,
  };
}

/** Writes a hash, `#` included, or `""` for the default view. */
export function formatMapHash(state: MapHashState): string {
  const params = new URLSearchParams();
  if (state.layer !== defaultMapHash.layer) params.set("layer", state.layer);
  if (state.select) params.set("select", state.select);
  const text = params.toString();
  return text ? `#${text}` : "";
}
