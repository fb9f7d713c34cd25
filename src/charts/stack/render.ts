import * as Plot from "@observablehq/plot";
import { barMetrics } from "../layout";
import { barsMarks } from "../bars/render";
import { plotLaidOut } from "../svg";
import type { RenderOptions, StackData } from "../types";
import { layoutStack } from "./layout";

/** Draws stacked bars: the legend's swatches (hidden from assistive technology), then the bars' marks. */
export function renderStack(data: StackData, { width, document }: RenderOptions): SVGSVGElement {
  const layout = layoutStack(data, width);
  return plotLaidOut(document, width, layout.height, [
    Plot.rect(layout.swatches, { x1: "x1", x2: "x2", y1: "y1", y2: "y2", fill: "fill", ariaHidden: "true" }),
    ...barsMarks(layout, barMetrics(width).lineHeight),
  ]);
}
