import { annotationMarks, dotMarks, linesPath, plotLaidOut, textMarks, trackRects } from "../svg";
import { barMetrics } from "../layout";
import type { RenderOptions, TimelineData } from "../types";
import { layoutTimeline, radius } from "./layout";

/** Draws a week calendar: a band per week, the batches' brackets, a dot per event (with its tooltip) and the labels. */
export function renderTimeline(data: TimelineData, { width, lang, document }: RenderOptions): SVGSVGElement {
  const layout = layoutTimeline(data, width, lang);
  const m = barMetrics(width);
  return plotLaidOut(document, width, layout.height, [
    ...trackRects(layout.weeks),
    ...linesPath(layout.brackets, { stroke: "currentColor", "stroke-width": 1.5, "stroke-opacity": 0.7 }),
    ...dotMarks(layout.dots, radius),
    ...textMarks(layout.texts, m.lineHeight),
    ...annotationMarks(layout.annotation, m.lineHeight),
  ]);
}
