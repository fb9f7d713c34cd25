import * as Plot from "@observablehq/plot";
import { annotationMarks, plotLaidOut, textMarks, trackRects } from "../svg";
import type { BarChartData, RenderOptions } from "../types";
import { barMetrics } from "../layout";
import { layoutBars, type BarsLayout } from "./layout";

/**
 * The marks of laid-out bars: a track for the whole where there is one, a bar per figure with its
 * tooltip (the mark's `<title>`), an outline round each highlighted bar, the labels and values as
 * text, and the annotation.
 */
export function barsMarks(layout: BarsLayout, lineHeight: number): Plot.Markish[] {
  const { width } = layout;
  return [
    ...trackRects(layout.tracks),
    Plot.rect(layout.bars, {
      x1: "x1",
      x2: "x2",
      y1: "y1",
      y2: "y2",
      fill: "fill",
      title: "tip",
    }),
    Plot.rect(
      layout.bars.filter((b) => b.highlight),
      {
        x1: (b: { x1: number }) => Math.max(b.x1, 1),
        x2: (b: { x2: number }) => Math.min(b.x2, width - 1),
        y1: "y1",
        y2: "y2",
        fill: "none",
        stroke: "currentColor",
        strokeWidth: 2,
        ariaHidden: "true",
        className: "chart-highlight",
      },
    ),
    ...textMarks(layout.texts, lineHeight),
    ...annotationMarks(layout.annotation, lineHeight),
  ];
}

/**
 * Draws labelled bars. Pure: Plot draws into the given document and nothing else is touched.
 */
export function renderBars(data: BarChartData, { width, document }: RenderOptions): SVGSVGElement {
  const layout = layoutBars(data, width);
  return plotLaidOut(document, width, layout.height, barsMarks(layout, barMetrics(width).lineHeight));
}
