import * as Plot from "@observablehq/plot";
import { plotLaidOut } from "../svg";
import { annotationMarks, dotMarks, textMarks } from "../bars/render";
import { barMetrics } from "../layout";
import { palette } from "~/core/palette";
import type { RenderOptions, TimelineData } from "../types";
import { layoutTimeline, radius } from "./layout";

/** Draws a timeline: month lines, a track per event, a dot per event (with its tooltip) and the labels. */
export function renderTimeline(data: TimelineData, { width, lang, document }: RenderOptions): SVGSVGElement {
  const layout = layoutTimeline(data, width, lang);
  const m = barMetrics(width);
  return plotLaidOut(document, width, layout.height, [
    Plot.ruleX(layout.grid, {
      x: "x1",
      y1: "y1",
      y2: "y2",
      stroke: palette.neutral,
      strokeOpacity: 0.5,
      ariaHidden: "true",
    }),
    Plot.ruleY(layout.tracks, {
      y: "y1",
      x1: "x1",
      x2: "x2",
      stroke: palette.neutral,
      strokeWidth: 2,
      strokeOpacity: 0.6,
      ariaHidden: "true",
    }),
    ...dotMarks(layout.dots, radius),
    ...textMarks(layout.texts, m.lineHeight, true),
    ...annotationMarks(layout.annotation, m.lineHeight, true),
  ]);
}
