import * as Plot from "@observablehq/plot";
import { plotLaidOut } from "../svg";
import { annotationMarks, dotMarks, textMarks } from "../bars/render";
import { barMetrics } from "../layout";
import { palette } from "~/core/palette";
import type { DotPlotData, RenderOptions } from "../types";
import { dotRadius, layoutDots } from "./layout";

/** Draws a dot plot: tracks, the ticks at the site's figures, a dot per source (with its tooltip), grades and labels. */
export function renderDots(data: DotPlotData, { width, document }: RenderOptions): SVGSVGElement {
  const layout = layoutDots(data, width);
  const m = barMetrics(width);
  return plotLaidOut(document, width, layout.height, [
    Plot.ruleY(layout.tracks, {
      y: "y1",
      x1: "x1",
      x2: "x2",
      stroke: palette.neutral,
      strokeWidth: 2,
      strokeOpacity: 0.6,
      ariaHidden: "true",
    }),
    Plot.ruleX(layout.preferred, {
      x: "x1",
      y1: "y1",
      y2: "y2",
      stroke: "currentColor",
      strokeWidth: 2,
      strokeOpacity: 0.75,
      strokeDasharray: "3 2",
      ariaHidden: "true",
    }),
    ...dotMarks(layout.dots, dotRadius),
    ...textMarks(layout.dotTexts, m.lineHeight, true),
    ...textMarks(layout.texts, m.lineHeight),
    ...annotationMarks(layout.annotation, m.lineHeight),
  ]);
}
