/**
 * The laid-out scene of one picture of the map: the canvas (`layout.ts`), the county labels of
 * every layer drawn (`labelLayout.ts`) and, for downloads, the frame (`frame.ts`). `render.ts`
 * draws a scene and places nothing itself.
 */
import { layoutFrame, type FrameLayout } from "./frame";
import { layoutLabels, type LayerLabels } from "./labelLayout";
import type { ScreenLayout } from "./layout";
import type { MapLayer } from "./types";
import type { MapState } from "./views";

/** Everything placed for one picture. */
export interface MapScene {
  layout: ScreenLayout;
  /** The labels of each layer drawn. */
  labels: Map<MapLayer, LayerLabels>;
  /** The title, legend and credits drawn around the map (the first layer's), or null. */
  frame: FrameLayout | null;
}

/** Lays out a picture of `layers` on the canvas `layout`, framed for download when `frame` is set. */
export function layoutScene(
  state: MapState,
  layout: ScreenLayout,
  layers: readonly MapLayer[],
  frame = false,
): MapScene {
  const [first] = layers;
  return {
    layout,
    labels: new Map(layers.map((layer) => [layer, layoutLabels(state, layout, layer)])),
    frame: frame && first ? layoutFrame(state, first, layout) : null,
  };
}
