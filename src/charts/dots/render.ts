import { annotationMarks, dotMarks, linesPath, plotLaidOut, textMarks } from "../svg";
import { barMetrics } from "../layout";
import { palette } from "~/core/palette";
import type { DotPlotData, RenderOptions } from "../types";
import { dotRadius, layoutDots } from "./layout";

/** Draws a dot plot: tracks, the ticks at the site's figures, a dot per source (with its tooltip), grades and labels. */
export function renderDots(data: DotPlotData, { width, document }: RenderOptions): SVGSVGElement {
  const layout = layoutDots(data, width);
  const m = barMetrics(width);
  return plotLaidOut(document, width, layout.height, [
    ...linesPath(layout.tracks, { stroke: palette.neutral, "stroke-width": 2, "stroke-opacity": 0.6 }),
    ...linesPath(layout.preferred, {
      stroke: "currentColor",
      "stroke-width": 2,
      "stroke-opacity": 0.75,
      "stroke-dasharray": "3 2",
    }),
    ...dotMarks(layout.dots, dotRadius),
    ...textMarks(layout.dotTexts, m.lineHeight, true),
    ...textMarks(layout.texts, m.lineHeight),
    ...annotationMarks(layout.annotation, m.lineHeight),
  ]);
}
