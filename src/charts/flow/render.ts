import * as Plot from "@observablehq/plot";
import { barMetrics } from "../layout";
import { barsMarks } from "../bars/render";
import { dotMarks, plotLaidOut } from "../svg";
import type { FlowData, RenderOptions } from "../types";
import { layoutFlow, originRadius, type FlowCurve } from "./layout";

/** Draws origins → sites: a curve per recorded move (dashed within a county), the origins' dots, the sites' bars and the labels. */
export function renderFlow(data: FlowData, { width, document }: RenderOptions): SVGSVGElement {
  const layout = layoutFlow(data, width);
  const curves = (dashed: boolean) =>
    Plot.link(
      layout.curves.filter((c) => c.dashed === dashed),
      {
        x1: "x1",
        y1: "y1",
        x2: "x2",
        y2: "y2",
        curve: "bump-x",
        stroke: (c: FlowCurve) => c.stroke,
        strokeWidth: 2,
        ...(dashed ? { strokeDasharray: "4 3" } : {}),
        ariaHidden: "true",
      },
    );
  return plotLaidOut(document, width, layout.height, [
    curves(false),
    curves(true),
    ...dotMarks(layout.dots, originRadius),
    ...barsMarks({ ...layout, tracks: [] }, barMetrics(width).lineHeight),
  ]);
}
