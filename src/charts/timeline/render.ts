import * as Plot from "@observablehq/plot";
import { plotLaidOut } from "../svg";
import { annotationMarks, dotMarks, textMarks } from "../bars/render";
import { barMetrics } from "../layout";
import type { RenderOptions, TimelineData } from "../types";
import { layoutTimeline, radius } from "./layout";

/** Draws a week calendar: a band per week, the batches' brackets, a dot per event (with its tooltip) and the labels. */
export function renderTimeline(data: TimelineData, { width, lang, document }: RenderOptions): SVGSVGElement {
  const layout = layoutTimeline(data, width, lang);
  const m = barMetrics(width);
  return plotLaidOut(document, width, layout.height, [
    Plot.rect(layout.weeks, {
      x1: "x1",
      x2: "x2",
      y1: "y1",
      y2: "y2",
      fill: "fill",
      fillOpacity: 0.25,
      ariaHidden: "true",
    }),
    Plot.link(layout.brackets, {
      x1: "x1",
      x2: "x2",
      y1: "y1",
      y2: "y2",
      stroke: "currentColor",
      strokeWidth: 1.5,
      strokeOpacity: 0.7,
      ariaHidden: "true",
    }),
    ...dotMarks(layout.dots, radius),
    ...textMarks(layout.texts, m.lineHeight),
    ...annotationMarks(layout.annotation, m.lineHeight),
  ]);
}
